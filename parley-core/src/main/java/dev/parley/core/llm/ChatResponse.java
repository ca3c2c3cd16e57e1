package dev.parley.core.llm;

import java.util.List;
import java.util.Objects;

/**
 * A model's reply: text, why generation stopped, token usage, per-token log-probabilities when
 * asked for, the model that answered, and whether it was served from the cache.
 */
public record ChatResponse(String text, FinishReason finishReason, TokenUsage usage, List<TokenLogprob> logprobs,
    String model, boolean cached) {

  /** Why the model stopped. */
  public enum FinishReason { STOP, LENGTH, CONTENT_FILTER, TOOL_CALLS, OTHER }

  /** Tokens read and written by one call. */
  public record TokenUsage(long promptTokens, long completionTokens) {
    public static final TokenUsage NONE = new TokenUsage(0, 0);

    public TokenUsage {
      if (promptTokens < 0 || completionTokens < 0) {
        throw new IllegalArgumentException("token counts must be ≥ 0: " + promptTokens + ", " + completionTokens);
      }
    }

    public long total() {
      return promptTokens + completionTokens;
    }
  }

  /** One generated token with its log-probability and the most likely alternatives. */
  public record TokenLogprob(String token, double logprob, List<Alternative> top) {
    public TokenLogprob {
      top = top == null ? List.of() : List.copyOf(top);
    }
  }

  /** An alternative token and its log-probability. */
  public record Alternative(String token, double logprob) {}

  public ChatResponse {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(finishReason, "finishReason");
    usage = usage == null ? TokenUsage.NONE : usage;
    logprobs = logprobs == null ? List.of() : List.copyOf(logprobs);
    model = model == null ? "" : model;
  }

  public ChatResponse asCached() {
    return new ChatResponse(text, finishReason, usage, logprobs, model, true);
  }
}
