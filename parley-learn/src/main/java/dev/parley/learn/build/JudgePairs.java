package dev.parley.learn.build;

import dev.parley.core.critic.JudgeRequest;
import dev.parley.core.critic.Judgement;
import dev.parley.core.critic.PairwiseJudge;
import dev.parley.core.engine.Seeds;
import dev.parley.learn.build.PairSupport.Side;
import dev.parley.learn.data.Content;
import dev.parley.learn.data.Dataset;
import dev.parley.learn.data.PreferenceRecord;
import dev.parley.learn.data.RecordMetadata;
import dev.parley.learn.data.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Judge pairs (issue 6 item 1): two different completions of the same {@link PromptContext}
 * compared by a {@link PairwiseJudge}, asked in both orders to measure and remove position bias
 * (the swap of Zheng et al. 2023, "Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena", with the
 * two verdicts averaged into a soft preference, REFERENCE §8 "soft p(A ≻ B)").
 *
 * <p>With {@code p_AB} the judge's {@code P(A ≻ B)} when A is shown first and {@code p_BA} its
 * {@code P(B ≻ A)} when B is shown first, the swap-corrected preference is
 * {@code p = (p_AB + 1 − p_BA)/2} and the order bias is {@code p_AB − (1 − p_BA)} (0 for a judge
 * that does not care about position, +1 for one that always picks the first option, −1 for one
 * that always picks the second). The row's chosen side is A when {@code p > ½}, B when
 * {@code p < ½}; at {@code p = ½} no row is written (a tie). The row's
 * {@link RecordMetadata#probability()} is {@code P(chosen ≻ rejected) = max(p, 1 − p)}; TRL's
 * {@code margin} is left empty (a judge gives a probability, not a reward difference). Both
 * verdicts, with the judge's prompts, raw answers and rationales, are kept in the attributes
 * ({@link Attributes}); the metadata's judge is the first verdict's source. Groups are episode
 * components, as in {@link OutcomePairs}.
 */
public final class JudgePairs {

  /**
   * @param criterion what the judge is asked, e.g. "Which move gets the seller a better price?"
   * @param seed judge request {@code i} gets seed {@code derive(seed, i)}
   * @param maxPairsPerContext at most this many pairs per context (the first ones in order), ≥ 1
   * @param source the records' source: {@link Source#JUDGE} for models and rules, {@link Source#HUMAN}
   *     when a person answers
   */
  public record Config(String criterion, long seed, int maxPairsPerContext, Source source) {
    /** A model or rule judge. */
    public Config(String criterion, long seed, int maxPairsPerContext) {
      this(criterion, seed, maxPairsPerContext, Source.JUDGE);
    }

    public Config {
      if (source != Source.JUDGE && source != Source.HUMAN) {
        throw new IllegalArgumentException("source must be JUDGE or HUMAN, was " + source);
      }
      Objects.requireNonNull(criterion, "criterion");
      if (criterion.isBlank()) {
        throw new IllegalArgumentException("criterion must not be blank");
      }
      if (maxPairsPerContext < 1) {
        throw new IllegalArgumentException("maxPairsPerContext must be ≥ 1, was " + maxPairsPerContext);
      }
    }
  }

  /**
   * A judge's verdicts on one pair in both orders.
   *
   * @param request the first order (A, B); the second order is {@link JudgeRequest#swapped()}
   * @param firstOrder the verdict on (A, B): {@code p_AB}
   * @param secondOrder the verdict on (B, A): {@code p_BA}
   */
  public record SwapVerdict(JudgeRequest request, Judgement firstOrder, Judgement secondOrder) {
    public SwapVerdict {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(firstOrder, "firstOrder");
      Objects.requireNonNull(secondOrder, "secondOrder");
    }

    /** The swap-corrected {@code P(A ≻ B) = (p_AB + 1 − p_BA)/2}. */
    public double probability() {
      return (firstOrder.probabilityFirst() + 1 - secondOrder.probabilityFirst()) / 2;
    }

    /** {@code p_AB − (1 − p_BA)}: how much more the judge likes an option shown first. */
    public double orderBias() {
      return firstOrder.probabilityFirst() - (1 - secondOrder.probabilityFirst());
    }
  }

  /**
   * The rows, every verdict (ties included), how many pairs were ties, and the pairs the judge
   * failed on ({@code context key: message}).
   */
  public record Result(Dataset<PreferenceRecord> dataset, List<SwapVerdict> verdicts, int ties, List<String> failures) {
    public Result {
      Objects.requireNonNull(dataset, "dataset");
      verdicts = List.copyOf(verdicts);
      failures = List.copyOf(failures);
    }

    /** Mean order bias over every judged pair (ties included); empty when none was judged. */
    public OptionalDouble meanOrderBias() {
      return verdicts.stream().mapToDouble(SwapVerdict::orderBias).average();
    }
  }

  private final Config config;

  public JudgePairs(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** Asks {@code judge} about {@code request} in both orders. */
  public static SwapVerdict judgeBothOrders(PairwiseJudge judge, JudgeRequest request) {
    Objects.requireNonNull(judge, "judge");
    Objects.requireNonNull(request, "request");
    Judgement ab = Objects.requireNonNull(judge.judge(request), "judge returned no judgement");
    Judgement ba = Objects.requireNonNull(judge.judge(request.swapped()), "judge returned no judgement");
    return new SwapVerdict(request, ab, ba);
  }

  /**
   * The mean of the {@value Attributes#JUDGE_ORDER_BIAS} attribute over the rows that carry it
   * (the judged rows of a dataset, ties excluded since they write no row); empty when none does.
   */
  public static OptionalDouble meanOrderBias(Dataset<PreferenceRecord> dataset) {
    Objects.requireNonNull(dataset, "dataset");
    return dataset.records().stream()
        .filter(r -> r.metadata() != null && r.metadata().attributes().containsKey(Attributes.JUDGE_ORDER_BIAS))
        .mapToDouble(r -> Double.parseDouble(r.metadata().attributes().get(Attributes.JUDGE_ORDER_BIAS)))
        .average();
  }

  /**
   * Judge pairs from decisions: per context, the distinct completions in order of first appearance
   * are paired (i, j), i &lt; j, A = the earlier one, up to {@link Config#maxPairsPerContext()}.
   * A judge that throws on a pair is recorded in {@link Result#failures()} and the pair skipped.
   */
  public Result build(List<DecisionPoint> points, PairwiseJudge judge) {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(judge, "judge");
    record Draft(PromptContext context, Side a, Side b, SwapVerdict verdict) {}
    List<Draft> drafts = new ArrayList<>();
    List<SwapVerdict> verdicts = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int[] ties = {0};
    long[] index = {0};
    PairSupport.Components components = new PairSupport.Components(points);
    PairSupport.byContext(points).forEach((context, sides) -> {
      String key = context.key();
      int made = 0;
      for (int i = 0; i < sides.size() && made < config.maxPairsPerContext(); i++) {
        for (int j = i + 1; j < sides.size() && made < config.maxPairsPerContext(); j++) {
          made++;
          Side a = sides.get(i);
          Side b = sides.get(j);
          JudgeRequest request = new JudgeRequest(context.prompt(), a.completion, b.completion, config.criterion(),
              Seeds.derive(config.seed(), index[0]++), key);
          SwapVerdict v;
          try {
            v = judgeBothOrders(judge, request);
          } catch (RuntimeException e) {
            failures.add(key + ": " + e.getMessage());
            continue;
          }
          verdicts.add(v);
          if (v.probability() == 0.5) {
            ties[0]++;
            continue;
          }
          components.link(List.of(a, b));
          drafts.add(new Draft(context, a, b, v));
        }
      }
    });
    List<PreferenceRecord> rows = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      SwapVerdict v = d.verdict();
      boolean aWins = v.probability() > 0.5;
      Side chosen = aWins ? d.a() : d.b();
      Side rejected = aWins ? d.b() : d.a();
      Map<String, String> extra = new TreeMap<>(verdictAttributes(v, aWins));
      RecordMetadata meta = PairSupport.metadata(config.source(), components.group(chosen.first().episode().id()),
          d.context(), chosen, rejected, Math.max(v.probability(), 1 - v.probability()), extra)
          .withJudge(v.firstOrder().source());
      rows.add(new PreferenceRecord(Content.text(d.context().prompt()), Content.text(chosen.completion),
          Content.text(rejected.completion), null, meta));
    }
    return new Result(Dataset.of(rows), verdicts, ties[0], failures);
  }

  /** The attributes that keep both verdicts; {@code aIsChosen} says which row side option A is. */
  static Map<String, String> verdictAttributes(SwapVerdict v, boolean aIsChosen) {
    Map<String, String> a = new TreeMap<>();
    a.put(Attributes.JUDGE_CRITERION, v.request().criterion());
    a.put(Attributes.JUDGE_A, aIsChosen ? "chosen" : "rejected");
    a.put(Attributes.JUDGE_AB_P, Double.toString(v.firstOrder().probabilityFirst()));
    a.put(Attributes.JUDGE_BA_P, Double.toString(v.secondOrder().probabilityFirst()));
    a.put(Attributes.JUDGE_AB_PROMPT, v.firstOrder().prompt());
    a.put(Attributes.JUDGE_BA_PROMPT, v.secondOrder().prompt());
    a.put(Attributes.JUDGE_AB_RAW, v.firstOrder().rawOutput());
    a.put(Attributes.JUDGE_BA_RAW, v.secondOrder().rawOutput());
    a.put(Attributes.JUDGE_AB_RATIONALE, v.firstOrder().rationale());
    a.put(Attributes.JUDGE_BA_RATIONALE, v.secondOrder().rationale());
    a.put(Attributes.JUDGE_P, Double.toString(v.probability()));
    a.put(Attributes.JUDGE_ORDER_BIAS, Double.toString(v.orderBias()));
    return a;
  }
}
