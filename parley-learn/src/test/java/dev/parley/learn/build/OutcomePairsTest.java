package dev.parley.learn.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.Decision;
import dev.parley.core.agent.DecisionTrace;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.MatchInfo;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Step;
import dev.parley.core.game.Game;
import dev.parley.core.game.Observation;
import dev.parley.learn.data.Content;
import dev.parley.learn.data.Dataset;
import dev.parley.learn.data.PreferenceRecord;
import dev.parley.learn.data.RecordMetadata;
import dev.parley.learn.data.Source;
import dev.parley.learn.data.TrlJsonl;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Outcome pairs from a stored bargaining run of scripted negotiators (72 episodes). */
class OutcomePairsTest {
  static final List<Episode> RUN = StoredRuns.bargainingRun();
  static final Dataset<PreferenceRecord> PAIRS =
      new OutcomePairs(OutcomePairs.Config.DEFAULT).build(RUN, StoredRuns.GAMES::load);

  /** Every decision of the run, by independently re-derived context, then completion: outcomes. */
  static Map<PromptContext, Map<String, List<Double>>> outcomesByContext() {
    Map<PromptContext, Map<String, List<Double>>> m = new LinkedHashMap<>();
    for (Episode e : RUN) {
      if (e.status() != EpisodeStatus.COMPLETED) {
        continue;
      }
      for (int i = 0; i < e.steps().size(); i++) {
        Step s = e.steps().get(i);
        m.computeIfAbsent(StoredRuns.shownAt(e, i), k -> new LinkedHashMap<>())
            .computeIfAbsent(s.action(), k -> new ArrayList<>()).add(e.returnOf(s.seat()));
      }
    }
    return m;
  }

  /** The canonical action text of a scripted completion (written as the format instructions ask). */
  static String canonical(String completion) {
    var codec = StoredRuns.game(StoredRuns.GAME).codec();
    return codec.encode(((dev.parley.core.game.ParseResult.Ok<Object>) codec.parse(completion)).action());
  }

  static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  static String text(Content c) {
    return ((Content.Text) c).text();
  }

  /** {@code run/match#step} occurrences of one side. */
  static List<String[]> occurrences(PreferenceRecord r, String prefix) {
    List<String[]> out = new ArrayList<>();
    for (String o : r.metadata().attributes().get(prefix + Attributes.OCCURRENCES).split(",")) {
      out.add(o.split("#"));
    }
    return out;
  }

  static Set<String> episodesOf(Dataset<PreferenceRecord> d) {
    Set<String> s = new HashSet<>();
    for (PreferenceRecord r : d.records()) {
      for (String prefix : List.of(Attributes.CHOSEN, Attributes.REJECTED)) {
        occurrences(r, prefix).forEach(o -> s.add(o[0]));
      }
    }
    return s;
  }

  @Test
  void noPairHasSidesFromDifferentPromptContexts() {
    assertThat(PAIRS.size()).isGreaterThan(100);
    for (PreferenceRecord r : PAIRS.records()) {
      Map<String, String> a = r.metadata().attributes();
      PromptContext expected = null;
      for (String prefix : List.of(Attributes.CHOSEN, Attributes.REJECTED)) {
        String completion = text(prefix.equals(Attributes.CHOSEN) ? r.chosen() : r.rejected());
        for (String[] o : occurrences(r, prefix)) {
          Episode e = StoredRuns.episode(RUN, o[0]);
          int step = Integer.parseInt(o[1]);
          PromptContext shown = StoredRuns.shownAt(e, step);
          if (expected == null) {
            expected = shown;
          }
          assertThat(shown).isEqualTo(expected);
          // a scripted move is written as the format instructions ask; it reads back as the stored action
          assertThat(canonical(completion)).isEqualTo(e.steps().get(step).action());
        }
      }
      assertThat(text(r.prompt())).isEqualTo(expected.prompt());
      assertThat(a.get(Attributes.CONTEXT_KEY)).isEqualTo(expected.key());
      assertThat(a.get(Attributes.GAME_SPEC)).isEqualTo(expected.game());
      assertThat(a.get(Attributes.SEAT)).isEqualTo(Integer.toString(expected.seat()));
      assertThat(r.chosen()).isNotEqualTo(r.rejected());
    }
  }

