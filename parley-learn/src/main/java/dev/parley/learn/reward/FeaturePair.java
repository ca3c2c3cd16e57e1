package dev.parley.learn.reward;

import java.util.Arrays;
import java.util.Objects;

/**
 * One pairwise preference over feature vectors, the training example of a Bradley–Terry reward model
 * (REFERENCE §7). With rewards {@code r_c = r(chosen)}, {@code r_r = r(rejected)}, margin m, soft label
 * p and weight w, the model's logit is {@code z = r_c − r_r − m} and the example's loss is
 * {@code w·[p·ℓ(z) + (1 − p)·ℓ(−z)]} (ℓ(z) = −log σ(z)). With p = 1 this is TRL's RewardTrainer loss
 * {@code w·ℓ(r_c − r_r − m)}: the margin of Llama 2 (Touvron et al. 2023, §3.2.2, {@link Llama2Rating}),
 * the weight of HelpSteer2-Preference's Scaled BT ({@link #scaledBt}).
 * Immutable; array accessors copy.
 */
public final class FeaturePair {
  private final double[] chosen;
  private final double[] rejected;
  private final double margin;
  private final double probability;
  private final double weight;

  private FeaturePair(double[] chosen, double[] rejected, double margin, double probability, double weight) {
    this.chosen = chosen;
    this.rejected = rejected;
    this.margin = margin;
    this.probability = probability;
    this.weight = weight;
  }

  /**
   * A pair.
   *
   * @param chosen the preferred side's features (copied)
   * @param rejected the other side's features (copied, same length)
   * @param margin m, subtracted from the reward difference in the logit (finite)
   * @param probability the soft label {@code p(chosen ≻ rejected)} in [0, 1] (1: a hard label)
   * @param weight w ≥ 0, multiplying the example's loss
   */
  public static FeaturePair of(double[] chosen, double[] rejected, double margin, double probability, double weight) {
    Vectors.requireFinite("chosen", chosen);
    Vectors.requireFinite("rejected", rejected);
    if (chosen.length != rejected.length || chosen.length == 0) {
      throw new IllegalArgumentException("chosen and rejected must have the same number (≥ 1) of features, had "
          + chosen.length + " and " + rejected.length);
    }
    if (!Double.isFinite(margin)) {
      throw new IllegalArgumentException("margin must be finite, was " + margin);
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1], was " + probability);
    }
    Vectors.nonNegative("weight", weight);
    return new FeaturePair(chosen.clone(), rejected.clone(), margin, probability, weight);
  }

  /** A hard preference {@code chosen ≻ rejected} without margin, of weight 1. */
  public static FeaturePair of(double[] chosen, double[] rejected) {
    return of(chosen, rejected, 0, 1, 1);
  }

  /** A hard preference whose logit carries margin m (TRL's {@code margin} column; Llama 2). */
  public static FeaturePair withMargin(double[] chosen, double[] rejected, double margin) {
    return of(chosen, rejected, margin, 1, 1);
  }

  /** A soft preference: {@code p(chosen ≻ rejected) = probability}. */
  public static FeaturePair soft(double[] chosen, double[] rejected, double probability) {
    return of(chosen, rejected, 0, probability, 1);
  }

  /**
   * A pair from HelpSteer2-Preference's 7-point strength (Wang et al. 2024; REFERENCE §7): −3…−1 means
   * the first response is better, +1…+3 the second; Scaled BT weighs the pair by {@code |strength|}
   * ({@code −|s|·log σ(r_c − r_r)}).
   *
   * @throws IllegalArgumentException when strength is 0 (about the same: no direction, drop the pair) or
   *     outside [−3, 3]
   */
  public static FeaturePair scaledBt(double[] first, double[] second, int strength) {
    if (strength == 0 || Math.abs(strength) > 3) {
      throw new IllegalArgumentException("strength must be a nonzero integer in [−3, 3] (0 has no direction; drop "
          + "such pairs), was " + strength);
    }
    return strength < 0 ? of(first, second, 0, 1, -strength) : of(second, first, 0, 1, strength);
  }

  /** The number of features of each side. */
  public int dimension() {
    return chosen.length;
  }

  public double[] chosen() {
    return chosen.clone();
  }

  public double[] rejected() {
    return rejected.clone();
  }

  public double margin() {
    return margin;
  }

  public double probability() {
    return probability;
  }

  public double weight() {
    return weight;
  }

  /** The same pair with the sides swapped: margin negated, probability 1 − p. */
  public FeaturePair swapped() {
    return new FeaturePair(rejected, chosen, -margin, 1 - probability, weight);
  }

  double[] chosenView() {
    return chosen;
  }

  double[] rejectedView() {
    return rejected;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeaturePair p && Arrays.equals(chosen, p.chosen) && Arrays.equals(rejected, p.rejected)
        && Double.compare(margin, p.margin) == 0 && Double.compare(probability, p.probability) == 0
        && Double.compare(weight, p.weight) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(chosen), Arrays.hashCode(rejected), margin, probability, weight);
  }

  @Override
  public String toString() {
    return "FeaturePair[chosen=" + Arrays.toString(chosen) + ", rejected=" + Arrays.toString(rejected) + ", margin="
        + margin + ", p=" + probability + ", weight=" + weight + "]";
  }
}
