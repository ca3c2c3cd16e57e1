package dev.parley.llm.middleware;

import dev.parley.core.llm.ChatException;
import dev.parley.core.llm.ChatModel;
import dev.parley.core.llm.ChatRequest;
import dev.parley.core.llm.ChatResponse;
import java.util.Objects;
import java.util.concurrent.Semaphore;

/** At most {@code limit} calls in flight at once; later callers wait their turn (fairly). */
public final class ConcurrencyLimitedChatModel implements ChatModel {
  private final ChatModel delegate;
  private final Semaphore permits;
  private final int limit;

  public ConcurrencyLimitedChatModel(ChatModel delegate, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("concurrency limit must be ≥ 1, was " + limit);
    }
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.permits = new Semaphore(limit, true);
    this.limit = limit;
  }

  @Override
  public ChatResponse chat(ChatRequest request) {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChatException(ChatException.Kind.REFUSED, 0, delegate.id() + ": interrupted while waiting for a slot",
          null, e);
    }
    try {
      return delegate.chat(request);
    } finally {
      permits.release();
    }
  }

  public int limit() {
    return limit;
  }

  /** Calls in flight now. */
  public int inFlight() {
    return limit - permits.availablePermits();
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