  @Test
  void everyPairPrefersTheCompletionWithTheHigherMeanReturnAndThereIsOnePairPerDifferentMean() {
    Map<PromptContext, Map<String, List<Double>>> byContext = outcomesByContext();
    int expectedPairs = 0;
    for (Map<String, List<Double>> completions : byContext.values()) {
      List<Double> means = completions.values().stream().map(OutcomePairsTest::mean).toList();
      for (int i = 0; i < means.size(); i++) {
        for (int j = i + 1; j < means.size(); j++) {
          expectedPairs += means.get(i).doubleValue() != means.get(j).doubleValue() ? 1 : 0;
        }
      }
    }
    assertThat(PAIRS.size()).isEqualTo(expectedPairs);
    for (PreferenceRecord r : PAIRS.records()) {
      Episode e = StoredRuns.episode(RUN, r.metadata().episodeId());
      Map<String, List<Double>> completions = byContext.get(StoredRuns.shownAt(e,
          Integer.parseInt(r.metadata().attributes().get(Attributes.CHOSEN + Attributes.STEP))));
      double chosen = mean(completions.get(canonical(text(r.chosen()))));
      double rejected = mean(completions.get(canonical(text(r.rejected()))));
      assertThat(chosen).isGreaterThan(rejected);
      assertThat(r.margin()).isCloseTo(chosen - rejected, within(1e-12));
      assertThat(Double.parseDouble(r.metadata().attributes().get(Attributes.CHOSEN + Attributes.OUTCOME)))
          .isCloseTo(chosen, within(1e-12));
      assertThat(r.metadata().attributes().get(Attributes.CHOSEN + Attributes.COUNT))
          .isEqualTo(Integer.toString(completions.get(canonical(text(r.chosen()))).size()));
      int comparisons = completions.get(canonical(text(r.chosen()))).size() * completions.get(canonical(text(r.rejected()))).size();
      if (comparisons == 1) {
        assertThat(r.metadata().probability()).isNull();
      } else {
        assertThat(r.metadata().probability()).isBetween(0.0, 1.0);
      }
    }
  }

  @Test
  void everyRowCarriesItsProvenance() {
    for (PreferenceRecord r : PAIRS.records()) {
      RecordMetadata m = r.metadata();
      Episode chosen = StoredRuns.episode(RUN, m.episodeId());
      assertThat(m.source()).isEqualTo(Source.OUTCOME);
      assertThat(m.seed()).isEqualTo(chosen.seed());
      assertThat(m.seats()).isEqualTo(chosen.seats());
      assertThat(m.game()).isEqualTo("bargaining-v1");
      assertThat(m.provenance()).isEqualTo(StoredRuns.provenance(StoredRuns.game(StoredRuns.GAME)));
      assertThat(m.group()).isNotNull();
      Map<String, String> a = m.attributes();
      for (String prefix : List.of(Attributes.CHOSEN, Attributes.REJECTED)) {
        Episode e = StoredRuns.episode(RUN, a.get(prefix + Attributes.EPISODE));
        assertThat(a.get(prefix + Attributes.RUN)).isEqualTo(StoredRuns.RUN);
        assertThat(a.get(prefix + Attributes.MATCH)).isEqualTo(Long.toString(e.matchIndex()));
        assertThat(a.get(prefix + Attributes.SEED)).isEqualTo(Long.toString(e.seed()));
        assertThat(a.get(prefix + Attributes.CONFIG_HASH)).isEqualTo("cfg-7e1f");
        assertThat(a.get(prefix + Attributes.GIT_COMMIT)).isEqualTo("0123abcd");
        assertThat(a.get(prefix + Attributes.SEATS)).isEqualTo(String.join(",", e.seats()));
        assertThat(a).containsKey(prefix + Attributes.STEP);
      }
      assertThat(a.get(Attributes.MEASURE)).isEqualTo("return");
    }
  }

