package dev.parley.learn.losses;

/**
 * Numerically stable logistic functions: {@code σ(z) = 1/(1 + e^{−z})} and the logistic loss
 * {@code ℓ(z) = −log σ(z) = log(1 + e^{−z})} of REFERENCE §6 (exact for |z| up to the range of a double,
 * without overflow).
 */
public final class Logistic {
  private Logistic() {}

  /** {@code σ(z) = 1/(1 + e^{−z})}. */
  public static double sigmoid(double z) {
    if (z >= 0) {
      return 1 / (1 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1 + e);
  }

  /** {@code ℓ(z) = −log σ(z) = log(1 + e^{−z})}. */
  public static double loss(double z) {
    return z >= 0 ? Math.log1p(Math.exp(-z)) : -z + Math.log1p(Math.exp(z));
  }

  /** {@code log σ(z) = −ℓ(z)}. */
  public static double logSigmoid(double z) {
    return -loss(z);
  }

  /** {@code logit(p) = log(p/(1 − p))}, the inverse of σ, for p in (0, 1). */
  public static double logit(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p must be in (0, 1), was " + p);
    }
    return Math.log(p) - Math.log1p(-p);
  }
}
