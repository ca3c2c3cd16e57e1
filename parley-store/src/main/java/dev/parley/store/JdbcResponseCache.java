package dev.parley.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.llm.ChatMessage;
import dev.parley.core.llm.ChatRequest;
import dev.parley.core.llm.ChatResponse;
import dev.parley.core.llm.ResponseCache;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The response cache in the store's {@code llm_cache} table: one row per content address with
 * the request (for inspection) and the reply. Every reply is committed as soon as it is put, so a
 * run killed mid-way replays what it already paid for. Uses its own connection; thread-safe.
 */
public final class JdbcResponseCache implements ResponseCache, AutoCloseable {
  private final Connection connection;
  private final Clock clock;
  private final String description;
  private PreparedStatement select;
  private PreparedStatement insert;

  private JdbcResponseCache(Connection connection, String description, Clock clock) {
    this.connection = connection;
    this.description = description;
    this.clock = clock;
  }

  /** Opens the cache in the store at {@code target} (a SQLite path or JDBC URL). */
  public static JdbcResponseCache open(String target) {
    return open(target, Clock.systemUTC());
  }

  public static JdbcResponseCache open(String target, Clock clock) {
    Connections.Opened c = Connections.open(target, clock);
    try {
      c.connection().setAutoCommit(true);
    } catch (SQLException e) {
      throw new StoreException("cannot open cache " + c.description() + ": " + e.getMessage(), e);
    }
    return new JdbcResponseCache(c.connection(), c.description(), clock);
  }

  @Override
  public synchronized Optional<ChatResponse> get(String key) {
    try {
      if (select == null) {
        select = connection.prepareStatement("SELECT response FROM llm_cache WHERE cache_key = ?");
      }
      select.setString(1, key);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(decode(rs.getString(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the response cache in " + description + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void put(String key, String modelId, ChatRequest request, ChatResponse response) {
    try {
      if (insert == null) {
        insert = connection.prepareStatement("INSERT INTO llm_cache (cache_key, model, request, response,"
            + " created_at) VALUES (?,?,?,?,?) ON CONFLICT (cache_key) DO NOTHING");
      }
      PreparedStatement p = insert;
      p.setString(1, key);
      p.setString(2, modelId);
      p.setString(3, Json.write(requestMap(request)));
      p.setString(4, Json.write(responseMap(response)));
      p.setLong(5, clock.millis());
      p.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot write the response cache in " + description + ": " + e.getMessage(), e);
    }
  }

  /** Entries in the cache. */
  public synchronized long size() {
    try (PreparedStatement p = connection.prepareStatement("SELECT COUNT(*) FROM llm_cache");
        ResultSet rs = p.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count the response cache in " + description + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> requestMap(ChatRequest r) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Map<String, String>> messages = new ArrayList<>();
    for (ChatMessage msg : r.messages()) {
      Map<String, String> one = new LinkedHashMap<>();
      one.put("role", msg.role().name().toLowerCase());
      one.put("content", msg.content());
      messages.add(one);
    }
    m.put("messages", messages);
    m.put("temperature", r.temperature());
    m.put("top_p", r.topP());
    m.put("max_tokens", r.maxTokens());
    m.put("seed", r.seed());
    m.put("stop", r.stop());
    m.put("json_schema", r.jsonSchema());
    m.put("logprobs", r.logprobs());
    m.put("top_logprobs", r.topLogprobs());
    m.put("sample", r.sample() == null ? null : List.of(r.sample().episodeSeed(), r.sample().index()));
    return m;
  }

  private static Map<String, Object> responseMap(ChatResponse r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", r.text());
    m.put("finish_reason", r.finishReason().name());
    m.put("prompt_tokens", r.usage().promptTokens());
    m.put("completion_tokens", r.usage().completionTokens());
    List<Map<String, Object>> logprobs = new ArrayList<>();
    for (ChatResponse.TokenLogprob t : r.logprobs()) {
      List<List<Object>> top = new ArrayList<>();
      for (ChatResponse.Alternative a : t.top()) {
        top.add(List.of(a.token(), a.logprob()));
      }
      Map<String, Object> lp = new LinkedHashMap<>();
      lp.put("token", t.token());
      lp.put("logprob", t.logprob());
      lp.put("top", top);
      logprobs.add(lp);
    }
    m.put("logprobs", logprobs);
    m.put("model", r.model());
    return m;
  }

  static ChatResponse decode(String json) {
    try {
      JsonNode n = Json.MAPPER.readTree(json);
      List<ChatResponse.TokenLogprob> logprobs = new ArrayList<>();
      for (JsonNode t : n.path("logprobs")) {
        List<ChatResponse.Alternative> top = new ArrayList<>();
        for (JsonNode a : t.path("top")) {
          top.add(new ChatResponse.Alternative(a.get(0).asText(), a.get(1).asDouble()));
        }
        logprobs.add(new ChatResponse.TokenLogprob(t.path("token").asText(), t.path("logprob").asDouble(), top));
      }
      return new ChatResponse(n.required("text").asText(), ChatResponse.FinishReason.valueOf(n.required("finish_reason")
          .asText()), new ChatResponse.TokenUsage(n.path("prompt_tokens").asLong(), n.path("completion_tokens").asLong()),
          logprobs, n.path("model").asText(), false);
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw new IllegalStateException("a cached reply is corrupt: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the response cache: " + e.getMessage(), e);
    }
  }
}