  @Test
  void identicalCompletionsAreOneSideAndRowsAreDistinct() {
    assertThat(PAIRS.deduplicate().size()).isEqualTo(PAIRS.size());
    Set<List<String>> seen = new HashSet<>();
    for (PreferenceRecord r : PAIRS.records()) {
      String context = r.metadata().attributes().get(Attributes.CONTEXT_KEY);
      assertThat(seen.add(List.of(context, text(r.chosen()), text(r.rejected())))).isTrue();
      assertThat(seen.contains(List.of(context, text(r.rejected()), text(r.chosen())))).isFalse();
    }
  }

  @Test
  void aSplitNeverLeaksAnEpisode() {
    Dataset.Split<PreferenceRecord> byGroup = PAIRS.splitByGroup(0.3, 7);
    assertDisjoint(episodesOf(byGroup.train()), episodesOf(byGroup.test()));
    assertThat(byGroup.train().size() + byGroup.test().size()).isEqualTo(PAIRS.size());

    Dataset.Split<PreferenceRecord> split = new OutcomePairs(OutcomePairs.Config.DEFAULT)
        .buildSplit(RUN, StoredRuns.GAMES::load, 0.25, 7);
    assertThat(split.train().size()).isPositive();
    assertThat(split.test().size()).isPositive();
    assertDisjoint(episodesOf(split.train()), episodesOf(split.test()));
    assertThat(episodesOf(split.test()).size()).isLessThanOrEqualTo(18);
    assertThat(new OutcomePairs(OutcomePairs.Config.DEFAULT).buildSplit(RUN, StoredRuns.GAMES::load, 0.25, 7))
        .isEqualTo(split);
  }

  static void assertDisjoint(Set<String> train, Set<String> test) {
    Set<String> both = new HashSet<>(train);
    both.retainAll(test);
    assertThat(both).isEmpty();
  }

  @Test
  void rowsOfOneEpisodeAreGroupedByThatEpisode() {
    Episode e = RUN.get(0);
    List<DecisionPoint> points = DecisionPoints.of(e, StoredRuns.game(e.game()), OutcomeMeasure.RETURN);
    assertThat(points).hasSize(e.steps().size());
    // The same decision read twice with different outcomes: one episode, one group.
    DecisionPoint p = points.get(0);
    DecisionPoint other = new DecisionPoint(p.context(), "walk", "walk", "walk", e, 0, -1, p.outcome() - 1);
    Dataset<PreferenceRecord> rows = new OutcomePairs(OutcomePairs.Config.DEFAULT).fromPoints(List.of(p, other));
    assertThat(rows.records()).singleElement().satisfies(r -> {
      assertThat(r.metadata().group()).isEqualTo(e.id());
      assertThat(r.margin()).isEqualTo(1.0);
      assertThat(text(r.rejected())).isEqualTo("walk");
    });
  }

  @Test
  void differentMovesDropsPairsThatDifferOnlyInTalk() {
    // the negotiators talk from templates, so one offer comes with several messages
    Dataset<PreferenceRecord> all = new OutcomePairs(OutcomePairs.Config.DEFAULT).build(RUN, StoredRuns.GAMES::load);
    Dataset<PreferenceRecord> moves = new OutcomePairs(OutcomePairs.Config.DEFAULT.withDifferentMoves(true))
        .build(RUN, StoredRuns.GAMES::load);
    long talkOnly = all.records().stream().filter(r -> move(r.chosen()).equals(move(r.rejected()))).count();
    // contexts recur only where the scripted moves are fixed, so every pair of the run is talk only
    assertThat(talkOnly).isEqualTo(all.size()).isPositive();
    assertThat(moves.size()).isZero();
    // one context, three answers: two make the same offer in other words, one walks away
    Episode e = RUN.get(0);
    DecisionPoint p = DecisionPoints.of(e, StoredRuns.game(e.game()), OutcomeMeasure.RETURN).get(0);
    DecisionPoint sameMove = new DecisionPoint(p.context(), p.completion() + " Really.", p.action() + " Really.",
        p.move(), e, 0, -1, p.outcome() + 2);
    DecisionPoint walk = new DecisionPoint(p.context(), "walk", "walk", "walk", e, 0, -1, p.outcome() - 1);
    List<PreferenceRecord> kept = new OutcomePairs(OutcomePairs.Config.DEFAULT.withDifferentMoves(true))
        .fromPoints(List.of(p, sameMove, walk)).records();
    assertThat(new OutcomePairs(OutcomePairs.Config.DEFAULT).fromPoints(List.of(p, sameMove, walk)).size()).isEqualTo(3);
    assertThat(kept).hasSize(2).allSatisfy(r -> {
      assertThat(text(r.rejected())).isEqualTo("walk");
      assertThat(r.metadata().attributes()).containsEntry(Attributes.REJECTED + Attributes.MOVE, "walk")
          .containsEntry(Attributes.CHOSEN + Attributes.MOVE, p.move());
    });
    // best against worst: the worst side making another move than the best one, not the worst overall
    DecisionPoint sameMoveWorst = new DecisionPoint(p.context(), p.completion() + " Sorry.", p.action() + " Sorry.",
        p.move(), e, 0, -1, p.outcome() - 5);
    List<PreferenceRecord> bestWorst = new OutcomePairs(OutcomePairs.Config.DEFAULT.withDifferentMoves(true)
        .withPairing(OutcomePairs.Pairing.BEST_WORST)).fromPoints(List.of(p, sameMove, walk, sameMoveWorst)).records();
    assertThat(bestWorst).singleElement().satisfies(r -> {
      assertThat(text(r.chosen())).isEqualTo(sameMove.completion());
      assertThat(text(r.rejected())).isEqualTo("walk");
    });
  }

