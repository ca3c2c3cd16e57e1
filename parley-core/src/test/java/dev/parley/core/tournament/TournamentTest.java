package dev.parley.core.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.engine.Seeds;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Provenance;
import dev.parley.core.fixtures.CardGame;
import dev.parley.core.fixtures.PdGame;
import dev.parley.core.fixtures.ToyAgents;
import dev.parley.core.game.Game;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class TournamentTest {
  static final Provenance PROV = new Provenance("0.1", "abc", "card-v2", "hash");
  static final AgentRegistry AGENTS = ToyAgents.registry();
  static final CardGame CARD = new CardGame();
  static final List<String> CARD_AGENTS = List.of("random", "first", "random(bias=0.5)");
  static final long SEED = 1234;
  static final String RUN = "run-1";

  static <A> List<AgentFactory<A>> factories(Game<A> game, List<String> specs) {
    return specs.stream().map(s -> AGENTS.factory(s, game)).toList();
  }

  static Tournament<Integer> cardTournament(int repetitions) {
    return new Tournament<>(CARD, factories(CARD, CARD_AGENTS), new TournamentPlan(3, 2, repetitions, true, true),
        new EpisodeRunner(RunnerConfig.DEFAULT), SEED, PROV);
  }

  static InMemoryRunStore storeWithRun(String runId, long planned) {
    InMemoryRunStore store = new InMemoryRunStore();
    store.createRun(new RunRecord(runId, "tournament", "test", CARD.toString(), Map.of(), SEED, planned,
        RunStatus.RUNNING, 1, 0, PROV));
    return store;
  }

  static List<Episode> stored(RunStore store, String runId) {
    List<Episode> out = new ArrayList<>();
    store.forEachEpisode(runId, e -> out.add(e.withoutTiming()));
    return out;
  }

  /** Records progress calls. */
  static final class RecordingProgress implements Progress {
    final List<String> calls = new ArrayList<>();
    final List<Long> advanced = new ArrayList<>();

    @Override
    public void started(long total, long alreadyDone) {
      calls.add("started " + total + " " + alreadyDone);
    }

    @Override
    public void advanced(long done) {
      advanced.add(done);
    }

    @Override
    public void finished() {
      calls.add("finished");
    }
  }

  // ---------------------------------------------------------------- a full run

  @Test
  void everyPlannedEpisodeIsStoredExactlyOnce() {
    Tournament<Integer> t = cardTournament(20);
    InMemoryRunStore store = storeWithRun(RUN, t.plan().size());
    RecordingProgress progress = new RecordingProgress();
    TournamentResults results = t.run(RUN, store, 1, progress);

    assertThat(t.plan().size()).isEqualTo(180);
    assertThat(store.countEpisodes(RUN)).isEqualTo(180);
    BitSet done = store.completedMatches(RUN);
    assertThat(done.cardinality()).isEqualTo(180);
    assertThat(done.nextClearBit(0)).isEqualTo(180);
    List<Episode> episodes = stored(store, RUN);
    assertThat(episodes).extracting(Episode::matchIndex)
        .containsExactlyElementsOf(LongStream.range(0, 180).boxed().toList());
    for (Episode e : episodes) {
      int i = (int) e.matchIndex();
      int[] lineup = t.plan().lineup(i);
      assertThat(e.runId()).isEqualTo(RUN);
      assertThat(e.seed()).isEqualTo(Seeds.forMatch(SEED, i));
      assertThat(e.seats()).containsExactly(t.agentSpecs().get(lineup[0]), t.agentSpecs().get(lineup[1]));
      assertThat(e.game()).isEqualTo("card(p0=0.3)");
      assertThat(e.provenance()).isEqualTo(PROV);
      assertThat(e.status()).isEqualTo(EpisodeStatus.COMPLETED);
      assertThat(e).isEqualTo(t.play(RUN, i).withoutTiming());
    }
    assertThat(results.episodes()).isEqualTo(180);
    assertThat(results.agents()).containsExactly("random(bias=0)", "first", "random(bias=0.5)");
    assertThat(t.agentSpecs()).isEqualTo(results.agents());
    assertThat(progress.calls).containsExactly("started 180 0", "finished");
    assertThat(progress.advanced).isNotEmpty().isSorted().endsWith(180L);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void runningAFinishedTournamentAgainChangesNothing(int threads) {
    Tournament<Integer> t = cardTournament(5);
    InMemoryRunStore store = storeWithRun(RUN, t.plan().size());
    TournamentResults first = t.run(RUN, store, threads, Progress.NONE);
    List<Episode> before = stored(store, RUN);
    RecordingProgress progress = new RecordingProgress();
    TournamentResults again = t.run(RUN, store, threads, progress);
    assertThat(stored(store, RUN)).isEqualTo(before);
    assertThat(progress.calls).containsExactly("started 45 45", "finished");
    assertThat(progress.advanced).isEmpty();
    assertThat(again.episodes()).isEqualTo(first.episodes()).isEqualTo(45);
    for (int a = 0; a < 3; a++) {
      assertThat(again.wins(a)).isEqualTo(first.wins(a));
      assertThat(again.meanReturn(a)).isCloseTo(first.meanReturn(a), within(1e-9));
    }
  }

  @Test
  void storedEpisodesDoNotDependOnTheThreadCount() {
    Tournament<Integer> t = cardTournament(150);
    List<List<Episode>> runs = new ArrayList<>();
    List<TournamentResults> results = new ArrayList<>();
    for (int threads : new int[] {1, 2, 4}) {
      InMemoryRunStore store = storeWithRun(RUN, t.plan().size());
      results.add(t.run(RUN, store, threads, Progress.NONE));
      runs.add(stored(store, RUN));
    }
    assertThat(runs.get(0)).hasSize(1350);
    assertThat(runs.get(1)).isEqualTo(runs.get(0));
    assertThat(runs.get(2)).isEqualTo(runs.get(0));
    for (TournamentResults r : results) {
      assertThat(r.episodes()).isEqualTo(1350);
      for (int a = 0; a < 3; a++) {
        assertThat(r.wins(a)).isEqualTo(results.get(0).wins(a));
        assertThat(r.draws(a)).isEqualTo(results.get(0).draws(a));
        assertThat(r.losses(a)).isEqualTo(results.get(0).losses(a));
        for (int b = 0; b < 3; b++) {
          assertThat(r.meanAgainst(a, b)).isCloseTo(results.get(0).meanAgainst(a, b), within(1e-9));
        }
      }
    }
  }

  @Test
  void differentRunSeedsGiveDifferentEpisodes() {
    Tournament<Integer> a = cardTournament(1);
    Tournament<Integer> b = new Tournament<>(CARD, factories(CARD, CARD_AGENTS),
        new TournamentPlan(3, 2, 1, true, true), new EpisodeRunner(RunnerConfig.DEFAULT), SEED + 1, PROV);
    List<List<?>> stepsA = new ArrayList<>();
    List<List<?>> stepsB = new ArrayList<>();
    for (int i = 0; i < a.plan().size(); i++) {
      stepsA.add(a.play(RUN, i).steps());
      stepsB.add(b.play(RUN, i).steps());
    }
    assertThat(stepsA).isNotEqualTo(stepsB);
  }

  // ---------------------------------------------------------------- resume

  @ParameterizedTest(name = "threads={0}, crash {1} of append #{2}")
  @CsvSource({
      "1, BEFORE_COMMIT, 2",
      "1, AFTER_COMMIT,  2",
      "1, BEFORE_COMMIT, 1",
      "1, AFTER_COMMIT,  1",
      "4, BEFORE_COMMIT, 2",
      "4, AFTER_COMMIT,  2",
      "4, BEFORE_COMMIT, 1",
  })
  void resumeAfterACrashFinishesThePlanWithNothingLostOrDoubled(int threads, FailingRunStore.When when,
      int failingAppend) {
    // More than EpisodeStreamer.BATCH episodes, so the first run stores at least one batch before the end.
    Tournament<Integer> t = cardTournament(400);
    int total = t.plan().size();
    assertThat(total).isGreaterThan(2 * EpisodeStreamer.BATCH);

    InMemoryRunStore reference = storeWithRun(RUN, total);
    TournamentResults expected = t.run(RUN, reference, 1, Progress.NONE);

    InMemoryRunStore backing = storeWithRun(RUN, total);
    FailingRunStore failing = new FailingRunStore(backing, failingAppend, when);
    assertThatThrownBy(() -> t.run(RUN, failing, threads, Progress.NONE))
        .hasStackTraceContaining("simulated crash");
    long afterCrash = backing.countEpisodes(RUN);
    assertThat(afterCrash).as("the crash leaves the run unfinished").isLessThan(total);
    if (failingAppend > 1 || when == FailingRunStore.When.AFTER_COMMIT) {
      assertThat(afterCrash).as("something was stored before the crash").isPositive();
    } else {
      assertThat(afterCrash).isZero();
    }

    RecordingProgress progress = new RecordingProgress();
    TournamentResults resumed = t.run(RUN, failing, threads, progress);
    assertThat(progress.calls).containsExactly("started " + total + " " + afterCrash, "finished");
    assertThat(backing.countEpisodes(RUN)).isEqualTo(total);
    assertThat(stored(backing, RUN)).isEqualTo(stored(reference, RUN));

    assertThat(resumed.episodes()).isEqualTo(total);
    for (int a = 0; a < 3; a++) {
      assertThat(resumed.appearances(a)).isEqualTo(expected.appearances(a));
      assertThat(resumed.wins(a)).isEqualTo(expected.wins(a));
      assertThat(resumed.draws(a)).isEqualTo(expected.draws(a));
      assertThat(resumed.losses(a)).isEqualTo(expected.losses(a));
      assertThat(resumed.meanReturn(a)).isCloseTo(expected.meanReturn(a), within(1e-9));
      for (int b = 0; b < 3; b++) {
        assertThat(resumed.meetings(a, b)).isEqualTo(expected.meetings(a, b));
        assertThat(resumed.meanAgainst(a, b)).isCloseTo(expected.meanAgainst(a, b), within(1e-9));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void resumeSkipsStoredMatchesWhereverTheyAre(int threads) {
    Tournament<Integer> t = cardTournament(4);
    InMemoryRunStore store = storeWithRun(RUN, t.plan().size());
    // store matches 3, 10 and 20 by hand, as an earlier (parallel) run might have
    store.append(RUN, List.of(t.play(RUN, 3), t.play(RUN, 10), t.play(RUN, 20)));
    TournamentResults r = t.run(RUN, store, threads, Progress.NONE);
    assertThat(store.countEpisodes(RUN)).isEqualTo(36);
    assertThat(r.episodes()).isEqualTo(36);
    InMemoryRunStore reference = storeWithRun(RUN, t.plan().size());
    t.run(RUN, reference, 1, Progress.NONE);
    assertThat(stored(store, RUN)).isEqualTo(stored(reference, RUN));
  }

  // ---------------------------------------------------------------- results

  @Test
  void resultsOfAHandCheckableTournament() {
    PdGame pd = PdGame.rounds(1);
    List<AgentFactory<String>> agents = factories(pd, List.of("always(action=C)", "always(action=D)"));
    Tournament<String> t = new Tournament<>(pd, agents, new TournamentPlan(2, 2, 2, true, true),
        new EpisodeRunner(RunnerConfig.DEFAULT), 5, PROV);
    InMemoryRunStore store = storeWithRun(RUN, t.plan().size());
    TournamentResults r = t.run(RUN, store, 1, Progress.NONE);
    // lineups CC, CD, DC, DD twice: C gets 3,3 | 0 | 0 | - ; D gets - | 5 | 5 | 1,1
    assertThat(r.episodes()).isEqualTo(8);
    assertThat(r.statuses()).containsExactly(Map.entry(EpisodeStatus.COMPLETED, 8L));
    assertThat(r.meanAgainst(0, 0)).isEqualTo(3.0);
    assertThat(r.meanAgainst(0, 1)).isEqualTo(0.0);
    assertThat(r.meanAgainst(1, 0)).isEqualTo(5.0);
    assertThat(r.meanAgainst(1, 1)).isEqualTo(1.0);
    assertThat(r.meetings(0, 1)).isEqualTo(4);
    assertThat(r.meetings(0, 0)).isEqualTo(4);
    assertThat(r.appearances(0)).isEqualTo(8);
    assertThat(r.meanReturn(0)).isEqualTo(1.5);
    assertThat(r.meanReturn(1)).isEqualTo(3.0);
    assertThat(r.wins(0)).isZero();
    assertThat(r.draws(0)).isEqualTo(4);
    assertThat(r.losses(0)).isEqualTo(4);
    assertThat(r.wins(1)).isEqualTo(4);
    assertThat(r.draws(1)).isEqualTo(4);
    assertThat(r.losses(1)).isZero();
    assertThat(r.violations(0)).isZero();
  }

  @Test
  void titForTatAgainstDefectorOverThreeRounds() {
    PdGame pd = PdGame.rounds(3);
    List<AgentFactory<String>> agents = factories(pd, List.of("tft", "always(action=D)"));
    Tournament<String> t = new Tournament<>(pd, agents, new TournamentPlan(2, 2, 1, true, false),
        new EpisodeRunner(RunnerConfig.DEFAULT), 5, PROV);
    TournamentResults r = t.run(RUN, storeWithRun(RUN, 2), 1, Progress.NONE);
    assertThat(r.meanAgainst(0, 1)).isEqualTo(2.0);
    assertThat(r.meanAgainst(1, 0)).isEqualTo(7.0);
    assertThat(r.meanAgainst(0, 0)).isNaN();
    assertThat(r.wins(1)).isEqualTo(2);
    assertThat(r.losses(0)).isEqualTo(2);
  }

  @Test
  void violationsAndForfeitsAreCounted() {
    // "always(action=7)" always plays 7, which is never legal: re-prompted twice, then it forfeits.
    List<AgentFactory<Integer>> agents = factories(CARD, List.of("first", "always(action=7)"));
    Tournament<Integer> t = new Tournament<>(CARD, agents, new TournamentPlan(2, 2, 1, true, false),
        new EpisodeRunner(RunnerConfig.DEFAULT), 5, PROV);
    TournamentResults r = t.run(RUN, storeWithRun(RUN, 2), 1, Progress.NONE);
    assertThat(r.statuses()).containsExactly(Map.entry(EpisodeStatus.FORFEIT, 2L));
    assertThat(r.violations(0)).isZero();
    assertThat(r.violations(1)).isEqualTo(6);
    // the forfeiting seat gets minReturn (-3); "first" takes 0 chips, so it keeps 0
    assertThat(r.meanReturn(1)).isEqualTo(-3.0);
    assertThat(r.meanReturn(0)).isEqualTo(0.0);
    assertThat(r.wins(0)).isEqualTo(2);
    assertThat(r.losses(1)).isEqualTo(2);
  }

  @Test
  void truncatedEpisodesAreCountedByStatus() {
    PdGame pd = PdGame.rounds(2);
    List<AgentFactory<String>> agents = factories(pd, List.of("first", "last"));
    Tournament<String> t = new Tournament<>(pd, agents, new TournamentPlan(2, 2, 1, true, false),
        new EpisodeRunner(RunnerConfig.DEFAULT.withMaxMoves(1)), 5, PROV);
    TournamentResults r = t.run(RUN, storeWithRun(RUN, 2), 1, Progress.NONE);
    assertThat(r.statuses()).containsExactly(Map.entry(EpisodeStatus.TRUNCATED, 2L));
    assertThat(r.meanAgainst(1, 0)).isEqualTo(5.0);
  }

  // ---------------------------------------------------------------- errors

  @Test
  void planMustMatchAgentsAndSeats() {
    var agents = factories(CARD, CARD_AGENTS);
    EpisodeRunner runner = new EpisodeRunner(RunnerConfig.DEFAULT);
    assertThatThrownBy(() -> new Tournament<>(CARD, agents, new TournamentPlan(2, 2, 1, true, true), runner, 1,
        PROV)).hasMessageContaining("plan is for 2 agents, got 3");
    assertThatThrownBy(() -> new Tournament<>(CARD, agents, new TournamentPlan(3, 3, 1, true, true), runner, 1,
        PROV)).hasMessageContaining("plan has 3 seats, card(p0=0.3) has 2");
    Tournament<Integer> t = cardTournament(1);
    assertThatThrownBy(() -> t.run(RUN, storeWithRun(RUN, 9), 0, Progress.NONE))
        .hasMessageContaining("threads must be ≥ 1, was 0");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void anAgentThatCannotBeCreatedStopsTheRunWithTheCause(int threads) {
    // The codec cannot parse "x" as an integer, so creating this agent fails (outside any decision).
    List<AgentFactory<Integer>> agents = factories(CARD, List.of("first", "always(action=x)"));
    Tournament<Integer> t = new Tournament<>(CARD, agents, new TournamentPlan(2, 2, 50, true, false),
        new EpisodeRunner(RunnerConfig.DEFAULT), 1, PROV);
    InMemoryRunStore store = storeWithRun(RUN, t.plan().size());
    assertThatThrownBy(() -> t.run(RUN, store, threads, Progress.NONE))
        .hasStackTraceContaining("bad action x");
    assertThat(store.countEpisodes(RUN)).isLessThan(t.plan().size());
  }

  @Test
  void runMustExistInTheStore() {
    Tournament<Integer> t = cardTournament(1);
    assertThatThrownBy(() -> t.run("missing", new InMemoryRunStore(), 1, Progress.NONE))
        .hasMessageContaining("no run 'missing'");
  }
}
