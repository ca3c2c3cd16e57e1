package dev.parley.llm.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.llm.ChatModel;
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
      case OPENAI_COMPATIBLE, ANTHROPIC -> spec.setting("key_env") != null && !spec.baseUrl().startsWith("http://");
      case OLLAMA -> false;
    };
    ProviderSettings.of(spec, required);
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
