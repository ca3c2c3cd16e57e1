package dev.parley.learn.reward;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The reward-consistency check of Shen et al. 2023 ("The trickle-down impact of reward (in-)consistency
 * on RLHF"; REFERENCE §7) on contrast pairs: the share of pairs whose better side gets the strictly
 * higher reward, overall and per attribute. A tie counts as inconsistent (the model does not notice the
 * difference).
 *
 * @param pairs the number of contrast pairs
 * @param consistent the pairs with {@code r(better) > r(worse)}
 * @param byAttribute the same two counts per attribute, sorted by attribute
 */
public record RewardConsistency(int pairs, int consistent, Map<String, Tally> byAttribute) {

  /** Counts of one attribute. */
  public record Tally(int pairs, int consistent) {
    /** consistent / pairs. */
    public double share() {
      return (double) consistent / pairs;
    }
  }

  public RewardConsistency {
    byAttribute = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(byAttribute, "byAttribute")));
  }

  /** Checks a model on contrast pairs. */
  public static RewardConsistency check(RewardModel model, List<ContrastPair> contrasts) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(contrasts, "contrasts");
    if (contrasts.isEmpty()) {
      throw new IllegalArgumentException("contrasts must not be empty");
    }
    Map<String, int[]> counts = new TreeMap<>();
    int ok = 0;
    for (ContrastPair c : contrasts) {
      boolean consistent = model.reward(c.betterView()) > model.reward(c.worseView());
      int[] t = counts.computeIfAbsent(c.attribute(), a -> new int[2]);
      t[0]++;
      if (consistent) {
        t[1]++;
        ok++;
      }
    }
    Map<String, Tally> by = new TreeMap<>();
    counts.forEach((a, t) -> by.put(a, new Tally(t[0], t[1])));
    return new RewardConsistency(contrasts.size(), ok, by);
  }

  /** consistent / pairs. */
  public double share() {
    return (double) consistent / pairs;
  }
}
