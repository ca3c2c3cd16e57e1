package dev.parley.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.agent.Feedback;
import dev.parley.core.critic.CriticRegistry;
import dev.parley.core.critic.CritiqueRequest;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.MatchInfo;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Provenance;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.llm.fake.FakeLlmServer;
import dev.parley.llm.middleware.CachingChatModel;
import dev.parley.llm.middleware.InMemoryResponseCache;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LlmCriticTest {
  FakeLlmServer server;
  AgentEnvironment env;

  @BeforeEach
  void start() {
    server = FakeLlmServer.start(r -> "1. Be patient.\n2. Watch what the other player does.\n3. Explain your reasons.");
    env = AgentEnvironment.builder().with(ModelPool.class, new ModelPool(new InMemoryResponseCache(),
        CachingChatModel.Mode.READ_WRITE, ModelPool.Defaults.STANDARD, d -> { })).build();
  }

  @AfterEach
  void stop() {
    env.close();
    server.close();
  }

  @SuppressWarnings("unchecked")
  CritiqueRequest request() {
    Game<Integer> g = (Game<Integer>) GameRegistry.discover().load("repeated(stage=pd,rounds=3)");
    AgentRegistry agents = AgentRegistry.discover();
    AgentFactory<Integer> a = agents.factory("alld", g);
    AgentFactory<Integer> b = agents.factory("tft", g);
    Episode e = new EpisodeRunner(RunnerConfig.DEFAULT).run(g, List.of(a.create(), b.create()),
        new MatchInfo("r", 0, 5, List.of("alld", "tft"), new Provenance("t", "t", "repeated-v1", "t")));
    return new CritiqueRequest(g, 1, List.of(e), List.of(), 99);
  }

  String spec() {
    return "llm(model=openai-compatible:" + server.openAiBaseUrl() + "#coach?temperature=0)";
  }

  @Test
  void theCriticReadsTheHistoryAndReturnsThreeSuggestions() {
    CritiqueRequest req = request();
    CriticRegistry.Bound critic = CriticRegistry.discover(env).bind(spec(), req.game());
    Feedback f = critic.factory().get().critique(req);
    assertThat(f.suggestions()).containsExactly("Be patient.", "Watch what the other player does.",
        "Explain your reasons.");
    assertThat(f.text()).startsWith("Suggestions from your coach").contains("2. Watch what the other player does.");
    assertThat(f.source()).startsWith("llm:openai-compatible:");
    assertThat(f.seat()).isOne();
    String prompt = server.requests().get(0).lastUserMessage();
    assertThat(prompt).contains("seat 1").contains("Round 1:").contains("Your player: C")
        .contains("The other player: D").contains("Do not mention any concrete price or number");
  }

  @Test
  void adviceNamingANumberIsAskedAgainThenCleaned() {
    AtomicInteger n = new AtomicInteger();
    server.responder(r -> n.getAndIncrement() == 0 ? "1. Ask for $15.\n2. Wait.\n3. Smile."
        : "1. Ask for more.\n2. Wait.\n3. Smile.");
    CritiqueRequest req = request();
    Feedback f = CriticRegistry.discover(env).bind(spec(), req.game()).factory().get().critique(req);
    assertThat(f.suggestions()).containsExactly("Ask for more.", "Wait.", "Smile.");
    assertThat(server.requests().get(1).lastUserMessage()).contains("names a number");
    server.responder(r -> "1. Offer 12 dollars.\n2. Wait.\n3. Smile.");
    Feedback stubborn = CriticRegistry.discover(env).bind(spec().replace("temperature=0", "temperature=0.5"),
        req.game()).factory().get().critique(req);
    assertThat(stubborn.suggestions()).containsExactly("Offer a better amount.", "Wait.", "Smile.");
  }

  @Test
  void aCriticNeedsAModel() {
    assertThatThrownBy(() -> CriticRegistry.discover(env).bind("llm", request().game()))
        .hasMessageContaining("needs model=SPEC");
  }
}
