package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.agent.DecisionTrace;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Provenance;
import dev.parley.core.episode.Step;
import dev.parley.core.episode.Violation;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.tournament.InMemoryRunStore;
import dev.parley.core.tournament.Progress;
import dev.parley.core.tournament.RunRecord;
import dev.parley.core.tournament.RunStatus;
import dev.parley.core.tournament.Tournament;
import dev.parley.core.tournament.TournamentPlan;
import dev.parley.core.tournament.TournamentResults;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store must do; subclasses open SQLite and PostgreSQL. */
abstract class StoreContract {
  static final Provenance PROV = new Provenance("0.1.0", "abc123", "repeated-v1", "cfg1");
  JdbcRunStore store;

  abstract String target();

  JdbcRunStore open() {
    return JdbcRunStore.open(target());
  }

  @BeforeEach
  void setUp() {
    store = open();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  static String newRunId() {
    return "run-" + UUID.randomUUID();
  }

  static RunRecord run(String id, long planned) {
    return new RunRecord(id, "tournament", "test", "repeated(stage=pd)", Map.of("seed", "1", "agents", "tft\nalld"),
        1, planned, RunStatus.RUNNING, 1_700_000_000_000L, 0, PROV);
  }

  static Episode episode(String runId, long match) {
    DecisionTrace trace = new DecisionTrace("Which option? \"quoted\"\nline", "Option J",
        List.of(new DecisionTrace.ParseAttempt("Optoin J", "malformed", "names no option"),
            new DecisionTrace.ParseAttempt("Option J", "ok", null)),
        new DecisionTrace.Usage(120, 3), Map.of("prediction", "F"));
    List<Step> steps = List.of(new Step(0, -1, "order:1", null), new Step(1, 0, "C", trace),
        new Step(1, 1, "D", null), new Step(2, 0, "D", null), new Step(2, 1, "D\t\u00e9", null));
    List<Violation> violations = match % 2 == 0 ? List.of() : List.of(
        new Violation(1, 0, Violation.Kind.MALFORMED, "names no option", Violation.Resolution.REPROMPTED),
        new Violation(2, 1, Violation.Kind.NOT_LEGAL, "bad", Violation.Resolution.FORFEIT));
    List<dev.parley.core.agent.Feedback> feedback = match % 2 == 0 ? List.of() : List.of(
        new dev.parley.core.agent.Feedback(0, 0.25, Map.of("speed", 0.5), List.of("Open higher.", "Concede slower."),
            Map.of("first_offer", 2.0), "Your first offer was low.", "rule"),
        dev.parley.core.agent.Feedback.text(0, "constant", "Play again and do better.", List.of()));
    return new Episode(runId, match, "repeated(stage=pd)", List.of("llm", "alld"), 77 + match, steps,
        List.of(1.5, -2.0), violations, match % 2 == 0 ? EpisodeStatus.COMPLETED : EpisodeStatus.FORFEIT, PROV,
        1_700_000_000_123L, 456_789, feedback);
  }

  static List<Episode> read(JdbcRunStore s, String runId) {
    List<Episode> out = new ArrayList<>();
    s.forEachEpisode(runId, out::add);
    return out;
  }

  @Test
  void runsAreCreatedFoundAndUpdated() {
    String id = newRunId();
    store.createRun(run(id, 10));
    RunRecord r = store.findRun(id).orElseThrow();
    assertThat(r).isEqualTo(run(id, 10));
    assertThatThrownBy(() -> store.createRun(run(id, 10))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(id);
    store.updateStatus(id, RunStatus.COMPLETED, 1_700_000_009_000L);
    assertThat(store.findRun(id).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(store.findRun(id).orElseThrow().finishedAtMillis()).isEqualTo(1_700_000_009_000L);
    assertThat(store.runs()).extracting(RunRecord::id).contains(id);
    assertThat(store.findRun("no-such-run")).isEmpty();
  }

  @Test
  void episodesRoundTripWithTracesAndViolations() {
    String id = newRunId();
    store.createRun(run(id, 4));
    List<Episode> batch = List.of(episode(id, 0), episode(id, 1), episode(id, 3));
    store.append(id, batch);
    assertThat(read(store, id)).isEqualTo(batch);
    assertThat(store.countEpisodes(id)).isEqualTo(3);
    assertThat(store.completedMatches(id).stream().boxed().toList()).containsExactly(0, 1, 3);
  }

  @Test
  void aBatchWithAStoredEpisodeIsRejectedWhole() {
    String id = newRunId();
    store.createRun(run(id, 4));
    store.append(id, List.of(episode(id, 0)));
    assertThatThrownBy(() -> store.append(id, List.of(episode(id, 1), episode(id, 0))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("already stored");
    assertThat(store.countEpisodes(id)).isEqualTo(1);
    store.append(id, List.of(episode(id, 1)));
    assertThat(store.countEpisodes(id)).isEqualTo(2);
  }

  @Test
  void stepsAreQueryableThroughTheView() throws Exception {
    String id = newRunId();
    store.createRun(run(id, 1));
    store.append(id, List.of(episode(id, 0)));
    List<String> rows = new ArrayList<>();
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT step_index, move, seat, action FROM steps WHERE run_id = '" + id
            + "' ORDER BY step_index")) {
      while (rs.next()) {
        rows.add(rs.getInt(1) + ":" + rs.getInt(2) + ":" + rs.getInt(3) + ":" + rs.getString(4));
      }
    }
    store.connection().commit();
    assertThat(rows).containsExactly("0:0:-1:order:1", "1:1:0:C", "2:1:1:D", "3:2:0:D", "4:2:1:D\t\u00e9");
  }

  @Test
  void reopeningKeepsDataAndDoesNotMigrateTwice() {
    String id = newRunId();
    store.createRun(run(id, 1));
    store.append(id, List.of(episode(id, 0)));
    store.close();
    store = open();
    assertThat(read(store, id)).containsExactly(episode(id, 0));
  }

  @Test
  void unknownRunsAreNamed() {
    assertThatThrownBy(() -> store.completedMatches("nope")).hasMessageContaining("no run 'nope'");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aTournamentResumedAfterAFailureStoresEveryMatchOnce() {
    Game<Integer> game = (Game<Integer>) GameRegistry.discover().load("repeated(stage=pd,rounds=10)");
    AgentRegistry agents = AgentRegistry.discover();
    List<AgentFactory<Integer>> zoo = new ArrayList<>();
    for (String s : List.of("allc", "alld", "tft", "grim", "random(p=0.3)")) {
      zoo.add(agents.factory(s, game));
    }
    TournamentPlan plan = new TournamentPlan(zoo.size(), 2, 120, true, true);
    Tournament<Integer> t = new Tournament<>(game, zoo, plan, new EpisodeRunner(RunnerConfig.DEFAULT), 99, PROV);

    InMemoryRunStore reference = new InMemoryRunStore();
    reference.createRun(run("ref", plan.size()));
    TournamentResults expected = t.run("ref", reference, 1, Progress.NONE);

    String id = newRunId();
    store.createRun(run(id, plan.size()));
    FailingStore failing = new FailingStore(store, 2);
    assertThatThrownBy(() -> t.run(id, failing, 2, Progress.NONE)).hasMessageContaining("simulated crash");
    long partial = store.countEpisodes(id);
    assertThat(partial).isBetween(1L, (long) plan.size() - 1);
    TournamentResults resumed = t.run(id, store, 2, Progress.NONE);
    assertThat(store.countEpisodes(id)).isEqualTo(plan.size());

    List<Episode> want = new ArrayList<>();
    reference.forEachEpisode("ref", e -> want.add(e.withoutTiming()));
    List<Episode> got = new ArrayList<>();
    store.forEachEpisode(id, e -> got.add(e.withoutTiming()));
    assertThat(got).hasSize(want.size());
    for (int i = 0; i < want.size(); i++) {
      assertThat(got.get(i).steps()).isEqualTo(want.get(i).steps());
      assertThat(got.get(i).returns()).isEqualTo(want.get(i).returns());
      assertThat(got.get(i).seed()).isEqualTo(want.get(i).seed());
    }
    for (int a = 0; a < zoo.size(); a++) {
      assertThat(resumed.meanReturn(a)).isEqualTo(expected.meanReturn(a));
      for (int b = 0; b < zoo.size(); b++) {
        assertThat(resumed.meanAgainst(a, b)).isEqualTo(expected.meanAgainst(a, b));
      }
    }
  }

  /** Passes the first {@code okAppends} appends through, then fails like a crash. */
  static final class FailingStore implements dev.parley.core.tournament.RunStore {
    final JdbcRunStore delegate;
    int okAppends;

    FailingStore(JdbcRunStore delegate, int okAppends) {
      this.delegate = delegate;
      this.okAppends = okAppends;
    }

    @Override
    public void createRun(RunRecord run) {
      delegate.createRun(run);
    }

    @Override
    public java.util.Optional<RunRecord> findRun(String runId) {
      return delegate.findRun(runId);
    }

    @Override
    public List<RunRecord> runs() {
      return delegate.runs();
    }

    @Override
    public java.util.BitSet completedMatches(String runId) {
      return delegate.completedMatches(runId);
    }

    @Override
    public void append(String runId, List<Episode> episodes) {
      if (okAppends-- <= 0) {
        throw new IllegalStateException("simulated crash");
      }
      delegate.append(runId, episodes);
    }

    @Override
    public void updateStatus(String runId, RunStatus status, long finishedAtMillis) {
      delegate.updateStatus(runId, status, finishedAtMillis);
    }

    @Override
    public void forEachEpisode(String runId, java.util.function.Consumer<Episode> action) {
      delegate.forEachEpisode(runId, action);
    }

    @Override
    public long countEpisodes(String runId) {
      return delegate.countEpisodes(runId);
    }

    @Override
    public void close() {}
  }

  @Test
  void theResponseCacheKeepsRepliesAcrossConnections() {
    String key = "k-" + UUID.randomUUID();
    var request = new dev.parley.core.llm.ChatRequest(List.of(dev.parley.core.llm.ChatMessage.user("hi")), 0.7, null,
        10, 5L, List.of(), null, true, 1, new dev.parley.core.llm.ChatRequest.Sample(3, 4));
    var reply = new dev.parley.core.llm.ChatResponse("Option J", dev.parley.core.llm.ChatResponse.FinishReason.STOP,
        new dev.parley.core.llm.ChatResponse.TokenUsage(12, 2),
        List.of(new dev.parley.core.llm.ChatResponse.TokenLogprob("Option", -0.5,
            List.of(new dev.parley.core.llm.ChatResponse.Alternative("Option", -0.5)))), "tiny", false);
    try (JdbcResponseCache cache = JdbcResponseCache.open(target())) {
      assertThat(cache.get(key)).isEmpty();
      cache.put(key, "model-id", request, reply);
      cache.put(key, "model-id", request, new dev.parley.core.llm.ChatResponse("other",
          dev.parley.core.llm.ChatResponse.FinishReason.STOP, null, null, "tiny", false));
    }
    try (JdbcResponseCache cache = JdbcResponseCache.open(target())) {
      assertThat(cache.get(key)).contains(reply);
    }
  }

  @Test
  void ratingsAreStoredPerRunAndMethodAndReplaced() {
    String id = newRunId();
    store.createRun(run(id, 1));
    store.saveRatings(id, "bradley-terry", List.of(new RatingRow("tft", 1010.5, 990, 1030, 40),
        new RatingRow("alld", 989.5, 970, 1008, 40)));
    store.saveRatings(id, "elo", List.of(new RatingRow("tft", 1001, Double.NaN, Double.NaN, 40)));
    assertThat(store.ratings(id, "bradley-terry")).extracting(RatingRow::agent).containsExactly("tft", "alld");
    assertThat(store.ratings(id, "elo")).singleElement().satisfies(r -> assertThat(r.lower()).isNaN());
    store.saveRatings(id, "bradley-terry", List.of(new RatingRow("grim", 1000, 999, 1001, 2)));
    assertThat(store.ratings(id, "bradley-terry")).extracting(RatingRow::agent).containsExactly("grim");
    assertThatThrownBy(() -> store.saveRatings("nope", "elo", List.of())).hasMessageContaining("no run 'nope'");
  }
}
