package dev.parley.learn.preference;

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
}
