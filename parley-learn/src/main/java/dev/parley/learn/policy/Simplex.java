package dev.parley.learn.policy;

import java.util.random.RandomGenerator;

/**
 * Arithmetic on probability vectors and log-probability vectors, in place on primitive arrays (the
 * trainers' hot loops). Log-space operations keep the exactness of the softmax policies: a
 * distribution is normalised by subtracting {@code logsumexp}, never by dividing rounded sums.
 */
public final class Simplex {
  private Simplex() {}

  /** {@code log Σ_i e^{z_i}}, computed without overflow. */
  public static double logSumExp(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (double v : z) {
      sum += Math.exp(v - max);
    }
    return max + Math.log(sum);
  }

  /**
   * Shifts {@code z} in place so that {@code Σ e^{z_i} = 1} (log-softmax). The maximum is subtracted
   * first, so large logits lose no precision.
   */
  public static void normaliseLog(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      z[i] -= max;
      sum += Math.exp(z[i]);
    }
    double log = Math.log(sum);
    for (int i = 0; i < z.length; i++) {
      z[i] -= log;
    }
  }

  /** {@code out_i = e^{z_i − logsumexp(z)}}; {@code out} may be {@code z}. */
  public static void softmax(double[] z, double[] out) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      out[i] = Math.exp(z[i] - max);
      sum += out[i];
    }
    for (int i = 0; i < z.length; i++) {
      out[i] /= sum;
    }
  }

  /** {@code out_i = e^{logp_i}} for normalised log-probabilities. */
  public static void exp(double[] logp, double[] out) {
    for (int i = 0; i < logp.length; i++) {
      out[i] = Math.exp(logp[i]);
    }
  }

  /** {@code KL(p‖q) = Σ p_i log(p_i/q_i)} for probability vectors (terms with p_i = 0 vanish). */
  public static double kl(double[] p, double[] q) {
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      if (p[i] > 0) {
        sum += p[i] * (Math.log(p[i]) - Math.log(q[i]));
      }
    }
    return sum;
  }

  /** {@code max_i |a_i − b_i|}. */
  public static double maxAbsDifference(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("lengths differ: " + a.length + " and " + b.length);
    }
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, Math.abs(a[i] - b[i]));
    }
    return max;
  }

  /** An index drawn from the probability vector {@code p} by inversion of one uniform number. */
  public static int sample(double[] p, RandomGenerator random) {
    double u = random.nextDouble();
    double cumulative = 0;
    for (int i = 0; i < p.length; i++) {
      cumulative += p[i];
      if (u < cumulative) {
        return i;
      }
    }
    for (int i = p.length - 1; i >= 0; i--) {
      if (p[i] > 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("p has no positive entry");
  }

  /**
   * Checks a probability vector: non-empty, entries finite and ≥ 0, sum 1 within 1e-9.
   *
   * @return {@code p}
   */
  public static double[] requireDistribution(String name, double[] p) {
    if (p == null || p.length == 0) {
      throw new IllegalArgumentException(name + " must be a non-empty probability vector");
    }
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] >= 0) || Double.isInfinite(p[i])) {
        throw new IllegalArgumentException(name + "[" + i + "] must be a probability, was " + p[i]);
      }
      sum += p[i];
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException(name + " must sum to 1, sums to " + sum);
    }
    return p;
  }
}
