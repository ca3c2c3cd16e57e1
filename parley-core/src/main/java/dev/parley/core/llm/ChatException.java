package dev.parley.core.llm;

import java.time.Duration;

/**
 * A failed model call. {@link #kind()} says what went wrong and whether trying again may help;
 * {@link #retryAfter()} carries the server's {@code Retry-After} when it sent one. Messages never
 * contain credentials.
 */
public final class ChatException extends RuntimeException {

  /** What went wrong. */
  public enum Kind {
    /** 429: too many requests or tokens. Retryable. */
    RATE_LIMITED(true),
    /** 5xx or an overloaded server. Retryable. */
    SERVER_ERROR(true),
    /** No response within the read timeout. Retryable. */
    TIMEOUT(true),
    /** The server could not be reached. Retryable. */
    CONNECTION(true),
    /** The body could not be read as the provider's reply (truncated JSON, no choices). Retryable. */
    BAD_RESPONSE(true),
    /** 401/403 or a missing key. Not retryable. */
    AUTHENTICATION(false),
    /** Any other 4xx: the request itself is wrong. Not retryable. */
    BAD_REQUEST(false),
    /** A local limit refused the call (cache-only replay, budget). Not retryable. */
    REFUSED(false);

    private final boolean retryable;

    Kind(boolean retryable) {
      this.retryable = retryable;
    }

    public boolean retryable() {
      return retryable;
    }
  }

  private final Kind kind;
  private final int status;
  private final transient Duration retryAfter;

  public ChatException(Kind kind, int status, String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public ChatException(Kind kind, String message) {
    this(kind, 0, message, null, null);
  }

  public Kind kind() {
    return kind;
  }

  /** HTTP status, or 0 when there was no response. */
  public int status() {
    return status;
  }

  /** How long the server asked to wait, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }

  public boolean retryable() {
    return kind.retryable();
  }
}
