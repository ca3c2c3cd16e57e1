CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  game TEXT NOT NULL,
  config TEXT NOT NULL,
  seed BIGINT NOT NULL,
  planned BIGINT NOT NULL,
  status TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  finished_at BIGINT,
  parley_version TEXT NOT NULL,
  git_commit TEXT NOT NULL,
  game_version TEXT NOT NULL,
  config_hash TEXT NOT NULL
);

CREATE TABLE episodes (
  run_id TEXT NOT NULL REFERENCES runs(id),
  match_index BIGINT NOT NULL,
  game TEXT NOT NULL,
  seats TEXT NOT NULL,
  seed BIGINT NOT NULL,
  status TEXT NOT NULL,
  returns TEXT NOT NULL,
  steps TEXT NOT NULL,
  step_count INTEGER NOT NULL,
  started_at BIGINT NOT NULL,
  duration_ns BIGINT NOT NULL,
  PRIMARY KEY (run_id, match_index)
);

CREATE TABLE decisions (
  run_id TEXT NOT NULL,
  match_index BIGINT NOT NULL,
  step_index INTEGER NOT NULL,
  seat INTEGER NOT NULL,
  prompt TEXT,
  raw_output TEXT,
  attempts TEXT NOT NULL,
  prompt_tokens BIGINT NOT NULL,
  completion_tokens BIGINT NOT NULL,
  notes TEXT NOT NULL,
  PRIMARY KEY (run_id, match_index, step_index)
);

CREATE TABLE violations (
  run_id TEXT NOT NULL,
  match_index BIGINT NOT NULL,
  ordinal INTEGER NOT NULL,
  move INTEGER NOT NULL,
  seat INTEGER NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT NOT NULL,
  resolution TEXT NOT NULL,
  PRIMARY KEY (run_id, match_index, ordinal)
);

CREATE VIEW steps AS
  SELECT e.run_id AS run_id, e.match_index AS match_index, (j.ordinality - 1)::int AS step_index,
         (j.value ->> 0)::int AS move, (j.value ->> 1)::int AS seat, j.value ->> 2 AS action
  FROM episodes e CROSS JOIN LATERAL json_array_elements(e.steps::json) WITH ORDINALITY AS j(value, ordinality);
