package dev.parley.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.agent.DecisionTrace;
import dev.parley.core.engine.Continuation;
import dev.parley.core.engine.EpisodeListener;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.IllegalActionPolicy;
import dev.parley.core.engine.MatchInfo;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Provenance;
import dev.parley.core.episode.Step;
import dev.parley.core.episode.Violation;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.llm.middleware.CachingChatModel;
import dev.parley.llm.middleware.InMemoryResponseCache;
import dev.parley.llm.middleware.Sleeper;
import dev.parley.llm.fake.FakeLlmServer;
import dev.parley.llm.fake.FakeLlmServer.Fault;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class LlmAgentTest {
  static final Provenance PROV = new Provenance("test", "test", "repeated-v1", "test");
  FakeLlmServer server;
  InMemoryResponseCache cache;
  UsageMeter meter;
  AgentEnvironment env;

  @BeforeEach
  void start() {
    server = FakeLlmServer.start(r -> "Option J");
    cache = new InMemoryResponseCache();
    meter = new UsageMeter();
    Sleeper noWait = d -> { };
    env = AgentEnvironment.builder()
        .with(ModelPool.class, new ModelPool(cache, CachingChatModel.Mode.READ_WRITE, ModelPool.Defaults.STANDARD,
            noWait))
        .with(UsageMeter.class, meter).build();
  }

  @AfterEach
  void stop() {
    env.close();
    server.close();
  }

  String model(String extra) {
    return "openai-compatible:" + server.openAiBaseUrl() + "#tiny?temperature=0&timeout=500ms" + extra;
  }

  @SuppressWarnings("unchecked")
  Episode play(String game, String seat0, String seat1, long seed, RunnerConfig config) {
    Game<Integer> g = (Game<Integer>) GameRegistry.discover().load(game);
    AgentRegistry agents = AgentRegistry.discover(env);
    AgentFactory<Integer> a = agents.factory(seat0, g);
    AgentFactory<Integer> b = agents.factory(seat1, g);
    return new EpisodeRunner(config).run(g, List.of(a.create(), b.create()),
        new MatchInfo("run", 0, seed, List.of(a.spec(), b.spec()), PROV));
  }

  Episode play(String seat0, long seed) {
    return play("repeated(stage=pd,rounds=3)", seat0, "tft", seed, RunnerConfig.DEFAULT);
  }

  static List<Step> seat(Episode e, int s) {
    return e.steps().stream().filter(x -> x.seat() == s).toList();
  }

  @Test
  void aModelSpecIsShorthandForTheLlmAgent() {
    Game<?> g = GameRegistry.discover().load("repeated");
    AgentFactory<?> f = AgentRegistry.discover(env).factory(model("&strategy=cot&memory=last-k&k=2"), g);
    assertThat(f.type().name()).isEqualTo("llm");
    assertThat(f.spec()).isEqualTo("llm(model=openai-compatible:" + server.openAiBaseUrl()
        + "#tiny?temperature=0&timeout=500ms,strategy=cot,memory=last-k,k=2,format_retries=2,persona=\"\",scaffold=none,hint=\"\",omit=[],output=text)");
    assertThat(AgentRegistry.discover(env).factory(f.spec(), g).spec()).isEqualTo(f.spec());
    assertThatThrownBy(() -> AgentRegistry.discover(env).factory("llm(strategy=cot)", g))
        .hasMessageContaining("needs model=SPEC");
    assertThatThrownBy(() -> AgentRegistry.discover(env).factory(model("&strategy=tot"), g))
        .hasMessageContaining("'tot'").hasMessageContaining("direct, cot, scot");
  }

  @Test
  void directAnswersArePlayedAndEverythingIsRecorded() {
    Episode e = play(model(""), 1);
    assertThat(e.status()).isEqualTo(EpisodeStatus.COMPLETED);
    assertThat(seat(e, 0)).extracting(Step::action).containsExactly("C", "C", "C");
    assertThat(e.returns()).containsExactly(9.0, 9.0);
    DecisionTrace t = seat(e, 0).get(1).trace();
    assertThat(t.prompt()).contains("[system]").contains("Round 1: you chose Option J")
        .contains("Reply with the option you choose");
    assertThat(t.rawOutput()).isEqualTo("Option J");
    assertThat(t.attempts()).extracting(DecisionTrace.ParseAttempt::outcome).containsExactly("ok");
    assertThat(t.usage().promptTokens()).isPositive();
    assertThat(t.notes()).containsEntry("strategy", "direct").containsEntry("memory", "none");
    assertThat(seat(e, 1).get(0).trace()).isNull();
    assertThat(meter.total().calls()).isEqualTo(3);
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void anAnswerThatIgnoresTheFormatIsAskedAgainWithTheReason() {
    AtomicInteger n = new AtomicInteger();
    server.responder(r -> n.getAndIncrement() == 0 ? "I think cooperating is wise." : "Option F");
    Episode e = play("repeated(stage=pd,rounds=1)", model(""), "tft", 3, RunnerConfig.DEFAULT);
    assertThat(seat(e, 0)).extracting(Step::action).containsExactly("D");
    DecisionTrace t = seat(e, 0).get(0).trace();
    assertThat(t.attempts()).extracting(DecisionTrace.ParseAttempt::outcome).containsExactly("malformed", "ok");
    assertThat(t.attempts().get(0).reason()).contains("names no option");
    assertThat(server.requests().get(1).lastUserMessage()).startsWith("That answer cannot be used:");
    assertThat(e.violations()).isEmpty();
  }

  @Test
  void aModelThatNeverAnswersInFormatIsRepromptedThenForfeits() {
    server.responder(r -> "banana");
    Episode e = play("repeated(stage=pd,rounds=2)", model(""), "tft", 3, RunnerConfig.DEFAULT);
    assertThat(e.status()).isEqualTo(EpisodeStatus.FORFEIT);
    assertThat(e.violations()).extracting(Violation::kind).containsOnly(Violation.Kind.MALFORMED);
    assertThat(e.violations()).extracting(Violation::resolution).containsExactly(Violation.Resolution.REPROMPTED,
        Violation.Resolution.REPROMPTED, Violation.Resolution.FORFEIT);
    // (1 + retries) calls per ask, asked 1 + maxReprompts times
    assertThat(server.requests()).hasSize(3 * 3);
    assertThat(server.requests().get(3).lastUserMessage()).contains("Your previous move was refused");
    Episode random = play("repeated(stage=pd,rounds=2)", model("&format_retries=0"), "tft", 3,
        RunnerConfig.DEFAULT.withPolicy(IllegalActionPolicy.RANDOM_LEGAL));
    assertThat(random.status()).isEqualTo(EpisodeStatus.COMPLETED);
    assertThat(random.violations()).hasSize(2).extracting(Violation::resolution)
        .containsOnly(Violation.Resolution.RANDOM_LEGAL);
  }

  @Test
  void chainOfThoughtReadsTheFinalAnswerLine() {
    server.responder(r -> "They defected before.\nSo I should protect myself.\nAnswer: **Option F**");
    Episode e = play(model("&strategy=cot"), 5);
    assertThat(seat(e, 0)).extracting(Step::action).containsExactly("D", "D", "D");
    assertThat(server.requests().get(0).lastUserMessage()).contains("Think it through step by step")
        .contains("Answer: <your move>");
    server.responder(r -> "Option J is my choice, no final line");
    Episode missing = play("repeated(stage=pd,rounds=1)", model("&strategy=cot&format_retries=0"), "tft", 5,
        RunnerConfig.DEFAULT.withPolicy(IllegalActionPolicy.DEFAULT_ACTION));
    assertThat(missing.violations()).singleElement().satisfies(v ->
        assertThat(v.detail()).contains("no final line \"Answer: <your move>\""));
  }

  @Test
  void socialChainOfThoughtRecordsThePrediction() {
    server.responder(r -> r.lastUserMessage().contains("predict what the other player") ? "Option F" : "Option J");
    Episode e = play(model("&strategy=scot"), 5);
    assertThat(seat(e, 0)).extracting(Step::action).containsExactly("C", "C", "C");
    DecisionTrace t = seat(e, 0).get(0).trace();
    assertThat(t.notes()).containsEntry("prediction", "D").containsEntry("calls", "2");
    assertThat(server.requests()).hasSize(6);
    assertThat(server.requests().get(1).lastUserMessage()).startsWith("Given your prediction");
  }

  @Test
  void memoryIsAnExplicitSetting() {
    play(model("&memory=full"), 9);
    var third = server.requests().get(2).body().path("messages");
    assertThat(third).hasSize(1 + 2 * 2 + 1);
    assertThat(third.get(2).path("content").asText()).isEqualTo("Option J");
    server.requests().clear();
    FakeLlmServer.Request last = null;
    play("repeated(stage=pd,rounds=4)", model("&memory=summary&k=1"), "tft", 9, RunnerConfig.DEFAULT);
    last = server.requests().get(server.requests().size() - 1);
    assertThat(last.body().path("messages").get(1).path("content").asText())
        .startsWith("Earlier turns in short").contains("turn 2: Option J");
    Episode none = play(model(""), 9);
    assertThat(seat(none, 0).get(2).trace().notes()).containsEntry("memory", "none");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aContinuedEpisodeRemembersThePrefixAsIfTheModelHadPlayedIt() {
    Episode source = play(model("&memory=full"), 9);
    var original = server.requests().get(2).body().path("messages");
    int before = server.requests().size();
    Game<Integer> g = (Game<Integer>) GameRegistry.discover().load("repeated(stage=pd,rounds=3)");
    List<Step> prefix = source.steps().subList(0, 4);
    var state = g.newInitialState();
    for (int round = 0; round < 2; round++) {
      state = state.applyJoint(List.of(parse(g, prefix.get(2 * round)), parse(g, prefix.get(2 * round + 1))));
    }
    AgentRegistry agents = AgentRegistry.discover(env);
    AgentFactory<Integer> a = agents.factory(model("&memory=full"), g);
    AgentFactory<Integer> b = agents.factory("tft", g);
    Episode continued = new EpisodeRunner(RunnerConfig.DEFAULT).continueFrom(g, List.of(a.create(), b.create()),
        new MatchInfo("run", 0, 10, List.of(a.spec(), b.spec()), PROV),
        Continuation.of(source, prefix, state, java.util.Map.of()), EpisodeListener.NONE);
    assertThat(continued.status()).isEqualTo(EpisodeStatus.COMPLETED);
    // one request, for round 3, carrying the two remembered turns exactly as the original third request did
    assertThat(server.requests()).hasSize(before + 1);
    assertThat(server.requests().get(before).body().path("messages")).isEqualTo(original);
  }

  static Integer parse(Game<Integer> g, Step step) {
    return ((dev.parley.core.game.ParseResult.Ok<Integer>) g.codec().parse(step.action())).action();
  }

  @Test
  void structuredOutputAsksForOneOfTheLegalMovesUnderASchema() {
    AtomicInteger n = new AtomicInteger();
    server.responder(r -> switch (n.getAndIncrement()) {
      case 0 -> "{\"move\": \"Option F\"}";
      case 1 -> "Sure! Option J is best.";
      default -> "```json\n{\"move\": \"Option J\"}\n```";
    });
    Episode e = play("repeated(stage=pd,rounds=2)", model("&output=json"), "tft", 4, RunnerConfig.DEFAULT);
    assertThat(e.status()).isEqualTo(EpisodeStatus.COMPLETED);
    assertThat(seat(e, 0)).extracting(Step::action).containsExactly("D", "C");
    var format = server.requests().get(0).body().path("response_format");
    assertThat(format.path("type").asText()).isEqualTo("json_schema");
    var schema = format.path("json_schema").path("schema");
    assertThat(schema.path("required").toString()).isEqualTo("[\"move\"]");
    assertThat(schema.path("properties").path("move").path("enum").toString()).isEqualTo("[\"Option J\",\"Option F\"]");
    assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(server.requests().get(0).lastUserMessage()).contains("Answer with a JSON object only");
    // the prose answer was re-asked, with the reason, under the same schema
    DecisionTrace second = seat(e, 0).get(1).trace();
    assertThat(second.attempts()).extracting(DecisionTrace.ParseAttempt::outcome).containsExactly("malformed", "ok");
    assertThat(second.attempts().get(0).reason()).contains("not a JSON object with a string field \"move\"");
    assertThat(second.notes()).containsEntry("output", "json");
    assertThat(server.requests().get(2).body().path("response_format").path("type").asText()).isEqualTo("json_schema");
  }

  @Test
  void structuredChainOfThoughtPutsTheReasoningFirst() {
    server.responder(r -> "{\"reasoning\": \"They copy me, so I cooperate.\", \"move\": \"Option J\"}");
    Episode e = play("repeated(stage=pd,rounds=1)", model("&output=json&strategy=cot"), "tft", 4, RunnerConfig.DEFAULT);
    assertThat(seat(e, 0)).extracting(Step::action).containsExactly("C");
    var schema = server.requests().get(0).body().path("response_format").path("json_schema").path("schema");
    assertThat(schema.path("required").toString()).isEqualTo("[\"reasoning\",\"move\"]");
    assertThat(server.requests().get(0).lastUserMessage()).contains("step by step in \"reasoning\"");
  }

  @Test
  void everyFaultEndsInACompletedEpisodeOrARecordedViolation() {
    server.enqueue(new Fault.RateLimited(1), new Fault.Status(500), new Fault.Status(503), new Fault.Truncated(),
        new Fault.NoChoices(), new Fault.Slow(Duration.ofSeconds(2)));
    Episode healed = play(model("&retries=6"), 11);
    assertThat(healed.status()).isEqualTo(EpisodeStatus.COMPLETED);
    assertThat(healed.violations()).isEmpty();
    for (int i = 0; i < 40; i++) {
      server.enqueue(new Fault.Status(503));
    }
    Episode broken = play(model("&retries=1"), 12);
    assertThat(broken.status()).isEqualTo(EpisodeStatus.FORFEIT);
    assertThat(broken.violations()).extracting(Violation::kind).contains(Violation.Kind.AGENT_ERROR);
    assertThat(broken.violations().get(0).detail()).contains("HTTP 503");
    assertThat(meter.total().failures()).isPositive();
  }

  @Test
  void theDecisionTimeoutStopsAHungModel() {
    server.delay(Duration.ofSeconds(3));
    long start = System.nanoTime();
    Episode e = play("repeated(stage=pd,rounds=1)", model("&retries=0&format_retries=0").replace("timeout=500ms", "timeout=10s"),
        "tft", 1, RunnerConfig.DEFAULT.withTimeout(Duration.ofMillis(200)).withPolicy(IllegalActionPolicy.FORFEIT));
    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.kind()).isEqualTo(Violation.Kind.TIMEOUT));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void replayingFromTheCacheGivesTheSameEpisodeWithoutARequest() {
    server.responder(r -> r.lastUserMessage().contains("round 2") ? "Option F" : "Option J");
    Episode first = play(model("&temperature=0.9"), 21);
    int asked = server.requests().size();
    Episode again = play(model("&temperature=0.9"), 21);
    assertThat(server.requests()).hasSize(asked);
    assertThat(again.withoutTiming().steps()).extracting(Step::action)
        .isEqualTo(first.withoutTiming().steps().stream().map(Step::action).collect(Collectors.toList()));
    assertThat(seat(again, 0).get(0).trace().notes()).containsEntry("cached_calls", "1");
    assertThat(meter.total().cached()).isEqualTo(3);
    play(model("&temperature=0.9"), 22);
    assertThat(server.requests()).hasSize(asked * 2);
    assertThat(server.requests().get(0).body().path("seed").asLong())
        .isNotEqualTo(server.requests().get(asked).body().path("seed").asLong());
  }

  @Test
  void aScaffoldsAdviceGoesInThePromptAndTheTrace() {
    Episode e = play("repeated(stage=pd,rounds=1)", model("&scaffold=always-cooperate"), "tft", 2, RunnerConfig.DEFAULT);
    assertThat(server.requests().get(0).lastUserMessage()).contains("Analysis (always-cooperate): cooperating builds "
        + "trust").contains("Suggested move: C");
    assertThat(seat(e, 0).get(0).trace().notes()).containsEntry("scaffold", "always-cooperate")
        .containsEntry("scaffold_suggestion", "C");
    Game<?> g = GameRegistry.discover().load("repeated");
    assertThatThrownBy(() -> AgentRegistry.discover(env).factory(model("&scaffold=always-cooperat"), g))
        .hasMessageContaining("unknown scaffold 'always-cooperat'").hasMessageContaining("did you mean");
  }
}
