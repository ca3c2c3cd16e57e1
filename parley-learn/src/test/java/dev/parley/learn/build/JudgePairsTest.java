package dev.parley.learn.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.critic.JudgeRequest;
import dev.parley.core.critic.Judgement;
import dev.parley.core.critic.PairwiseJudge;
import dev.parley.core.episode.Episode;
import dev.parley.learn.data.Content;
import dev.parley.learn.data.Dataset;
import dev.parley.learn.data.PreferenceRecord;
import dev.parley.learn.data.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Judge pairs with position swapping over the decisions of the stored bargaining run. */
class JudgePairsTest {
  static final List<Episode> RUN = StoredRuns.bargainingRun();
  static final List<DecisionPoint> POINTS =
      DecisionPoints.ofEpisodes(RUN, StoredRuns.GAMES::load, OutcomeMeasure.RETURN);
  static final OutcomeRuleJudge RULE = OutcomeRuleJudge.of(POINTS, "return", 0);
  static final JudgePairs.Config CONFIG =
      new JudgePairs.Config("Which move ends better for the player who makes it?", 5, 1000);

  /**
   * A judge that knows which option is better (the outcome rule judge) with confidence 0.7, and
   * adds 0.25 to whichever option it is shown first: P_first = 0.7 + 0.25 = 0.95 when the better
   * option is first, 0.3 + 0.25 = 0.55 when it is second: asked in one order it always says "A".
   */
  static final PairwiseJudge POSITION_BIASED = request -> {
    double truth = RULE.judge(request).probabilityFirst();
    double q = truth == 0.5 ? 0.5 : truth == 1 ? 0.7 : 0.3;
    return new Judgement(q + 0.25, "biased", "judge prompt: " + request.optionA() + " vs " + request.optionB(),
        "raw " + (q + 0.25), "fake:position-biased");
  };

  static String text(Content c) {
    return ((Content.Text) c).text();
  }

