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

/**
 * The OpenAI Chat Completions wire protocol ({@code POST {base}/chat/completions}), spoken by
 * OpenAI, OpenRouter, vLLM, llama.cpp's server, LM Studio and Ollama's {@code /v1}.
 */
public final class OpenAiCompatibleChatModel implements ChatModel {
  private final ModelSpec spec;
  private final String id;
  private final HttpTransport http;
  private final String url;
  private final Map<String, String> headers;

  public OpenAiCompatibleChatModel(ModelSpec spec) {
    this.spec = spec;
    this.id = spec.id();
    ProviderSettings s = ProviderSettings.of(spec, Providers.keyRequired(spec));
    this.http = new HttpTransport(id, s);
    this.url = Providers.endpoint(spec, "/chat/completions");
    this.headers = s.key() == null ? Map.of() : Map.of("Authorization", "Bearer " + s.key());
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
    put(body, "temperature", r.temperature());
    put(body, "top_p", r.topP());
    put(body, "max_tokens", r.maxTokens());
    put(body, "seed", r.seed());
    if (!r.stop().isEmpty()) {
      body.put("stop", r.stop());
    }
    if (r.jsonSchema() != null) {
      body.put("response_format", Providers.ordered("type", "json_schema", "json_schema",
          Providers.ordered("name", "reply", "strict", true, "schema", Providers.schema(r.jsonSchema()))));
    }
    if (r.logprobs()) {
      body.put("logprobs", true);
      if (r.topLogprobs() > 0) {
        body.put("top_logprobs", r.topLogprobs());
      }
    }
    JsonNode reply = http.post(url, headers, body);
    JsonNode choices = reply.path("choices");
    if (!choices.isArray() || choices.isEmpty()) {
      throw HttpTransport.badReply(id, "reply has no choices");
    }
    JsonNode choice = choices.get(0);
    JsonNode content = choice.path("message").path("content");
    if (!content.isTextual()) {
      throw HttpTransport.badReply(id, "reply has no message content");
    }
    List<ChatResponse.TokenLogprob> logprobs = new ArrayList<>();
    for (JsonNode t : choice.path("logprobs").path("content")) {
      List<ChatResponse.Alternative> top = new ArrayList<>();
      for (JsonNode a : t.path("top_logprobs")) {
        top.add(new ChatResponse.Alternative(a.path("token").asText(), a.path("logprob").asDouble()));
      }
      logprobs.add(new ChatResponse.TokenLogprob(t.path("token").asText(), t.path("logprob").asDouble(), top));
    }
    return new ChatResponse(content.asText(), Providers.finish(choice.path("finish_reason").asText("")),
        Providers.usage(reply.path("usage"), "prompt_tokens", "completion_tokens"), logprobs,
        reply.path("model").asText(spec.model()), false);
  }

  private static void put(Map<String, Object> body, String key, Object value) {
    if (value != null) {
      body.put(key, value);
    }
  }

  @Override
  public String toString() {
    return spec.toString();
  }
}
