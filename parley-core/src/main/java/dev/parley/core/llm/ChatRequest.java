package dev.parley.core.llm;

import java.util.List;
import java.util.Objects;

/**
 * An immutable request to a chat model. Unset sampling settings (null) leave the provider's
 * defaults. {@code sample} names which draw this is (the episode seed and the caller's call
 * index); it is never sent to the provider but is part of the cache key, so repeated episodes
 * opening with the same prompt at temperature &gt; 0 stay independent draws.
 *
 * @param jsonSchema a JSON schema the reply must follow (providers that support structured output)
 * @param topLogprobs how many alternatives per token to return with log-probabilities; 0 for none
 */
public record ChatRequest(
    List<ChatMessage> messages,
    Double temperature,
    Double topP,
    Integer maxTokens,
    Long seed,
    List<String> stop,
    String jsonSchema,
    boolean logprobs,
    int topLogprobs,
    Sample sample) {

  /** Which draw a request is: the episode seed and the index of the call within the caller. */
  public record Sample(long episodeSeed, long index) {}

  public ChatRequest {
    messages = List.copyOf(messages);
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("messages: a request needs at least one message");
    }
    if (temperature != null && (temperature < 0 || temperature > 2 || temperature.isNaN())) {
      throw new IllegalArgumentException("temperature must be in [0, 2], was " + temperature);
    }
    if (topP != null && (topP <= 0 || topP > 1 || topP.isNaN())) {
      throw new IllegalArgumentException("topP must be in (0, 1], was " + topP);
    }
    if (maxTokens != null && maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be ≥ 1, was " + maxTokens);
    }
    stop = stop == null ? List.of() : List.copyOf(stop);
    if (topLogprobs < 0 || topLogprobs > 20) {
      throw new IllegalArgumentException("topLogprobs must be in [0, 20], was " + topLogprobs);
    }
  }

  /** A request with only messages; sampling settings left to the model's defaults. */
  public static ChatRequest of(List<ChatMessage> messages) {
    return new ChatRequest(messages, null, null, null, null, List.of(), null, false, 0, null);
  }

  public ChatRequest withSample(Sample s) {
    return new ChatRequest(messages, temperature, topP, maxTokens, seed, stop, jsonSchema, logprobs, topLogprobs, s);
  }

  public ChatRequest withMessages(List<ChatMessage> m) {
    return new ChatRequest(m, temperature, topP, maxTokens, seed, stop, jsonSchema, logprobs, topLogprobs, sample);
  }

  /** This request with {@code defaults}' settings wherever this one leaves them unset. */
  public ChatRequest withDefaults(ChatRequest defaults) {
    Objects.requireNonNull(defaults, "defaults");
    return new ChatRequest(messages, temperature != null ? temperature : defaults.temperature,
        topP != null ? topP : defaults.topP, maxTokens != null ? maxTokens : defaults.maxTokens,
        seed != null ? seed : defaults.seed, stop.isEmpty() ? defaults.stop : stop,
        jsonSchema != null ? jsonSchema : defaults.jsonSchema, logprobs || defaults.logprobs,
        topLogprobs != 0 ? topLogprobs : defaults.topLogprobs, sample != null ? sample : defaults.sample);
  }

  /** All messages joined as text, for logs and decision traces. */
  public String transcript() {
    StringBuilder sb = new StringBuilder();
    for (ChatMessage m : messages) {
      sb.append('[').append(m.role().name().toLowerCase()).append("]\n").append(m.content()).append('\n');
    }
    return sb.toString();
  }
}