  /** The move of a scripted negotiator's answer: its first line ("OFFER 20.00"), the talk follows. */
  static String move(Content c) {
    return text(c).lines().findFirst().orElse("");
  }

  @Test
  void bestWorstAndTheGapLimitThePairs() {
    OutcomePairs.Config c = OutcomePairs.Config.DEFAULT;
    Dataset<PreferenceRecord> bestWorst = new OutcomePairs(c.withPairing(OutcomePairs.Pairing.BEST_WORST))
        .build(RUN, StoredRuns.GAMES::load);
    Set<String> contexts = new HashSet<>();
    for (PreferenceRecord r : bestWorst.records()) {
      assertThat(contexts.add(r.metadata().attributes().get(Attributes.CONTEXT_KEY))).isTrue();
    }
    Dataset<PreferenceRecord> wide = new OutcomePairs(c.withMinGap(2)).build(RUN, StoredRuns.GAMES::load);
    assertThat(wide.size()).isLessThan(PAIRS.size());
    assertThat(wide.records()).allSatisfy(r -> assertThat(r.margin()).isGreaterThan(2));
    assertThatThrownBy(() -> c.withMinGap(-1)).hasMessageContaining("minGap").hasMessageContaining("-1");
    assertThatThrownBy(() -> new OutcomePairs.Config(0, OutcomePairs.Pairing.ALL, Set.of(), OutcomeMeasure.RETURN))
        .hasMessageContaining("statuses");
  }

  @Test
  void aGameMetricCanBeTheOutcome() {
    OutcomeMeasure utility = OutcomeMeasure.metric("utility", StoredRuns.GAMES::load);
    Dataset<PreferenceRecord> byUtility = new OutcomePairs(OutcomePairs.Config.DEFAULT.withMeasure(utility))
        .build(RUN, StoredRuns.GAMES::load);
    // In bargaining a seat's utility is its return.
    assertThat(byUtility.size()).isEqualTo(PAIRS.size());
    assertThat(byUtility.records().get(0).metadata().attributes().get(Attributes.MEASURE)).isEqualTo("metric:utility");
    OutcomeMeasure missing = OutcomeMeasure.metric("charm", StoredRuns.GAMES::load);
    assertThatThrownBy(() -> missing.of(RUN.get(0), 0)).hasMessageContaining("'charm'");
  }

  @Test
  void theDatasetRoundTripsThroughTrlJsonl() throws Exception {
    TrlJsonl io = TrlJsonl.withMetadata();
    StringWriter w = new StringWriter();
    io.write(PAIRS.records(), w);
    assertThat(io.read(new StringReader(w.toString()))).isEqualTo(new ArrayList<>(PAIRS.records()));
  }

