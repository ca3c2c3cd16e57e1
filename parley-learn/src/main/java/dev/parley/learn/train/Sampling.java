package dev.parley.learn.train;

/**
 * How a trainer gets preference feedback in one iteration: exactly (expectations over the finite option
 * sets, {@code samples = 0}) or from {@code samples} draws per context, with the preference oracle
 * answering either with its probability {@code P(y ≻ y')} (as a pairwise reward model such as PairRM
 * does) or with a binary label drawn from it (as a judge or annotator does).
 *
 * @param samples responses (or pairs) drawn per context and iteration; 0 for exact expectations
 * @param binaryLabels whether the oracle answers with Bernoulli labels instead of probabilities
 */
public record Sampling(int samples, boolean binaryLabels) {

  public Sampling {
    if (samples < 0) {
      throw new IllegalArgumentException("samples must be ≥ 0, was " + samples);
    }
    if (samples == 0 && binaryLabels) {
      throw new IllegalArgumentException("binaryLabels needs samples > 0 (exact feedback uses probabilities)");
    }
  }

  /** Exact expectations over the option sets. */
  public static Sampling exact() {
    return new Sampling(0, false);
  }

  /** {@code k} draws per context, scored with the oracle's probabilities. */
  public static Sampling probabilities(int k) {
    requireSamples(k);
    return new Sampling(k, false);
  }

  /** {@code k} draws per context, labelled by Bernoulli draws from the oracle. */
  public static Sampling labels(int k) {
    requireSamples(k);
    return new Sampling(k, true);
  }

  public boolean isExact() {
    return samples == 0;
  }

  private static void requireSamples(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("samples must be ≥ 1, was " + k);
    }
  }
}
