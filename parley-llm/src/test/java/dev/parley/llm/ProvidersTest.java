package dev.parley.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.llm.ChatException;
import dev.parley.core.llm.ChatMessage;
import dev.parley.core.llm.ChatModel;
import dev.parley.core.llm.ChatRequest;
import dev.parley.core.llm.ChatResponse;
import dev.parley.llm.provider.Providers;
import dev.parley.llm.fake.FakeLlmServer;
import dev.parley.llm.fake.FakeLlmServer.Fault;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each provider against a real loopback server speaking its wire protocol, faults included. */
class ProvidersTest {
  static final String KEY = "sk-fake-0123456789abcdefSECRET";
  FakeLlmServer server;

  @BeforeEach
  void start() {
    server = FakeLlmServer.start(r -> "echo: " + r.lastUserMessage());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static ChatRequest request() {
    return new ChatRequest(List.of(ChatMessage.system("be brief"), ChatMessage.user("hello")), 0.5, 0.9, 20, 7L,
        List.of("\n\n"), null, true, 2, null);
  }

  ChatModel openAi(String settings) {
    return Providers.create(ModelSpec.parse("openai-compatible:" + server.openAiBaseUrl() + "#tiny?" + settings));
  }

  @Test
  void openAiCompatibleSendsTheSettingsAndReadsTheReply() {
    ChatResponse r = openAi("key_env=PARLEY_FAKE_KEY").chat(request());
    assertThat(r.text()).isEqualTo("echo: hello");
    assertThat(r.finishReason()).isEqualTo(ChatResponse.FinishReason.STOP);
    assertThat(r.usage().promptTokens()).isPositive();
    assertThat(r.usage().completionTokens()).isEqualTo(2);
    assertThat(r.logprobs()).singleElement().satisfies(t -> {
      assertThat(t.logprob()).isEqualTo(-0.25);
      assertThat(t.top()).hasSize(2);
    });
    var sent = server.requests().get(0);
    assertThat(sent.path()).isEqualTo("/v1/chat/completions");
    assertThat(sent.header("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(sent.body().path("model").asText()).isEqualTo("tiny");
    assertThat(sent.body().path("temperature").asDouble()).isEqualTo(0.5);
    assertThat(sent.body().path("top_p").asDouble()).isEqualTo(0.9);
    assertThat(sent.body().path("max_tokens").asInt()).isEqualTo(20);
    assertThat(sent.body().path("seed").asLong()).isEqualTo(7);
    assertThat(sent.body().path("stop").get(0).asText()).isEqualTo("\n\n");
    assertThat(sent.body().path("messages").get(0).path("role").asText()).isEqualTo("system");
    assertThat(sent.body().path("top_logprobs").asInt()).isEqualTo(2);
  }

  @Test
  void jsonSchemaBecomesAResponseFormat() {
    ChatRequest r = new ChatRequest(List.of(ChatMessage.user("x")), null, null, null, null, List.of(),
        "{\"type\":\"object\",\"properties\":{\"move\":{\"type\":\"string\"}}}", false, 0, null);
    openAi("").chat(r);
    var sent = server.requests().get(0).body();
    assertThat(sent.path("response_format").path("type").asText()).isEqualTo("json_schema");
    assertThat(sent.path("response_format").path("json_schema").path("schema").path("type").asText())
        .isEqualTo("object");
    assertThat(server.requests().get(0).header("Authorization")).isNull();
  }

  @Test
  void anthropicSpeaksTheMessagesApi() {
    ChatModel m = Providers.create(ModelSpec.parse("anthropic:claude-test?key_env=PARLEY_FAKE_KEY&base_url="
        + server.origin()));
    ChatResponse r = m.chat(request());
    assertThat(r.text()).isEqualTo("echo: hello");
    assertThat(r.usage().completionTokens()).isEqualTo(2);
    var sent = server.requests().get(0);
    assertThat(sent.path()).isEqualTo("/v1/messages");
    assertThat(sent.header("x-api-key")).isEqualTo(KEY);
    assertThat(sent.header("anthropic-version")).isEqualTo("2023-06-01");
    assertThat(sent.body().path("system").asText()).isEqualTo("be brief");
    assertThat(sent.body().path("messages")).hasSize(1);
    assertThat(sent.body().path("max_tokens").asInt()).isEqualTo(20);
    assertThat(sent.body().path("stop_sequences").get(0).asText()).isEqualTo("\n\n");
  }

  @Test
  void ollamaSpeaksTheNativeChatApi() {
    ChatModel m = Providers.create(ModelSpec.parse("ollama:llama-test?base_url=" + server.origin()));
    ChatResponse r = m.chat(request());
    assertThat(r.text()).isEqualTo("echo: hello");
    var sent = server.requests().get(0);
    assertThat(sent.path()).isEqualTo("/api/chat");
    assertThat(sent.body().path("stream").asBoolean(true)).isFalse();
    assertThat(sent.body().path("options").path("num_predict").asInt()).isEqualTo(20);
    assertThat(sent.body().path("options").path("seed").asLong()).isEqualTo(7);
  }

  @Test
  void failuresMapToKindsAndCarryRetryAfter() {
    ChatModel m = openAi("timeout=300ms");
    server.enqueue(new Fault.RateLimited(3));
    assertThatThrownBy(() -> m.chat(request())).isInstanceOfSatisfying(ChatException.class, e -> {
      assertThat(e.kind()).isEqualTo(ChatException.Kind.RATE_LIMITED);
      assertThat(e.status()).isEqualTo(429);
      assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(3));
    });
    server.enqueue(new Fault.Status(503));
    assertThatThrownBy(() -> m.chat(request())).isInstanceOfSatisfying(ChatException.class,
        e -> assertThat(e.kind()).isEqualTo(ChatException.Kind.SERVER_ERROR));
    server.enqueue(new Fault.Status(400));
    assertThatThrownBy(() -> m.chat(request())).isInstanceOfSatisfying(ChatException.class,
        e -> assertThat(e.retryable()).isFalse());
    server.enqueue(new Fault.Status(401));
    assertThatThrownBy(() -> m.chat(request())).isInstanceOfSatisfying(ChatException.class,
        e -> assertThat(e.kind()).isEqualTo(ChatException.Kind.AUTHENTICATION));
    server.enqueue(new Fault.Truncated());
    assertThatThrownBy(() -> m.chat(request())).isInstanceOfSatisfying(ChatException.class,
        e -> assertThat(e.kind()).isEqualTo(ChatException.Kind.BAD_RESPONSE));
    server.enqueue(new Fault.NoChoices());
    assertThatThrownBy(() -> m.chat(request())).isInstanceOfSatisfying(ChatException.class,
        e -> assertThat(e.getMessage()).contains("no choices"));
    server.enqueue(new Fault.Slow(Duration.ofSeconds(2)));
    long start = System.nanoTime();
    assertThatThrownBy(() -> m.chat(request())).isInstanceOfSatisfying(ChatException.class,
        e -> assertThat(e.kind()).isEqualTo(ChatException.Kind.TIMEOUT));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(m.chat(request()).text()).isEqualTo("echo: hello");
  }

  @Test
  void anUnreachableServerIsAConnectionError() {
    ChatModel m = Providers.create(ModelSpec.parse("openai-compatible:http://127.0.0.1:1/v1#m?connect_timeout=1s"));
    assertThatThrownBy(() -> m.chat(request())).isInstanceOfSatisfying(ChatException.class, e -> {
      assertThat(e.kind()).isEqualTo(ChatException.Kind.CONNECTION);
      assertThat(e.getMessage()).contains("127.0.0.1:1");
    });
  }

  @Test
  void aMissingKeyIsReportedBeforeAnyRequest() {
    assertThatThrownBy(() -> Providers.checkCredentials(ModelSpec.parse("openai:gpt-4o?key_env=PARLEY_NO_SUCH_KEY")))
        .isInstanceOf(ChatException.class).hasMessageContaining("set the environment variable PARLEY_NO_SUCH_KEY");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void errorBodiesNeverEchoTheKey() {
    ChatModel m = openAi("key_env=PARLEY_FAKE_KEY");
    server.enqueue(new Fault.EchoCredentials(401));
    assertThatThrownBy(() -> m.chat(request())).isInstanceOfSatisfying(ChatException.class, e -> {
      assertThat(e.getMessage()).contains("bad credentials: Bearer ***").doesNotContain(KEY);
      assertThat(e.kind()).isEqualTo(ChatException.Kind.AUTHENTICATION);
    });
  }
}
