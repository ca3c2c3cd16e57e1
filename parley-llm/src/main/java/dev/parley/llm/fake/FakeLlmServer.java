package dev.parley.llm.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on loopback that speaks the wire protocols of the OpenAI-compatible Chat
 * Completions API ({@code POST /v1/chat/completions}), the Anthropic Messages API
 * ({@code POST /v1/messages}) and Ollama ({@code POST /api/chat}): the stand-in model of the
 * tests, of {@code parley models serve-fake} (dry runs without a model) and of the benchmarks.
 *
 * <p>Replies come from a {@link Responder} (the last user message → reply text). Faults are
 * scripted: {@link #enqueue(Fault)} makes the next requests fail in order (429 with Retry-After,
 * 500, 503, a reply slower than the client's timeout, truncated JSON, no choices), and
 * {@link #delay(Duration)} delays every reply. Every request is recorded, headers included.
 */
public final class FakeLlmServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    // Reply headers and body go out in separate writes; without TCP_NODELAY, Nagle's algorithm
    // and delayed acknowledgements stall every reply on loopback by about 40 ms.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** Makes the reply text from a request. */
  @FunctionalInterface
  public interface Responder {
    String reply(Request request);
  }

  /** A scripted failure for one request. */
  public sealed interface Fault {
    /** 429 Too Many Requests with a Retry-After header in seconds. */
    record RateLimited(int retryAfterSeconds) implements Fault {}

    /** Any status with a small JSON error body. */
    record Status(int code) implements Fault {}

    /** Waits this long, then answers normally. */
    record Slow(Duration delay) implements Fault {}

    /** A 200 whose JSON body is cut off in the middle. */
    record Truncated() implements Fault {}

    /** A 200 with an empty list of choices (content blocks for Anthropic). */
    record NoChoices() implements Fault {}

    /** An error whose body echoes the request's credentials, as careless servers do. */
    record EchoCredentials(int code) implements Fault {}
  }

  /** One received request. */
  public record Request(String path, Map<String, List<String>> headers, JsonNode body) {
    /** The content of the last user message. */
    public String lastUserMessage() {
      JsonNode messages = body.path("messages");
      for (int i = messages.size() - 1; i >= 0; i--) {
        if ("user".equals(messages.get(i).path("role").asText())) {
          return messages.get(i).path("content").asText();
        }
      }
      return "";
    }

    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
  private final AtomicInteger served = new AtomicInteger();
  private final java.util.concurrent.atomic.LongAdder handlingNanos = new java.util.concurrent.atomic.LongAdder();
  private volatile Responder responder;
  private volatile Duration delay = Duration.ZERO;

  private FakeLlmServer(Responder responder, int threads, int port) throws IOException {
    this.responder = Objects.requireNonNull(responder, "responder");
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
    this.executor = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "fake-llm");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server answering every request with {@code responder}'s text. */
  public static FakeLlmServer start(Responder responder) {
    return start(responder, 32);
  }

  /** Starts a server with {@code threads} handler threads (for high concurrency). */
  public static FakeLlmServer start(Responder responder, int threads) {
    return start(responder, threads, 0);
  }

  /** Starts a server on {@code port} of the loopback address (0: any free port). */
  public static FakeLlmServer start(Responder responder, int threads, int port) {
    try {
      return new FakeLlmServer(responder, threads, port);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the fake model server: " + e, e);
    }
  }

  /** Base URL of the OpenAI-compatible API, e.g. {@code http://127.0.0.1:PORT/v1}. */
  public String openAiBaseUrl() {
    return origin() + "/v1";
  }

  /** Origin for Anthropic and Ollama, e.g. {@code http://127.0.0.1:PORT}. */
  public String origin() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
  }

  public FakeLlmServer enqueue(Fault... f) {
    faults.addAll(List.of(f));
    return this;
  }

  public FakeLlmServer delay(Duration d) {
    this.delay = Objects.requireNonNull(d);
    return this;
  }

  public FakeLlmServer responder(Responder r) {
    this.responder = Objects.requireNonNull(r);
    return this;
  }

  /** Requests received so far, oldest first (including those answered with a fault). */
  public List<Request> requests() {
    return new ArrayList<>(requests);
  }

  /** Requests answered successfully. */
  public int served() {
    return served.get();
  }

  /** Total time spent inside the handler, scripted delays excluded: the server's own share of a call. */
  public long handlingNanos() {
    return handlingNanos.sum();
  }

  private void handle(HttpExchange ex) throws IOException {
    long start = System.nanoTime();
    long waited = 0;
    try (ex) {
      byte[] raw = ex.getRequestBody().readAllBytes();
      JsonNode body;
      try {
        body = JSON.readTree(raw);
      } catch (IOException e) {
        send(ex, 400, "{\"error\":{\"message\":\"request body is not JSON\"}}");
        return;
      }
      String path = ex.getRequestURI().getPath();
      Request request = new Request(path, Map.copyOf(ex.getRequestHeaders()), body);
      requests.add(request);
      Fault fault = faults.poll();
      if (!delay.isZero()) {
        long before = System.nanoTime();
        sleep(delay);
        waited += System.nanoTime() - before;
      }
      if (fault instanceof Fault.RateLimited rl) {
        ex.getResponseHeaders().add("Retry-After", Integer.toString(rl.retryAfterSeconds()));
        send(ex, 429, "{\"error\":{\"message\":\"rate limit reached\",\"type\":\"rate_limit\"}}");
        return;
      }
      if (fault instanceof Fault.Status st) {
        send(ex, st.code(), "{\"error\":{\"message\":\"scripted failure\",\"code\":" + st.code() + "}}");
        return;
      }
      if (fault instanceof Fault.EchoCredentials echo) {
        String auth = String.valueOf(request.header("Authorization")) + " " + request.header("x-api-key");
        send(ex, echo.code(), "{\"error\":{\"message\":\"bad credentials: " + auth.replace("\"", "") + "\"}}");
        return;
      }
      if (fault instanceof Fault.Slow slow) {
        long before = System.nanoTime();
        sleep(slow.delay());
        waited += System.nanoTime() - before;
      }
      String text = responder.reply(request);
      String reply = switch (protocol(path)) {
        case "anthropic" -> anthropic(body, text, fault instanceof Fault.NoChoices);
        case "ollama" -> ollama(body, text);
        case "openai" -> openAi(body, text, fault instanceof Fault.NoChoices);
        default -> null;
      };
      if (reply == null) {
        send(ex, 404, "{\"error\":{\"message\":\"no such endpoint: " + path + "\"}}");
        return;
      }
      if (fault instanceof Fault.Truncated) {
        reply = reply.substring(0, reply.length() / 2);
      }
      served.incrementAndGet();
      send(ex, 200, reply);
    } finally {
      handlingNanos.add(System.nanoTime() - start - waited);
    }
  }

  private static String protocol(String path) {
    if (path.endsWith("/chat/completions")) {
      return "openai";
    }
    if (path.endsWith("/v1/messages")) {
      return "anthropic";
    }
    if (path.endsWith("/api/chat")) {
      return "ollama";
    }
    return "none";
  }

  private static int tokens(String s) {
    return Math.max(1, s.length() / 4);
  }

  private static int promptTokens(JsonNode body) {
    int n = 0;
    for (JsonNode m : body.path("messages")) {
      n += tokens(m.path("content").asText());
    }
    return n + tokens(body.path("system").asText(""));
  }

  private static String openAi(JsonNode body, String text, boolean noChoices) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", "chatcmpl-fake");
    root.put("object", "chat.completion");
    root.put("model", body.path("model").asText());
    ArrayNode choices = root.putArray("choices");
    if (!noChoices) {
      ObjectNode choice = choices.addObject();
      choice.put("index", 0);
      ObjectNode message = choice.putObject("message");
      message.put("role", "assistant");
      message.put("content", text);
      choice.put("finish_reason", "stop");
      if (body.path("logprobs").asBoolean(false)) {
        ArrayNode content = choice.putObject("logprobs").putArray("content");
        ObjectNode token = content.addObject();
        token.put("token", text);
        token.put("logprob", -0.25);
        ArrayNode top = token.putArray("top_logprobs");
        for (int i = 0; i < body.path("top_logprobs").asInt(0); i++) {
          ObjectNode alt = top.addObject();
          alt.put("token", i == 0 ? text : "alt" + i);
          alt.put("logprob", -0.25 - i);
        }
      }
    }
    ObjectNode usage = root.putObject("usage");
    usage.put("prompt_tokens", promptTokens(body));
    usage.put("completion_tokens", tokens(text));
    usage.put("total_tokens", promptTokens(body) + tokens(text));
    return JSON.writeValueAsString(root);
  }

  private static String anthropic(JsonNode body, String text, boolean noContent) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", "msg_fake");
    root.put("type", "message");
    root.put("role", "assistant");
    root.put("model", body.path("model").asText());
    ArrayNode content = root.putArray("content");
    if (!noContent) {
      ObjectNode block = content.addObject();
      block.put("type", "text");
      block.put("text", text);
    }
    root.put("stop_reason", "end_turn");
    ObjectNode usage = root.putObject("usage");
    usage.put("input_tokens", promptTokens(body));
    usage.put("output_tokens", tokens(text));
    return JSON.writeValueAsString(root);
  }

  private static String ollama(JsonNode body, String text) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("model", body.path("model").asText());
    ObjectNode message = root.putObject("message");
    message.put("role", "assistant");
    message.put("content", text);
    root.put("done", true);
    root.put("done_reason", "stop");
    root.put("prompt_eval_count", promptTokens(body));
    root.put("eval_count", tokens(text));
    return JSON.writeValueAsString(root);
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    } catch (IOException clientGone) {
      // the client timed out and closed the connection
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
