CREATE TABLE feedback (
  run_id TEXT NOT NULL,
  match_index BIGINT NOT NULL,
  ordinal INTEGER NOT NULL,
  seat INTEGER NOT NULL,
  source TEXT NOT NULL,
  score DOUBLE PRECISION,
  aspects TEXT NOT NULL,
  suggestions TEXT NOT NULL,
  adjustments TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (run_id, match_index, ordinal)
);
