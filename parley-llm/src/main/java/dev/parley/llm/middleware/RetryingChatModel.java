package dev.parley.llm.middleware;

import dev.parley.core.llm.ChatException;
import dev.parley.core.llm.ChatModel;
import dev.parley.core.llm.ChatRequest;
import dev.parley.core.llm.ChatResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Retries retryable failures (429, 5xx, timeouts, dropped connections, unreadable replies) with
 * exponential backoff and full jitter: before attempt k+1 it waits a uniform random time in
 * [0, min(maxDelay, baseDelay·2^k)], or exactly what the server's {@code Retry-After} asks when it
 * sent one (capped at maxDelay). Non-retryable failures pass through at once.
 */
public final class RetryingChatModel implements ChatModel {
  /** How often and how long to retry. */
  public record Policy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
    public static final Policy DEFAULT = new Policy(5, Duration.ofMillis(500), Duration.ofSeconds(60));

    public Policy {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be ≥ 1, was " + maxAttempts);
      }
      Objects.requireNonNull(baseDelay, "baseDelay");
      Objects.requireNonNull(maxDelay, "maxDelay");
      if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
        throw new IllegalArgumentException("need 0 ≤ baseDelay ≤ maxDelay, got " + baseDelay + ", " + maxDelay);
      }
    }
  }

  private final ChatModel delegate;
  private final Policy policy;
  private final Sleeper sleeper;
  private final SplittableRandom jitter;

  public RetryingChatModel(ChatModel delegate, Policy policy, Sleeper sleeper, long jitterSeed) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.jitter = new SplittableRandom(jitterSeed);
  }

  @Override
  public ChatResponse chat(ChatRequest request) {
    ChatException last = null;
    for (int attempt = 0; attempt < policy.maxAttempts(); attempt++) {
      if (attempt > 0) {
        try {
          sleeper.sleep(delay(attempt - 1, last));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ChatException(ChatException.Kind.REFUSED, 0, delegate.id() + ": interrupted while waiting to retry",
              null, e);
        }
      }
      try {
        return delegate.chat(request);
      } catch (ChatException e) {
        if (!e.retryable()) {
          throw e;
        }
        last = e;
      }
    }
    throw new ChatException(last.kind(), last.status(), last.getMessage() + " (gave up after " + policy.maxAttempts()
        + " attempts)", last.retryAfter(), last);
  }

  /** Delay before retry number {@code k} (0-based) after failure {@code e}. */
  Duration delay(int k, ChatException e) {
    if (e != null && e.retryAfter() != null) {
      return e.retryAfter().compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : e.retryAfter();
    }
    long cap = Math.min(policy.maxDelay().toMillis(), policy.baseDelay().toMillis() << Math.min(k, 30));
    double u;
    synchronized (jitter) {
      u = jitter.nextDouble();
    }
    return Duration.ofMillis(Math.round(u * cap));
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
