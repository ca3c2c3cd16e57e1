package dev.parley.core.llm;

import java.util.Optional;

/**
 * Content-addressed store of model replies: the key is a hash of everything that determines a
 * reply (model id, messages, sampling settings, sample). Implementations are thread-safe and
 * durable enough that an interrupted run replays what it already paid for.
 */
public interface ResponseCache {
  Optional<ChatResponse> get(String key);

  /** Stores a reply; the request is kept beside it for inspection. An existing key is left alone. */
  void put(String key, String modelId, ChatRequest request, ChatResponse response);
}