  @Test
  void theOutcomeJudgeTellsApartSeatsShownTheSameWords() {
    // Repeated PD: both seats see the same first-round text, yet they are different contexts.
    var game = StoredRuns.game("repeated(stage=pd,rounds=2)");
    var agents = StoredRuns.factories(game, List.of("random(p=0.5)", "random(p=0.5)"));
    List<Episode> run = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      run.add(new dev.parley.core.engine.EpisodeRunner(dev.parley.core.engine.RunnerConfig.DEFAULT).run(game,
          List.of(agents.get(0).create(), agents.get(1).create()), new dev.parley.core.engine.MatchInfo("pd", i,
              1000 + i, List.of("random(p=0.5)", "random(p=0.5)"), StoredRuns.provenance(game))));
    }
    List<DecisionPoint> points = DecisionPoints.ofEpisodes(run, StoredRuns.GAMES::load, OutcomeMeasure.RETURN);
    DecisionPoint first0 = points.stream().filter(p -> p.step() == 0).findFirst().orElseThrow();
    DecisionPoint first1 = points.stream().filter(p -> p.step() == 1).findFirst().orElseThrow();
    assertThat(first0.context().prompt()).isEqualTo(first1.context().prompt());
    assertThat(first0.context().key()).isNotEqualTo(first1.context().key());
    OutcomeRuleJudge judge = OutcomeRuleJudge.of(points, "return", 0);
    JudgePairs.Result r = new JudgePairs(CONFIG).build(points, judge);
    assertThat(r.failures()).isEmpty();
    assertThat(r.dataset().records()).isNotEmpty().allSatisfy(row -> assertThat(
        Double.parseDouble(row.metadata().attributes().get(Attributes.CHOSEN + Attributes.OUTCOME)))
        .isGreaterThan(Double.parseDouble(row.metadata().attributes().get(Attributes.REJECTED + Attributes.OUTCOME))));
    assertThat(r.dataset().records()).extracting(row -> row.metadata().attributes().get(Attributes.SEAT))
        .contains("0", "1");
    // a request that names its context by text alone is ambiguous here, and the judge says so
    assertThatThrownBy(() -> judge.judge(new JudgeRequest(first0.context().prompt(), "C", "D", "better?", 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prompt text only");
  }

  @Test
  void theSwapCorrectionHasKnownAnswers() {
    JudgeRequest r = new JudgeRequest("ctx", "a", "b", "better?", 1);
    PairwiseJudge fixed = q -> new Judgement(q.optionA().equals("a") ? 0.9 : 0.3, "", "", "", "fake");
    JudgePairs.SwapVerdict v = JudgePairs.judgeBothOrders(fixed, r);
    assertThat(v.probability()).isCloseTo(0.8, within(1e-12));
    assertThat(v.orderBias()).isCloseTo(0.2, within(1e-12));
    assertThat(v.secondOrder().probabilityFirst()).isEqualTo(0.3);

    PairwiseJudge alwaysFirst = q -> new Judgement(1, "", "", "", "fake");
    JudgePairs.SwapVerdict first = JudgePairs.judgeBothOrders(alwaysFirst, r);
    assertThat(first.probability()).isEqualTo(0.5);
    assertThat(first.orderBias()).isEqualTo(1.0);
    PairwiseJudge alwaysSecond = q -> new Judgement(0, "", "", "", "fake");
    assertThat(JudgePairs.judgeBothOrders(alwaysSecond, r).orderBias()).isEqualTo(-1.0);
  }

  @Test
  void aPositionBiasedJudgeShowsItsOrderBiasAndTheSwapRemovesIt() {
    JudgePairs.Result result = new JudgePairs(CONFIG).build(POINTS, POSITION_BIASED);
    Dataset<PreferenceRecord> outcome = new OutcomePairs(OutcomePairs.Config.DEFAULT).fromPoints(POINTS);

    assertThat(result.failures()).isEmpty();
    assertThat(result.dataset().size()).isEqualTo(outcome.size());
    assertThat(result.meanOrderBias().orElseThrow()).isCloseTo(0.5, within(1e-12));
    assertThat(JudgePairs.meanOrderBias(result.dataset()).orElseThrow()).isCloseTo(0.5, within(1e-12));
    int firstOrderSaysA = 0;
    for (JudgePairs.SwapVerdict v : result.verdicts()) {
      firstOrderSaysA += v.firstOrder().probabilityFirst() > 0.5 ? 1 : 0;
      assertThat(v.orderBias()).isCloseTo(0.5, within(1e-12));
    }
    // Read in one order, the judge prefers option A every time; swapped, it agrees with the outcomes.
    assertThat(firstOrderSaysA).isEqualTo(result.verdicts().size());
    Set<List<String>> outcomeLabels = labels(outcome);
    assertThat(labels(result.dataset())).isEqualTo(outcomeLabels);
    for (PreferenceRecord r : result.dataset().records()) {
      assertThat(r.metadata().source()).isEqualTo(Source.JUDGE);
      assertThat(r.metadata().probability()).isCloseTo(0.7, within(1e-12));
      assertThat(r.metadata().judge()).isEqualTo("fake:position-biased");
      assertThat(r.margin()).isNull();
      var a = r.metadata().attributes();
      assertThat(a.get(Attributes.JUDGE_AB_PROMPT)).startsWith("judge prompt: ");
      assertThat(a.get(Attributes.JUDGE_BA_RAW)).startsWith("raw ");
      assertThat(a.get(Attributes.JUDGE_CRITERION)).isEqualTo(CONFIG.criterion());
      String first = a.get(Attributes.JUDGE_A).equals("chosen") ? text(r.chosen()) : text(r.rejected());
      assertThat(a.get(Attributes.JUDGE_AB_PROMPT)).isEqualTo("judge prompt: " + first + " vs "
          + (first.equals(text(r.chosen())) ? text(r.rejected()) : text(r.chosen())));
      assertThat(Double.parseDouble(a.get(Attributes.JUDGE_ORDER_BIAS))).isCloseTo(0.5, within(1e-12));
      assertThat(a.get(Attributes.CONTEXT_KEY)).isNotNull();
      assertThat(r.metadata().group()).isNotNull();
    }
  }

  @Test
  void theOutcomeRuleJudgeHasNoOrderBiasAndAgreesWithOutcomePairs() {
    JudgePairs.Result result = new JudgePairs(CONFIG).build(POINTS, RULE);
    assertThat(result.meanOrderBias().orElseThrow()).isEqualTo(0.0);
    assertThat(labels(result.dataset())).isEqualTo(labels(new OutcomePairs(OutcomePairs.Config.DEFAULT)
        .fromPoints(POINTS)));
    assertThat(result.dataset().records()).allSatisfy(r -> {
      assertThat(r.metadata().probability()).isEqualTo(1.0);
      assertThat(r.metadata().judge()).isEqualTo("rule:outcome(return)");
    });
    int equalOutcomes = result.verdicts().size() - result.dataset().size();
    assertThat(result.ties()).isEqualTo(equalOutcomes);

    JudgeRequest unknown = new JudgeRequest("no such prompt", "a", "b", "?", 0);
    assertThatThrownBy(() -> RULE.judge(unknown)).hasMessageContaining("no outcomes for this context");
    OutcomeRuleJudge soft = OutcomeRuleJudge.of(POINTS, "return", 2);
    PreferenceRecord row = result.dataset().records().get(0);
    double margin = Double.parseDouble(row.metadata().attributes().get(Attributes.CHOSEN + Attributes.OUTCOME))
        - Double.parseDouble(row.metadata().attributes().get(Attributes.REJECTED + Attributes.OUTCOME));
    assertThat(soft.judge(new JudgeRequest(text(row.prompt()), text(row.chosen()), text(row.rejected()), "?", 0))
        .probabilityFirst()).isCloseTo(1 / (1 + Math.exp(-margin / 2)), within(1e-12));
  }

  @Test
  void anAlwaysFirstJudgeGivesOnlyTiesAndAFailingJudgeIsRecorded() {
    JudgePairs.Result ties = new JudgePairs(CONFIG).build(POINTS,
        q -> new Judgement(1, "first", "", "", "fake:first"));
    assertThat(ties.dataset().size()).isZero();
    assertThat(ties.ties()).isEqualTo(ties.verdicts().size()).isPositive();
    assertThat(ties.meanOrderBias().orElseThrow()).isEqualTo(1.0);

    JudgePairs.Result failed = new JudgePairs(new JudgePairs.Config("?", 0, 1)).build(POINTS, q -> {
      throw new IllegalStateException("model unreachable");
    });
    assertThat(failed.dataset().size()).isZero();
    assertThat(failed.failures()).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith(": model unreachable"));
    assertThatThrownBy(() -> new JudgePairs.Config(" ", 0, 1)).hasMessageContaining("criterion");
  }

  /** (context, chosen, rejected) of every row. */
  static Set<List<String>> labels(Dataset<PreferenceRecord> d) {
    Set<List<String>> s = new HashSet<>();
    for (PreferenceRecord r : d.records()) {
      s.add(new ArrayList<>(List.of(r.metadata().attributes().get(Attributes.CONTEXT_KEY), text(r.chosen()),
          text(r.rejected()))));
    }
    return s;
  }
}
