package dev.parley.learn.build;

import dev.parley.core.critic.JudgeRequest;
import dev.parley.core.critic.Judgement;
import dev.parley.core.critic.PairwiseJudge;
import dev.parley.learn.build.PairSupport.Side;
import dev.parley.learn.losses.Logistic;
import java.util.ArrayList;
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
 * <p>Contexts are found by the request's {@link JudgeRequest#contextKey()} ({@link PromptContext#key()},
 * which {@link JudgePairs} passes). A request with the prompt text only is matched by text, which
 * fails when two different contexts share one prompt text (two seats shown the same words).
 */
public final class OutcomeRuleJudge implements PairwiseJudge {
  private final Map<String, Map<String, Side>> byKey;
  private final Map<String, List<PromptContext>> byPrompt;
  private final String measure;
  private final double scale;

  private OutcomeRuleJudge(Map<String, Map<String, Side>> byKey, Map<String, List<PromptContext>> byPrompt,
      String measure, double scale) {
    this.byKey = byKey;
    this.byPrompt = byPrompt;
    this.measure = measure;
    this.scale = scale;
  }

  /**
   * A judge that knows the outcomes of {@code points}.
   *
   * @param measure the name of the measure the points' outcomes were taken with
   * @param scale 0 for hard verdicts, else the outcome difference that gives {@code σ(1) ≈ 0.73}
   * @throws IllegalArgumentException for a bad scale
   */
  public static OutcomeRuleJudge of(List<DecisionPoint> points, String measure, double scale) {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(measure, "measure");
    if (!(scale >= 0 && Double.isFinite(scale))) {
      throw new IllegalArgumentException("scale must be finite and ≥ 0, was " + scale);
    }
    Map<String, Map<String, Side>> byKey = new HashMap<>();
    Map<String, List<PromptContext>> byPrompt = new HashMap<>();
    PairSupport.byContext(points).forEach((context, sides) -> {
      byPrompt.computeIfAbsent(context.prompt(), k -> new ArrayList<>()).add(context);
      Map<String, Side> m = new HashMap<>();
      for (Side s : sides) {
        m.put(s.completion, s);
      }
      byKey.put(context.key(), m);
    });
    return new OutcomeRuleJudge(byKey, byPrompt, measure, scale);
  }

  /**
   * @throws IllegalArgumentException when the context or an option has no known outcome
   */
  @Override
  public Judgement judge(JudgeRequest request) {
    Map<String, Side> known = known(request);
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

  private Map<String, Side> known(JudgeRequest request) {
    String key = request.contextKey();
    if (key == null) {
      List<PromptContext> same = byPrompt.getOrDefault(request.context(), List.of());
      if (same.size() > 1) {
        same.get(0).requireSame(same.get(1), "the request names its context by prompt text only, and that text");
      }
      key = same.isEmpty() ? null : same.get(0).key();
    }
    Map<String, Side> known = key == null ? null : byKey.get(key);
    if (known == null) {
      throw new IllegalArgumentException("the outcome rule judge knows no outcomes for this context");
    }
    return known;
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
