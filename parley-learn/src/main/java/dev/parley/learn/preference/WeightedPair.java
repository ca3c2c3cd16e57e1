package dev.parley.learn.preference;

import dev.parley.learn.policy.PolicySpace;
import java.util.List;

/**
 * One preference pair of a policy space, by index: in context {@code context}, option {@code chosen} is
 * preferred to option {@code rejected}, with a weight (a count, a probability mass, or a soft label's
 * share).
 */
public record WeightedPair(int context, int chosen, int rejected, double weight) {
  public WeightedPair {
    if (context < 0) {
      throw new IllegalArgumentException("context must be ≥ 0, was " + context);
    }
    if (chosen < 0 || rejected < 0) {
      throw new IllegalArgumentException("chosen and rejected must be ≥ 0, were " + chosen + ", " + rejected);
    }
    if (!(weight >= 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight must be a finite number ≥ 0, was " + weight);
    }
  }

  /**
   * The summed weights of {@code pairs} per context, {@code w[context][chosen][rejected]}; pairs of an
   * option with itself carry no signal and are left out.
   *
   * @throws IllegalArgumentException when a pair's context or options are outside the space
   */
  public static double[][][] weights(PolicySpace space, List<WeightedPair> pairs) {
    double[][][] w = new double[space.contextCount()][][];
    for (int c = 0; c < w.length; c++) {
      w[c] = new double[space.optionCount(c)][space.optionCount(c)];
    }
    for (WeightedPair p : pairs) {
      if (p.context() >= w.length) {
        throw new IllegalArgumentException("pair context " + p.context() + " is outside the space ("
            + w.length + " contexts)");
      }
      int n = w[p.context()].length;
      if (p.chosen() >= n || p.rejected() >= n) {
        throw new IllegalArgumentException("pair options (" + p.chosen() + ", " + p.rejected()
            + ") are outside context '" + space.context(p.context()) + "' (" + n + " options)");
      }
      if (p.chosen() != p.rejected()) {
        w[p.context()][p.chosen()][p.rejected()] += p.weight();
      }
    }
    return w;
  }
}
