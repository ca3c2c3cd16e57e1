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
import java.util.Locale;
import java.util.Map;

/** Ollama's native chat endpoint ({@code POST {base}/api/chat}, not streamed). */
public final class OllamaChatModel implements ChatModel {
  private final ModelSpec spec;
  private final String id;
  private final HttpTransport http;
  private final String url;

  public OllamaChatModel(ModelSpec spec) {
    this.spec = spec;
    this.id = spec.id();
    this.http = new HttpTransport(id, ProviderSettings.of(spec, false));
    this.url = Providers.endpoint(spec, "/api/chat");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public ChatResponse chat(ChatRequest r) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("model", spec.model());
    List<Map<String, Object>> messages = new ArrayList<>();
    for (ChatMessage m : r.messages()) {
      messages.add(Providers.message(m.role().name().toLowerCase(Locale.ROOT), m.content()));
    }
    body.put("messages", messages);
    body.put("stream", false);
    Map<String, Object> options = new LinkedHashMap<>();
    if (r.temperature() != null) {
      options.put("temperature", r.temperature());
    }
    if (r.topP() != null) {
      options.put("top_p", r.topP());
    }
    if (r.maxTokens() != null) {
      options.put("num_predict", r.maxTokens());
    }
    if (r.seed() != null) {
      options.put("seed", r.seed());
    }
    if (!r.stop().isEmpty()) {
      options.put("stop", r.stop());
    }
    if (!options.isEmpty()) {
      body.put("options", options);
    }
    if (r.jsonSchema() != null) {
      body.put("format", Providers.schema(r.jsonSchema()));
    }
    JsonNode reply = http.post(url, Map.of(), body);
    JsonNode content = reply.path("message").path("content");
    if (!content.isTextual()) {
      throw HttpTransport.badReply(id, "reply has no message content");
    }
    return new ChatResponse(content.asText(), Providers.finish(reply.path("done_reason").asText("stop")),
        Providers.usage(reply, "prompt_eval_count", "eval_count"), List.of(), reply.path("model").asText(spec.model()),
        false);
  }

  @Override
  public String toString() {
    return spec.toString();
  }
}
