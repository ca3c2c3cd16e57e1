package dev.parley.llm.provider;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.llm.ChatMessage;
import dev.parley.core.llm.ChatModel;
import dev.parley.core.llm.ChatRequest;
import dev.parley.core.llm.ChatResponse;
import dev.parley.llm.ModelSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Anthropic Messages API ({@code POST {base}/v1/messages}). System messages go to the
 * {@code system} field; a JSON schema is asked for in the system prompt (the API has no
 * response-format switch); log-probabilities are not offered by the API and come back empty.
 */
public final class AnthropicChatModel implements ChatModel {
  static final String VERSION = "2023-06-01";
  private final ModelSpec spec;
  private final String id;
  private final HttpTransport http;
  private final String url;
  private final Map<String, String> headers;

  public AnthropicChatModel(ModelSpec spec) {
    this.spec = spec;
    this.id = spec.id();
    ProviderSettings s = ProviderSettings.of(spec, !spec.baseUrl().startsWith("http://"));
    this.http = new HttpTransport(id, s);
    this.url = Providers.endpoint(spec, "/v1/messages");
    Map<String, String> h = new LinkedHashMap<>();
    h.put("anthropic-version", VERSION);
    if (s.key() != null) {
      h.put("x-api-key", s.key());
    }
    this.headers = Map.copyOf(h);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public ChatResponse chat(ChatRequest r) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("model", spec.model());
    body.put("max_tokens", r.maxTokens() != null ? r.maxTokens() : 1024);
    StringBuilder system = new StringBuilder();
    List<Map<String, Object>> messages = new ArrayList<>();
    for (ChatMessage m : r.messages()) {
      switch (m.role()) {
        case SYSTEM -> system.append(system.length() > 0 ? "\n\n" : "").append(m.content());
        case USER -> messages.add(Providers.message("user", m.content()));
        case ASSISTANT -> messages.add(Providers.message("assistant", m.content()));
        default -> throw new IllegalStateException("role " + m.role());
      }
    }
    if (r.jsonSchema() != null) {
      system.append(system.length() > 0 ? "\n\n" : "").append("Reply with JSON only, following this JSON schema: ")
          .append(Providers.schema(r.jsonSchema()));
    }
    if (system.length() > 0) {
      body.put("system", system.toString());
    }
    body.put("messages", messages);
    if (r.temperature() != null) {
      body.put("temperature", Math.min(1.0, r.temperature()));
    }
    if (r.topP() != null) {
      body.put("top_p", r.topP());
    }
    if (!r.stop().isEmpty()) {
      body.put("stop_sequences", r.stop());
    }
    JsonNode reply = http.post(url, headers, body);
    JsonNode content = reply.path("content");
    if (!content.isArray() || content.isEmpty()) {
      throw HttpTransport.badReply(id, "reply has no content blocks");
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode block : content) {
      if ("text".equals(block.path("type").asText())) {
        text.append(block.path("text").asText());
      }
    }
    return new ChatResponse(text.toString(), Providers.finish(reply.path("stop_reason").asText("")),
        Providers.usage(reply.path("usage"), "input_tokens", "output_tokens"), List.of(),
        reply.path("model").asText(spec.model()), false);
  }

  @Override
  public String toString() {
    return spec.toString();
  }
}
