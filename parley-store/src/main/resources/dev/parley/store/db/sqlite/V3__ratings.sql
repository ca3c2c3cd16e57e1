CREATE TABLE ratings (
  run_id TEXT NOT NULL,
  method TEXT NOT NULL,
  agent TEXT NOT NULL,
  rating DOUBLE PRECISION NOT NULL,
  lower_bound DOUBLE PRECISION,
  upper_bound DOUBLE PRECISION,
  games BIGINT NOT NULL,
  computed_at BIGINT NOT NULL,
  PRIMARY KEY (run_id, method, agent)
);
