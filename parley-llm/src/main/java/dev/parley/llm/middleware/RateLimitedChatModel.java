package dev.parley.llm.middleware;

import dev.parley.core.llm.ChatException;
import dev.parley.core.llm.ChatMessage;
import dev.parley.core.llm.ChatModel;
import dev.parley.core.llm.ChatRequest;
import dev.parley.core.llm.ChatResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Requests-per-minute and tokens-per-minute limits as two token buckets refilled continuously.
 * A call takes one request token and an estimate of its tokens (characters / 4 plus max tokens)
 * before it is sent, and the estimate is corrected with the usage the reply reports. A limit of 0
 * means unlimited.
 */
public final class RateLimitedChatModel implements ChatModel {
  private final ChatModel delegate;
  private final Bucket requests;
  private final Bucket tokens;
  private final Sleeper sleeper;

  /** Request and token budgets, shareable by several models of one endpoint. */
  public static final class Limits {
    final Bucket requests;
    final Bucket tokens;

    private Limits(Bucket requests, Bucket tokens) {
      this.requests = requests;
      this.tokens = tokens;
    }

    /** Budgets of {@code requestsPerMinute} and {@code tokensPerMinute}; 0 means unlimited. */
    public static Limits of(long requestsPerMinute, long tokensPerMinute, LongSupplier nanoClock) {
      if (requestsPerMinute < 0 || tokensPerMinute < 0) {
        throw new IllegalArgumentException("rate limits must be ≥ 0, got rpm " + requestsPerMinute + ", tpm "
            + tokensPerMinute);
      }
      return new Limits(requestsPerMinute == 0 ? null : new Bucket(requestsPerMinute, nanoClock),
          tokensPerMinute == 0 ? null : new Bucket(tokensPerMinute, nanoClock));
    }
  }

  public RateLimitedChatModel(ChatModel delegate, long requestsPerMinute, long tokensPerMinute, LongSupplier nanoClock,
      Sleeper sleeper) {
    this(delegate, Limits.of(requestsPerMinute, tokensPerMinute, nanoClock), sleeper);
  }

  public RateLimitedChatModel(ChatModel delegate, Limits limits, Sleeper sleeper) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.requests = limits.requests;
    this.tokens = limits.tokens;
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  @Override
  public ChatResponse chat(ChatRequest request) {
    long estimate = estimate(request);
    take(requests, 1);
    take(tokens, estimate);
    ChatResponse r = delegate.chat(request);
    if (tokens != null) {
      tokens.adjust(estimate - r.usage().total());
    }
    return r;
  }

  static long estimate(ChatRequest request) {
    long chars = 0;
    for (ChatMessage m : request.messages()) {
      chars += m.content().length() + 8;
    }
    return chars / 4 + (request.maxTokens() != null ? request.maxTokens() : 256);
  }

  private void take(Bucket bucket, long amount) {
    if (bucket == null) {
      return;
    }
    while (true) {
      long waitNanos = bucket.tryTake(amount);
      if (waitNanos == 0) {
        return;
      }
      try {
        sleeper.sleep(Duration.ofNanos(waitNanos));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ChatException(ChatException.Kind.REFUSED, 0, delegate.id() + ": interrupted while rate limited",
            null, e);
      }
    }
  }

  /** A token bucket holding at most one minute's allowance. */
  static final class Bucket {
    private final double perNano;
    private final double capacity;
    private final LongSupplier clock;
    private double level;
    private long last;

    Bucket(long perMinute, LongSupplier clock) {
      this.perNano = perMinute / 60e9;
      this.capacity = perMinute;
      this.clock = clock;
      this.level = perMinute;
      this.last = clock.getAsLong();
    }

    /** Takes {@code amount} if available (returns 0); otherwise how long to wait, in nanoseconds. */
    synchronized long tryTake(long amount) {
      refill();
      double need = Math.min(amount, capacity);
      if (level >= need) {
        level -= need;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((need - level) / perNano));
    }

    synchronized void adjust(long refund) {
      refill();
      level = Math.min(capacity, level + refund);
    }

    private void refill() {
      long now = clock.getAsLong();
      level = Math.min(capacity, level + (now - last) * perNano);
      last = now;
    }
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
