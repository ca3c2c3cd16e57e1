CREATE TABLE llm_cache (
  cache_key TEXT PRIMARY KEY,
  model TEXT NOT NULL,
  request TEXT NOT NULL,
  response TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
