package dev.parley.llm.middleware;

import dev.parley.core.llm.ChatException;
import dev.parley.core.llm.ChatModel;
import dev.parley.core.llm.ChatRequest;
import dev.parley.core.llm.ChatResponse;
import java.util.Objects;
import java.util.concurrent.Semaphore;

/**
 * At most {@code limit} calls in flight at once; later callers wait their turn (fairly). Several
 * models may share one limit (one endpoint, several models).
 */
public final class ConcurrencyLimitedChatModel implements ChatModel {
  private final ChatModel delegate;
  private final Semaphore permits;
  private final int limit;

  public ConcurrencyLimitedChatModel(ChatModel delegate, int limit) {
    this(delegate, new Semaphore(checked(limit), true), limit);
  }

  /** A limit shared with other models: {@code permits} holds {@code limit} permits in all. */
  public ConcurrencyLimitedChatModel(ChatModel delegate, Semaphore permits, int limit) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.permits = Objects.requireNonNull(permits, "permits");
    this.limit = checked(limit);
  }

  private static int checked(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("concurrency limit must be ≥ 1, was " + limit);
    }
    return limit;
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
