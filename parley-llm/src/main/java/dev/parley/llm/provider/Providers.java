package dev.parley.llm.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.llm.ChatModel;
import dev.parley.core.llm.ChatResponse;
import dev.parley.llm.ModelSpec;

/** Makes the provider for a model spec. */
public final class Providers {
  private Providers() {}

  /** The bare provider (no retries, limits or cache) for {@code spec}. */
  public static ChatModel create(ModelSpec spec) {
    return switch (spec.provider()) {
      case OPENAI_COMPATIBLE -> new OpenAiCompatibleChatModel(spec);
      case ANTHROPIC -> new AnthropicChatModel(spec);
      case OLLAMA -> new OllamaChatModel(spec);
    };
  }

  /** Fails with a clear message, before any run starts, when the spec's API key is not set. */
  public static void checkCredentials(ModelSpec spec) {
    boolean required = switch (spec.provider()) {
      case OPENAI_COMPATIBLE, ANTHROPIC -> keyRequired(spec);
      case OLLAMA -> false;
    };
    ProviderSettings.of(spec, required);
  }

  /** Whether {@code spec} needs a key: it names a key variable and its endpoint is not plain http. */
  static boolean keyRequired(ModelSpec spec) {
    return spec.setting("key_env") != null && !spec.baseUrl().startsWith("http://");
  }

  /** The spec's base URL, without a trailing slash, followed by {@code path}. */
  static String endpoint(ModelSpec spec, String path) {
    String base = spec.baseUrl();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
  }

  /** Token counts from a reply's two count fields; missing or negative counts read as 0. */
  static ChatResponse.TokenUsage usage(JsonNode node, String promptField, String completionField) {
    return new ChatResponse.TokenUsage(Math.max(0, node.path(promptField).asLong()),
        Math.max(0, node.path(completionField).asLong()));
  }

  /** A provider's finish reason in Parley's terms. */
  static ChatResponse.FinishReason finish(String reason) {
    return switch (reason) {
      case "stop", "end_turn", "stop_sequence", "eos" -> ChatResponse.FinishReason.STOP;
      case "length", "max_tokens" -> ChatResponse.FinishReason.LENGTH;
      case "content_filter" -> ChatResponse.FinishReason.CONTENT_FILTER;
      case "tool_calls", "tool_use", "function_call" -> ChatResponse.FinishReason.TOOL_CALLS;
      default -> ChatResponse.FinishReason.OTHER;
    };
  }

  /** An insertion-ordered map from alternating keys and values, so request bodies are byte-stable. */
  static java.util.Map<String, Object> ordered(Object... keysAndValues) {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /** A chat message as the wire protocols write it: role, then content. */
  static java.util.Map<String, Object> message(String role, String content) {
    return ordered("role", role, "content", content);
  }

  static JsonNode schema(String jsonSchema) {
    try {
      JsonNode n = HttpTransport.JSON.readTree(jsonSchema);
      if (n == null || !n.isObject()) {
        throw new IllegalArgumentException("jsonSchema must be a JSON object, got: " + jsonSchema);
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("jsonSchema is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
