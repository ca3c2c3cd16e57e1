package dev.parley.learn.policy;

import dev.parley.analysis.cfr.TabularPolicy;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A tabular softmax policy over a {@link PolicySpace}: for each context c,
 * {@code π(o|c) = exp(z_{c,o}) / Σ_{o'} exp(z_{c,o'})}. The policy stores the normalised
 * log-probabilities {@code z − logsumexp(z)}, so {@link #logProbability} is exact (no rounding through
 * a probability) and every option has positive probability. Immutable; array accessors copy.
 */
public final class SoftmaxPolicy {
  private final PolicySpace space;
  private final double[][] logProbs;

  private SoftmaxPolicy(PolicySpace space, double[][] logProbs) {
    this.space = space;
    this.logProbs = logProbs;
  }

  /** The uniform policy: every option of a context equally likely. */
  public static SoftmaxPolicy uniform(PolicySpace space) {
    Objects.requireNonNull(space, "space");
    double[][] z = new double[space.contextCount()][];
    for (int c = 0; c < z.length; c++) {
      z[c] = new double[space.optionCount(c)];
    }
    return ofLogits(space, z);
  }

  /**
   * A policy from logits {@code z[c][o]} (copied and normalised).
   *
   * @throws IllegalArgumentException when the shape differs from the space or a logit is not finite
   */
  public static SoftmaxPolicy ofLogits(PolicySpace space, double[][] logits) {
    Objects.requireNonNull(space, "space");
    Objects.requireNonNull(logits, "logits");
    double[][] z = shaped(space, logits, "logits");
    for (int c = 0; c < z.length; c++) {
      for (int o = 0; o < z[c].length; o++) {
        if (!Double.isFinite(z[c][o])) {
          throw new IllegalArgumentException("logits[" + c + "][" + o + "] must be finite, was " + z[c][o]);
        }
      }
      Simplex.normaliseLog(z[c]);
    }
    return new SoftmaxPolicy(space, z);
  }

  /**
   * A policy from strictly positive probabilities {@code p[c][o]}, each row summing to 1 within 1e-9
   * (the logits are {@code log p}, renormalised).
   */
  public static SoftmaxPolicy ofProbabilities(PolicySpace space, double[][] probabilities) {
    Objects.requireNonNull(space, "space");
    Objects.requireNonNull(probabilities, "probabilities");
    double[][] p = shaped(space, probabilities, "probabilities");
    for (int c = 0; c < p.length; c++) {
      Simplex.requireDistribution("probabilities[" + c + "]", p[c]);
      for (int o = 0; o < p[c].length; o++) {
        if (!(p[c][o] > 0)) {
          throw new IllegalArgumentException("probabilities[" + c + "][" + o
              + "] must be > 0 (a softmax policy has full support), was " + p[c][o]);
        }
        p[c][o] = Math.log(p[c][o]);
      }
      Simplex.normaliseLog(p[c]);
    }
    return new SoftmaxPolicy(space, p);
  }

  /** A one-context policy from its probabilities, on {@link PolicySpace#single(int)}. */
  public static SoftmaxPolicy of(double... probabilities) {
    return ofProbabilities(PolicySpace.single(probabilities.length), new double[][] {probabilities});
  }

  private static double[][] shaped(PolicySpace space, double[][] rows, String name) {
    if (rows.length != space.contextCount()) {
      throw new IllegalArgumentException(name + " must have " + space.contextCount() + " rows, has " + rows.length);
    }
    double[][] copy = new double[rows.length][];
    for (int c = 0; c < rows.length; c++) {
      if (rows[c] == null || rows[c].length != space.optionCount(c)) {
        throw new IllegalArgumentException(name + "[" + c + "] must have " + space.optionCount(c) + " entries (options of '"
            + space.context(c) + "'), has " + (rows[c] == null ? "none" : rows[c].length));
      }
      copy[c] = rows[c].clone();
    }
    return copy;
  }

  public PolicySpace space() {
    return space;
  }

