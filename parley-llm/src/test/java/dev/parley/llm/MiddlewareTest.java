package dev.parley.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.llm.ChatException;
import dev.parley.core.llm.ChatMessage;
import dev.parley.core.llm.ChatModel;
import dev.parley.core.llm.ChatRequest;
import dev.parley.core.llm.ChatResponse;
import dev.parley.llm.middleware.CacheKeys;
import dev.parley.llm.middleware.CachingChatModel;
import dev.parley.llm.middleware.ConcurrencyLimitedChatModel;
import dev.parley.llm.middleware.InMemoryResponseCache;
import dev.parley.llm.middleware.RateLimitedChatModel;
import dev.parley.llm.middleware.RetryingChatModel;
import dev.parley.llm.middleware.Sleeper;
import dev.parley.llm.provider.Providers;
import dev.parley.llm.fake.FakeLlmServer;
import dev.parley.llm.fake.FakeLlmServer.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MiddlewareTest {
  FakeLlmServer server;
  final List<Duration> slept = Collections.synchronizedList(new ArrayList<>());
  final Sleeper recording = slept::add;

  @BeforeEach
  void start() {
    server = FakeLlmServer.start(r -> "ok " + r.lastUserMessage());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  ChatModel provider(String settings) {
    return Providers.create(ModelSpec.parse("openai-compatible:" + server.openAiBaseUrl() + "#m?" + settings));
  }

  static ChatRequest ask(String text) {
    return ChatRequest.of(List.of(ChatMessage.user(text)));
  }

  @Test
  void retriesHonourRetryAfterAndBackOffExponentially() {
    RetryingChatModel m = new RetryingChatModel(provider("timeout=300ms"),
        new RetryingChatModel.Policy(6, Duration.ofMillis(100), Duration.ofSeconds(10)), recording, 1);
    server.enqueue(new Fault.RateLimited(2), new Fault.Status(500), new Fault.Status(503), new Fault.Truncated(),
        new Fault.Slow(Duration.ofSeconds(1)));
    assertThat(m.chat(ask("hi")).text()).isEqualTo("ok hi");
    assertThat(server.requests()).hasSize(6);
    assertThat(slept).hasSize(5);
    assertThat(slept.get(0)).isEqualTo(Duration.ofSeconds(2));
    // full jitter: retry k waits at most baseDelay·2^k
    assertThat(slept.get(1)).isLessThanOrEqualTo(Duration.ofMillis(200));
    assertThat(slept.get(2)).isLessThanOrEqualTo(Duration.ofMillis(400));
    assertThat(slept.get(3)).isLessThanOrEqualTo(Duration.ofMillis(800));
    assertThat(slept.get(4)).isLessThanOrEqualTo(Duration.ofMillis(1600));
  }

  @Test
  void nonRetryableFailuresAndExhaustedRetriesSurface() {
    RetryingChatModel m = new RetryingChatModel(provider(""),
        new RetryingChatModel.Policy(3, Duration.ofMillis(10), Duration.ofMillis(100)), recording, 1);
    server.enqueue(new Fault.Status(400));
    assertThatThrownBy(() -> m.chat(ask("a"))).isInstanceOfSatisfying(ChatException.class,
        e -> assertThat(e.kind()).isEqualTo(ChatException.Kind.BAD_REQUEST));
    assertThat(server.requests()).hasSize(1);
    server.enqueue(new Fault.Status(500), new Fault.Status(500), new Fault.Status(500));
    assertThatThrownBy(() -> m.chat(ask("b"))).hasMessageContaining("gave up after 3 attempts");
    assertThat(server.requests()).hasSize(4);
  }

  @Test
  void theConcurrencyLimitHoldsUnderLoad() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    server.responder(r -> {
      int now = inFlight.incrementAndGet();
      peak.accumulateAndGet(now, Math::max);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      inFlight.decrementAndGet();
      return "ok";
    });
    ChatModel m = new ConcurrencyLimitedChatModel(provider(""), 3);
    ExecutorService pool = Executors.newFixedThreadPool(12);
    List<Future<ChatResponse>> fs = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      fs.add(pool.submit(() -> m.chat(ask("x"))));
    }
    for (Future<ChatResponse> f : fs) {
      assertThat(f.get().text()).isEqualTo("ok");
    }
    pool.shutdown();
    assertThat(peak.get()).isEqualTo(3);
  }

  @Test
  void rateLimitsWaitForTheBucketToRefill() {
    AtomicLong now = new AtomicLong();
    Sleeper advancing = d -> {
      slept.add(d);
      now.addAndGet(d.toNanos());
    };
    RateLimitedChatModel m = new RateLimitedChatModel(provider(""), 60, 0, now::get, advancing);
    for (int i = 0; i < 60; i++) {
      m.chat(ask("x"));
    }
    assertThat(slept).isEmpty();
    m.chat(ask("x"));
    assertThat(slept).hasSize(1);
    assertThat(slept.get(0).toMillis()).isBetween(999L, 1001L);
  }

  @Test
  void theCacheServesRepeatsAndKeepsSamplesApart() {
    InMemoryResponseCache cache = new InMemoryResponseCache();
    ChatModel m = new CachingChatModel(provider(""), cache, CachingChatModel.Mode.READ_WRITE);
    ChatRequest first = ask("same").withSample(new ChatRequest.Sample(42, 0));
    ChatResponse a = m.chat(first);
    ChatResponse b = m.chat(first);
    assertThat(a.cached()).isFalse();
    assertThat(b.cached()).isTrue();
    assertThat(b.text()).isEqualTo(a.text());
    assertThat(server.requests()).hasSize(1);
    m.chat(ask("same").withSample(new ChatRequest.Sample(43, 0)));
    m.chat(ask("same").withSample(new ChatRequest.Sample(42, 1)));
    assertThat(server.requests()).hasSize(3);
    ChatModel replay = new CachingChatModel(provider(""), cache, CachingChatModel.Mode.REPLAY);
    assertThat(replay.chat(first).cached()).isTrue();
    assertThatThrownBy(() -> replay.chat(ask("never asked"))).isInstanceOfSatisfying(ChatException.class,
        e -> assertThat(e.kind()).isEqualTo(ChatException.Kind.REFUSED));
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void cacheKeysDependOnEverythingThatChangesTheReply() {
    ChatRequest base = new ChatRequest(List.of(ChatMessage.user("x")), 0.7, null, null, null, List.of(), null, false, 0,
        new ChatRequest.Sample(1, 0));
    String k = CacheKeys.key("m", base);
    assertThat(CacheKeys.key("m", base)).isEqualTo(k);
    assertThat(CacheKeys.key("m2", base)).isNotEqualTo(k);
    assertThat(CacheKeys.key("m", base.withSample(new ChatRequest.Sample(1, 1)))).isNotEqualTo(k);
    assertThat(CacheKeys.key("m", base.withMessages(List.of(ChatMessage.system("x"))))).isNotEqualTo(k);
    ChatRequest hot = new ChatRequest(base.messages(), 0.8, null, null, null, List.of(), null, false, 0, base.sample());
    assertThat(CacheKeys.key("m", hot)).isNotEqualTo(k);
  }

  @Test
  void thePoolSharesOneStackPerSpec() {
    try (ModelPool pool = new ModelPool(new InMemoryResponseCache(), CachingChatModel.Mode.READ_WRITE,
        ModelPool.Defaults.STANDARD, recording)) {
      ModelSpec spec = ModelSpec.parse("openai-compatible:" + server.openAiBaseUrl() + "#m?retries=2");
      assertThat(pool.model(spec)).isSameAs(pool.model(ModelSpec.parse(spec.toString())));
      server.enqueue(new Fault.Status(503), new Fault.Status(503));
      assertThat(pool.model(spec).chat(ask("x")).text()).isEqualTo("ok x");
      server.enqueue(new Fault.Status(503), new Fault.Status(503), new Fault.Status(503));
      assertThatThrownBy(() -> pool.model(spec).chat(ask("y"))).hasMessageContaining("gave up after 3 attempts");
    }
  }

  @Test
  void limitsArePerEndpointAcrossModelsAndSettings() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    server.responder(r -> {
      peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      inFlight.decrementAndGet();
      return "ok";
    });
    try (ModelPool pool = new ModelPool(null, CachingChatModel.Mode.READ_WRITE, ModelPool.Defaults.STANDARD,
        recording)) {
      String base = "openai-compatible:" + server.openAiBaseUrl();
      ChatModel a = pool.model(ModelSpec.parse(base + "#a?concurrency=2&temperature=0"));
      ChatModel b = pool.model(ModelSpec.parse(base + "#b?concurrency=2&temperature=1"));
      ExecutorService threads = Executors.newFixedThreadPool(8);
      List<Future<ChatResponse>> fs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        ChatModel m = i % 2 == 0 ? a : b;
        fs.add(threads.submit(() -> m.chat(ask("x"))));
      }
      for (Future<ChatResponse> f : fs) {
        f.get();
      }
      threads.shutdown();
      assertThat(peak.get()).isEqualTo(2);
      assertThatThrownBy(() -> pool.model(ModelSpec.parse(base + "#c?concurrency=3")))
          .hasMessageContaining("share the endpoint").hasMessageContaining("concurrency 2/3");
    }
  }
}
