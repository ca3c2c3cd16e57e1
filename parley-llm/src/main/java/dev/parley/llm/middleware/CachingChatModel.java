package dev.parley.llm.middleware;

import dev.parley.core.llm.ChatException;
import dev.parley.core.llm.ChatModel;
import dev.parley.core.llm.ChatRequest;
import dev.parley.core.llm.ChatResponse;
import dev.parley.core.llm.ResponseCache;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves a reply from the {@link ResponseCache} when the same request (same model, messages,
 * settings and sample) was answered before, and stores every new reply as soon as it arrives, so
 * a replay needs no request and an interrupted run never pays twice. In {@link Mode#REPLAY} a
 * request missing from the cache fails instead of reaching the model.
 */
public final class CachingChatModel implements ChatModel {
  /** How the cache is used. */
  public enum Mode {
    /** Read hits, store misses. */
    READ_WRITE,
    /** Read hits; a miss is an error (offline replay). */
    REPLAY,
    /** Always ask the model; still store replies. */
    WRITE_ONLY
  }

  private final ChatModel delegate;
  private final ResponseCache cache;
  private final Mode mode;

  public CachingChatModel(ChatModel delegate, ResponseCache cache, Mode mode) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  @Override
  public ChatResponse chat(ChatRequest request) {
    String key = CacheKeys.key(delegate.id(), request);
    if (mode != Mode.WRITE_ONLY) {
      Optional<ChatResponse> hit = cache.get(key);
      if (hit.isPresent()) {
        return hit.get().asCached();
      }
      if (mode == Mode.REPLAY) {
        throw new ChatException(ChatException.Kind.REFUSED, 0, delegate.id()
            + ": request not in the cache and the cache is in replay mode (key " + key.substring(0, 12) + ")", null,
            null);
      }
    }
    ChatResponse fresh = delegate.chat(request);
    cache.put(key, delegate.id(), request, fresh);
    return fresh;
  }

  @Override
  public String id() {
    return delegate.id();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