  /** {@code log π(o|c)}, exact. */
  public double logProbability(int c, int o) {
    return logProbs[c][o];
  }

  /** {@code π(o|c)}. */
  public double probability(int c, int o) {
    return Math.exp(logProbs[c][o]);
  }

  /** The log-probabilities of context c (a copy); they are also valid logits. */
  public double[] logProbabilities(int c) {
    return logProbs[c].clone();
  }

  /** The probabilities of context c (a copy). */
  public double[] probabilities(int c) {
    double[] p = new double[logProbs[c].length];
    Simplex.exp(logProbs[c], p);
    return p;
  }

  /** All log-probabilities, {@code [context][option]} (a copy). */
  public double[][] logProbabilities() {
    double[][] copy = new double[logProbs.length][];
    for (int c = 0; c < copy.length; c++) {
      copy[c] = logProbs[c].clone();
    }
    return copy;
  }

  /** An option of context c drawn from π(·|c). */
  public int sample(int c, RandomGenerator random) {
    return Simplex.sample(probabilities(c), random);
  }

  /** {@code KL(π(·|c) ‖ other(·|c))}. */
  public double kl(int c, SoftmaxPolicy other) {
    requireSameSpace(other);
    double sum = 0;
    for (int o = 0; o < logProbs[c].length; o++) {
      sum += Math.exp(logProbs[c][o]) * (logProbs[c][o] - other.logProbs[c][o]);
    }
    return sum;
  }

  /** {@code max_{c,o} |π(o|c) − other(o|c)|}. */
  public double maxAbsDifference(SoftmaxPolicy other) {
    requireSameSpace(other);
    double max = 0;
    for (int c = 0; c < logProbs.length; c++) {
      for (int o = 0; o < logProbs[c].length; o++) {
        max = Math.max(max, Math.abs(Math.exp(logProbs[c][o]) - Math.exp(other.logProbs[c][o])));
      }
    }
    return max;
  }

  /** {@code max_{c,o} |π(o|c) − target[c][o]|} against a table of probabilities. */
  public double maxAbsDifference(double[][] target) {
    double[][] t = shaped(space, target, "target");
    double max = 0;
    for (int c = 0; c < t.length; c++) {
      for (int o = 0; o < t[c].length; o++) {
        max = Math.max(max, Math.abs(Math.exp(logProbs[c][o]) - t[c][o]));
      }
    }
    return max;
  }

  /**
   * This policy as parley-analysis's {@link TabularPolicy} (context → action probabilities), e.g. to
   * measure the exploitability of a policy over a game's information states with
   * {@code dev.parley.analysis.cfr.Exploitability}.
   */
  public TabularPolicy toTabularPolicy() {
    Map<String, double[]> table = new LinkedHashMap<>();
    for (int c = 0; c < logProbs.length; c++) {
      double[] p = probabilities(c);
      double sum = 0;
      for (double v : p) {
        sum += v;
      }
      for (int o = 0; o < p.length; o++) {
        p[o] /= sum;
      }
      table.put(space.context(c), p);
    }
    return TabularPolicy.of(table);
  }

  private void requireSameSpace(SoftmaxPolicy other) {
    Objects.requireNonNull(other, "other");
    if (!space.equals(other.space)) {
      throw new IllegalArgumentException("policies are over different spaces: " + space + " and " + other.space);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SoftmaxPolicy p && space.equals(p.space) && Arrays.deepEquals(logProbs, p.logProbs);
  }

  @Override
  public int hashCode() {
    return 31 * space.hashCode() + Arrays.deepHashCode(logProbs);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("SoftmaxPolicy[");
    for (int c = 0; c < Math.min(logProbs.length, 5); c++) {
      if (c > 0) {
        b.append(", ");
      }
      b.append(space.context(c)).append(": ").append(Arrays.toString(probabilities(c)));
    }
    if (logProbs.length > 5) {
      b.append(", … ").append(logProbs.length - 5).append(" more");
    }
    return b.append(']').toString();
  }
}
