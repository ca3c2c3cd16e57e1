package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Provenance;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.tournament.InMemoryRunStore;
import dev.parley.core.tournament.Progress;
import dev.parley.core.tournament.RunRecord;
import dev.parley.core.tournament.RunStatus;
import dev.parley.core.tournament.Tournament;
import dev.parley.core.tournament.TournamentPlan;
import dev.parley.core.tournament.TournamentResults;
import dev.parley.testkit.RunStoreConformance;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
    return RunStoreConformance.newRunId();
  }

  static RunRecord run(String id, long planned) {
    return RunStoreConformance.run(id, planned, 1_700_000_000_000L);
  }

  static Episode episode(String runId, long match) {
    return RunStoreConformance.episode(runId, match);
  }

  @Test
  void keepsTheRunStoreContract() {
    RunStoreConformance.Report r = RunStoreConformance.of(this::open).persistent().check();
    assertThat(r.runs()).isEqualTo(6);
    assertThat(r.episodes()).isEqualTo(8);
    assertThat(r.reopened()).isTrue();
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
  static final class FailingStore extends dev.parley.core.tournament.ForwardingRunStore {
    int okAppends;

    FailingStore(JdbcRunStore delegate, int okAppends) {
      super(delegate);
      this.okAppends = okAppends;
    }

    @Override
    public void append(String runId, List<Episode> episodes) {
      if (okAppends-- <= 0) {
        throw new IllegalStateException("simulated crash");
      }
      super.append(runId, episodes);
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
