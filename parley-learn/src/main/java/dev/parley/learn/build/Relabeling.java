package dev.parley.learn.build;

import dev.parley.core.critic.JudgeRequest;
import dev.parley.core.critic.PairwiseJudge;
import dev.parley.core.engine.Seeds;
import dev.parley.core.llm.ChatMessage;
import dev.parley.learn.data.Content;
import dev.parley.learn.data.Dataset;
import dev.parley.learn.data.PreferenceRecord;
import dev.parley.learn.data.RecordMetadata;
import dev.parley.learn.data.Source;
import dev.parley.learn.losses.Logistic;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Relabeling preference rows with a new labeller, keeping the provenance of both labels. Every
 * relabeled row has source {@link Source#RELABELED}; the original row's source, judge, probability
 * and margin move to {@code original.*} attributes, its {@code judge.*} and {@code relabel.*}
 * attributes to {@code original.judge.*} and {@code original.relabel.*}, and its other attributes
 * stay, with {@code chosen.*} and {@code rejected.*} swapped when the new label swaps the sides.
 * Group, episode, seed, seats and provenance are kept, so both labels of a row stay on one side of
 * a split.
 *
 * <ul>
 *   <li>{@link #byScores}: the side with the higher score is chosen (a tie keeps the original order
 *       and is marked); margin = score difference, probability = {@code σ(margin)} (Bradley–Terry,
 *       REFERENCE §7).
 *   <li>{@link #byJudge}: a pairwise judge asked in both orders ({@link JudgePairs}); the
 *       swap-corrected {@code p} decides; probability = {@code max(p, 1 − p)}, no margin.
 *   <li>{@link #rewardAugmented}: reward-augmented relabeling (Zhang et al., ICML 2025;
 *       REFERENCE §6.2): a row with scores {@code s_w > s_l} becomes two rows, the prompt
 *       conditioned on target score {@code s_w} with {@code y_w ≻ y_l}, and conditioned on
 *       {@code s_l} with {@code y_l ≻ y_w}; at inference one conditions on the highest score.
 * </ul>
 */
public final class Relabeling {
  private Relabeling() {}

  /**
   * How a prompt is conditioned on a target score.
   *
   * @param template appended to the prompt (standard form) or to its last message
   *     (conversational form); must hold {@code {score}}
   * @param decimals the score's decimals in the prompt, 0 to 10 (half-up rounding)
   */
  public record Augmentation(String template, int decimals) {
    /** {@code "\n\nTarget score: {score}"} with two decimals. */
    public static final Augmentation DEFAULT = new Augmentation("\n\nTarget score: {score}", 2);

    public Augmentation {
      Objects.requireNonNull(template, "template");
      if (!template.contains("{score}")) {
        throw new IllegalArgumentException("template must contain {score}, was '" + template + "'");
      }
      if (decimals < 0 || decimals > 10) {
        throw new IllegalArgumentException("decimals must be in 0..10, was " + decimals);
      }
    }

    /** The text appended for {@code score}. */
    public String render(double score) {
      return template.replace("{score}",
          BigDecimal.valueOf(score).setScale(decimals, RoundingMode.HALF_UP).toPlainString());
    }
  }

  /** Relabels every row by {@code scorer}'s scores of its two sides. */
  public static Dataset<PreferenceRecord> byScores(Dataset<PreferenceRecord> rows, PairScorer scorer) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(scorer, "scorer");
    List<PreferenceRecord> out = new ArrayList<>(rows.size());
    for (PreferenceRecord row : rows.records()) {
      PairScorer.Scores s = scorer.score(row);
      boolean flip = s.rejected() > s.chosen();
      double hi = Math.max(s.chosen(), s.rejected());
      double lo = Math.min(s.chosen(), s.rejected());
      Map<String, String> extra = new TreeMap<>();
      extra.put(Attributes.RELABEL_METHOD, "scores");
      extra.put(Attributes.RELABEL_CHOSEN_SCORE, Double.toString(hi));
      extra.put(Attributes.RELABEL_REJECTED_SCORE, Double.toString(lo));
      extra.put(Attributes.RELABEL_TIE, Boolean.toString(hi == lo));
      RecordMetadata meta = relabeled(row, flip, scorer.name(), Logistic.sigmoid(hi - lo), extra);
      out.add(flip ? new PreferenceRecord(row.prompt(), row.rejected(), row.chosen(), hi - lo, meta)
          : new PreferenceRecord(row.prompt(), row.chosen(), row.rejected(), hi - lo, meta));
    }
    return Dataset.of(out);
  }

  /**
   * Relabels every standard-form row by {@code judge}, asked about (prompt, chosen, rejected) in
   * both orders; request {@code i} has seed {@code derive(seed, i)}.
   *
   * @throws IllegalArgumentException for a conversational row (the judge reads text), naming it
   */
  public static Dataset<PreferenceRecord> byJudge(Dataset<PreferenceRecord> rows, PairwiseJudge judge,
      String criterion, long seed) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(judge, "judge");
    Objects.requireNonNull(criterion, "criterion");
    List<PreferenceRecord> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      PreferenceRecord row = rows.records().get(i);
      if (row.isConversational()) {
        throw new IllegalArgumentException("row " + i + " is conversational; judge relabeling reads standard-form rows");
      }
      JudgeRequest request = new JudgeRequest(text(row.prompt()), text(row.chosen()), text(row.rejected()), criterion,
          Seeds.derive(seed, i));
      JudgePairs.SwapVerdict v = JudgePairs.judgeBothOrders(judge, request);
      double p = v.probability();
      boolean flip = p < 0.5;
      Map<String, String> extra = new TreeMap<>(JudgePairs.verdictAttributes(v, !flip));
      extra.put(Attributes.RELABEL_METHOD, "judge");
      extra.put(Attributes.RELABEL_TIE, Boolean.toString(p == 0.5));
      RecordMetadata meta = relabeled(row, flip, v.firstOrder().source(), Math.max(p, 1 - p), extra);
      out.add(flip ? new PreferenceRecord(row.prompt(), row.rejected(), row.chosen(), null, meta)
          : new PreferenceRecord(row.prompt(), row.chosen(), row.rejected(), null, meta));
    }
    return Dataset.of(out);
  }

  /**
   * Reward-augmented relabeling: two rows per row whose sides score differently (rows whose scores
   * tie are dropped: their two conditioned rows would be the same prompt with opposite labels).
   */
  public static Dataset<PreferenceRecord> rewardAugmented(Dataset<PreferenceRecord> rows, PairScorer scorer,
      Augmentation augmentation) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(scorer, "scorer");
    Objects.requireNonNull(augmentation, "augmentation");
    List<PreferenceRecord> out = new ArrayList<>(2 * rows.size());
    for (PreferenceRecord row : rows.records()) {
      PairScorer.Scores s = scorer.score(row);
      if (s.chosen() == s.rejected()) {
        continue;
      }
      boolean flip = s.rejected() > s.chosen();
      Content w = flip ? row.rejected() : row.chosen();
      Content l = flip ? row.chosen() : row.rejected();
      double sw = Math.max(s.chosen(), s.rejected());
      double sl = Math.min(s.chosen(), s.rejected());
      for (boolean higher : new boolean[] {true, false}) {
        double target = higher ? sw : sl;
        Map<String, String> extra = new TreeMap<>();
        extra.put(Attributes.RELABEL_METHOD, "reward-augmented");
        extra.put(Attributes.RELABEL_TARGET, higher ? "higher" : "lower");
        extra.put(Attributes.RELABEL_TARGET_SCORE, Double.toString(target));
        extra.put(Attributes.RELABEL_CHOSEN_SCORE, Double.toString(higher ? sw : sl));
        extra.put(Attributes.RELABEL_REJECTED_SCORE, Double.toString(higher ? sl : sw));
        boolean swapped = higher == flip;
        RecordMetadata meta = relabeled(row, swapped, scorer.name(), null, extra);
        out.add(new PreferenceRecord(condition(row.prompt(), augmentation.render(target)), higher ? w : l,
            higher ? l : w, null, meta));
      }
    }
    return Dataset.of(out);
  }

  private static Content condition(Content prompt, String suffix) {
    if (prompt instanceof Content.Text t) {
      return Content.text(t.text() + suffix);
    }
    List<ChatMessage> m = new ArrayList<>(((Content.Messages) prompt).messages());
    ChatMessage last = m.get(m.size() - 1);
    m.set(m.size() - 1, new ChatMessage(last.role(), last.content() + suffix));
    return Content.messages(m);
  }

  private static String text(Content c) {
    return ((Content.Text) c).text();
  }

  /** The relabeled row's metadata; {@code flip}: the new chosen side is the original rejected side. */
  private static RecordMetadata relabeled(PreferenceRecord row, boolean flip, String by, Double probability,
      Map<String, String> extra) {
    RecordMetadata original = row.metadata();
    Map<String, String> a = new TreeMap<>();
    RecordMetadata m = original == null ? RecordMetadata.of(Source.IMPORTED) : original;
    m.attributes().forEach((k, v) -> {
      if (k.startsWith("judge.") || k.startsWith("relabel.")) {
        a.put("original." + k, v);
      } else if (flip && k.startsWith(Attributes.CHOSEN)) {
        a.put(Attributes.REJECTED + k.substring(Attributes.CHOSEN.length()), v);
      } else if (flip && k.startsWith(Attributes.REJECTED)) {
        a.put(Attributes.CHOSEN + k.substring(Attributes.REJECTED.length()), v);
      } else {
        a.put(k, v);
      }
    });
    a.put(Attributes.ORIGINAL_SOURCE, original == null ? "none" : m.source().name().toLowerCase(Locale.ROOT));
    if (m.judge() != null) {
      a.put(Attributes.ORIGINAL_JUDGE, m.judge());
    }
    if (m.probability() != null) {
      a.put(Attributes.ORIGINAL_PROBABILITY, Double.toString(m.probability()));
    }
    if (row.margin() != null) {
      a.put(Attributes.ORIGINAL_MARGIN, Double.toString(row.margin()));
    }
    a.putAll(extra);
    a.put(Attributes.RELABEL_BY, by);
    a.put(Attributes.RELABEL_FLIPPED, Boolean.toString(flip));
    return new RecordMetadata(Source.RELABELED, m.group(), m.episodeId(), m.game(), m.seed(), m.seats(), by,
        probability, m.provenance(), a);
  }
}
