package dev.parley.llm.middleware;

import dev.parley.core.llm.ChatRequest;
import dev.parley.core.llm.ChatResponse;
import dev.parley.core.llm.ResponseCache;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link ResponseCache} in memory, for tests and throw-away runs. */
public final class InMemoryResponseCache implements ResponseCache {
  private final ConcurrentHashMap<String, ChatResponse> entries = new ConcurrentHashMap<>();

  @Override
  public Optional<ChatResponse> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  @Override
  public void put(String key, String modelId, ChatRequest request, ChatResponse response) {
    entries.putIfAbsent(key, response);
  }

  public int size() {
    return entries.size();
  }
}
