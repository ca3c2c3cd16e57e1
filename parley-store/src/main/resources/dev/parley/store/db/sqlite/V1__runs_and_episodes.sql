CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  game TEXT NOT NULL,
  config TEXT NOT NULL,
  seed INTEGER NOT NULL,
  planned INTEGER NOT NULL,
  status TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  finished_at INTEGER,
  parley_version TEXT NOT NULL,
  git_commit TEXT NOT NULL,
  game_version TEXT NOT NULL,
  config_hash TEXT NOT NULL
);

CREATE TABLE episodes (
  run_id TEXT NOT NULL REFERENCES runs(id),
  match_index INTEGER NOT NULL,
  game TEXT NOT NULL,
  seats TEXT NOT NULL,
  seed INTEGER NOT NULL,
  status TEXT NOT NULL,
  returns TEXT NOT NULL,
  steps TEXT NOT NULL,
  step_count INTEGER NOT NULL,
  started_at INTEGER NOT NULL,
  duration_ns INTEGER NOT NULL,
  PRIMARY KEY (run_id, match_index)
) WITHOUT ROWID;

CREATE TABLE decisions (
  run_id TEXT NOT NULL,
  match_index INTEGER NOT NULL,
  step_index INTEGER NOT NULL,
  seat INTEGER NOT NULL,
  prompt TEXT,
  raw_output TEXT,
  attempts TEXT NOT NULL,
  prompt_tokens INTEGER NOT NULL,
  completion_tokens INTEGER NOT NULL,
  notes TEXT NOT NULL,
  PRIMARY KEY (run_id, match_index, step_index)
);

CREATE TABLE violations (
  run_id TEXT NOT NULL,
  match_index INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,
  move INTEGER NOT NULL,
  seat INTEGER NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT NOT NULL,
  resolution TEXT NOT NULL,
  PRIMARY KEY (run_id, match_index, ordinal)
);

CREATE VIEW steps AS
  SELECT e.run_id AS run_id, e.match_index AS match_index, CAST(j.key AS INTEGER) AS step_index,
         json_extract(j.value, '$[0]') AS move, json_extract(j.value, '$[1]') AS seat,
         json_extract(j.value, '$[2]') AS action
  FROM episodes e, json_each(e.steps) j;
