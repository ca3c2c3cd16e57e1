package dev.parley.learn.build;

import dev.parley.core.critic.JudgeRequest;
import dev.parley.core.critic.Judgement;
import dev.parley.core.critic.PairwiseJudge;
import dev.parley.learn.build.PairSupport.Side;
import dev.parley.learn.losses.Logistic;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A rule judge from outcomes: it knows, for each context and completion, the mean outcome of the
 * episodes (or branch continuations) that followed it, e.g. the acting seat's utility in
 * bargaining, and prefers the completion that did better. With {@code scale = 0} the verdict is
 * hard (1, 0, or ½ for equal outcomes); with {@code scale > 0} it is the Bradley–Terry probability
 * {@code σ((o_A − o_B)/scale)} (REFERENCE §7). It ignores the order of the options, so its order
 * bias is 0. Source {@code rule:outcome(MEASURE)}.
 *
 * <p>A {@link JudgeRequest} carries the context as prompt text only, so the judge keys contexts by
 * prompt: building it fails when two different {@link PromptContext}s share one prompt text.
 */
public final class OutcomeRuleJudge implements PairwiseJudge {
  private final Map<String, Map<String, Side>> outcomes;
  private final String measure;
  private final double scale;

  private OutcomeRuleJudge(Map<String, Map<String, Side>> outcomes, String measure, double scale) {
    this.outcomes = outcomes;
    this.measure = measure;
    this.scale = scale;
  }

  /**
   * A judge that knows the outcomes of {@code points}.
   *
   * @param measure the name of the measure the points' outcomes were taken with
   * @param scale 0 for hard verdicts, else the outcome difference that gives {@code σ(1) ≈ 0.73}
   * @throws IllegalArgumentException when two contexts share a prompt text, or for a bad scale
   */
  public static OutcomeRuleJudge of(List<DecisionPoint> points, String measure, double scale) {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(measure, "measure");
    if (!(scale >= 0 && Double.isFinite(scale))) {
      throw new IllegalArgumentException("scale must be finite and ≥ 0, was " + scale);
    }
    Map<String, PromptContext> byPrompt = new HashMap<>();
    Map<String, Map<String, Side>> outcomes = new HashMap<>();
    PairSupport.byContext(points).forEach((context, sides) -> {
      PromptContext earlier = byPrompt.putIfAbsent(context.prompt(), context);
      if (earlier != null) {
        earlier.requireSame(context, "the outcome rule judge keys contexts by prompt text, and one prompt text");
      }
      Map<String, Side> m = new HashMap<>();
      for (Side s : sides) {
        m.put(s.completion, s);
      }
      outcomes.put(context.prompt(), m);
    });
    return new OutcomeRuleJudge(outcomes, measure, scale);
  }

  /**
   * @throws IllegalArgumentException when the context or an option has no known outcome
   */
  @Override
  public Judgement judge(JudgeRequest request) {
    Map<String, Side> known = outcomes.get(request.context());
    if (known == null) {
      throw new IllegalArgumentException("the outcome rule judge knows no outcomes for this context");
    }
    Side a = side(known, request.optionA(), "A");
    Side b = side(known, request.optionB(), "B");
    double oa = a.meanOutcome();
    double ob = b.meanOutcome();
    double p = scale == 0 ? (oa > ob ? 1 : oa < ob ? 0 : 0.5) : Logistic.sigmoid((oa - ob) / scale);
    String rationale = String.format(Locale.ROOT, "%s %.4f for A (over %d continuation%s) vs %.4f for B (over %d)",
        measure, oa, a.points.size(), a.points.size() == 1 ? "" : "s", ob, b.points.size());
    return new Judgement(p, rationale, "", "", source());
  }

  /** {@code rule:outcome(MEASURE)}. */
  public String source() {
    return "rule:outcome(" + measure + ")";
  }

  private static Side side(Map<String, Side> known, String option, String name) {
    Side s = known.get(option);
    if (s == null) {
      throw new IllegalArgumentException("the outcome rule judge knows no outcome for option " + name + " '"
          + option + "'");
    }
    return s;
  }
}