  /** A stand-in model-driven agent: plays {@code move} and leaves a trace with a prompt and raw reply. */
  record Traced(String prompt, String reply, int move) implements Agent<Object> {
    @Override
    public Decision<Object> act(Observation observation, List<Object> legal) {
      return Decision.of(move, new DecisionTrace(prompt, reply, List.of(), null, Map.of()));
    }
  }

  @Test
  void modelDrivenStepsUseTheirTracePromptAndRawReply() {
    Game<Object> pd = StoredRuns.game("repeated(stage=pd,rounds=1)");
    Agent<Object> alld = StoredRuns.AGENTS.factory("alld", pd).create();
    EpisodeRunner runner = new EpisodeRunner(RunnerConfig.DEFAULT);
    List<Episode> episodes = new ArrayList<>();
    String prompt = "[system]\nYou play the Prisoner's Dilemma.\n[user]\nYour move?\n";
    List<Agent<Object>> firsts = List.of(new Traced(prompt, "I cooperate: C", 0), new Traced(prompt, "I defect: D", 1),
        new Traced(prompt + "[user]\nThat answer cannot be used.\n", "D", 1));
    for (int i = 0; i < firsts.size(); i++) {
      episodes.add(runner.run(pd, List.of(firsts.get(i), alld), new MatchInfo("pd", i, i, List.of("model", "alld"),
          StoredRuns.provenance(pd))));
    }
    Dataset<PreferenceRecord> rows = new OutcomePairs(OutcomePairs.Config.DEFAULT).build(episodes, StoredRuns.GAMES::load);
    // C against D scores 0, D against D scores 1; the re-asked decision saw another prompt: no pair with it.
    assertThat(rows.records()).singleElement().satisfies(r -> {
      assertThat(text(r.prompt())).isEqualTo(prompt);
      assertThat(text(r.chosen())).isEqualTo("I defect: D");
      assertThat(text(r.rejected())).isEqualTo("I cooperate: C");
      assertThat(r.margin()).isEqualTo(1.0);
      assertThat(r.metadata().group()).isEqualTo("pd/0");
      assertThat(r.metadata().attributes().get(Attributes.CONTEXT_KEY)).isEqualTo(new PromptContext(pd.toString(), 0,
          pd.newInitialState().informationStateKey(0), prompt).key());
    });
  }

  @Test
  void aTamperedEpisodeFailsNamingTheMove() {
    Episode e = RUN.get(0);
    List<Step> steps = new ArrayList<>(e.steps());
    steps.set(1, new Step(1, 1, "offer 0.00", null));
    Episode bad = new Episode(e.runId(), e.matchIndex(), e.game(), e.seats(), e.seed(), steps, e.returns(),
        e.violations(), e.status(), e.provenance(), 0, 0);
    assertThatThrownBy(() -> DecisionPoints.of(bad, StoredRuns.game(e.game()), OutcomeMeasure.RETURN))
        .hasMessageContaining("episode " + e.id() + ", move 1").hasMessageContaining("offer 0.00");
    assertThatThrownBy(() -> DecisionPoints.of(e, StoredRuns.game("bargaining"), OutcomeMeasure.RETURN))
        .hasMessageContaining("is of game " + e.game());
  }

  @Test
  void contextKeysDifferInEveryFieldAndSidesMustMatch() {
    PromptContext c = new PromptContext("g", 0, "k", "p");
    assertThat(c.key()).hasSize(64).isEqualTo(new PromptContext("g", 0, "k", "p").key());
    assertThat(List.of(new PromptContext("h", 0, "k", "p").key(), new PromptContext("g", 1, "k", "p").key(),
        new PromptContext("g", 0, "j", "p").key(), new PromptContext("g", 0, "k", "q").key()))
        .doesNotContain(c.key()).doesNotHaveDuplicates();
    assertThat(new PromptContext("ab", 0, "c", "p").key()).isNotEqualTo(new PromptContext("a", 0, "bc", "p").key());
    assertThatThrownBy(() -> c.requireSame(new PromptContext("g", 0, "k", "q"), "pair 3"))
        .hasMessageContaining("pair 3").hasMessageContaining("different prompt contexts").hasMessageContaining("prompt");
    assertThatThrownBy(() -> new PromptContext("g", -1, "k", "p")).hasMessageContaining("seat").hasMessageContaining("-1");
  }
}
