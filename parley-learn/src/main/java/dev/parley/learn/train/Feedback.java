package dev.parley.learn.train;

import dev.parley.learn.policy.Simplex;
import dev.parley.learn.preference.PreferenceMatrix;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/** Preference feedback of one context in one iteration, exact or sampled (see {@link Sampling}). */
final class Feedback {
  private Feedback() {}

  /** {@code k} indices drawn from the probability vector {@code p}. */
  static int[] draw(double[] p, int k, RandomGenerator random) {
    int[] d = new int[k];
    for (int i = 0; i < k; i++) {
      d[i] = Simplex.sample(p, random);
    }
    return d;
  }

  /** {@code out[y] = P(y ≻ q)} exactly. */
  static void winRates(PreferenceMatrix m, double[] q, double[] out) {
    m.winRates(q, out);
  }

  /**
   * {@code out[y] = (1/K)·Σ_k s(y, y_k)}, the win rate of every option against K drawn opponents, where
   * s is the oracle's probability {@code P(y ≻ y_k)} or a Bernoulli label drawn from it (SPPO's
   * {@code P̂(y ≻ π_t)}, REFERENCE §6.2).
   */
  static void winRates(PreferenceMatrix m, int[] opponents, boolean binary, RandomGenerator random, double[] out) {
    int n = out.length;
    for (int y = 0; y < n; y++) {
      double s = 0;
      for (int k : opponents) {
        double p = m.get(y, k);
        s += binary ? (random.nextDouble() < p ? 1 : 0) : p;
      }
      out[y] = s / opponents.length;
    }
  }

  /** {@code out[y]} = the win rates against q, exactly or against {@code sampling.samples()} draws from q. */
  static void winRates(PreferenceMatrix m, double[] q, Sampling sampling, RandomGenerator random, double[] out) {
    if (sampling.isExact()) {
      winRates(m, q, out);
    } else {
      winRates(m, draw(q, sampling.samples(), random), sampling.binaryLabels(), random, out);
    }
  }

  /** {@code freq[y]} = the share of the draws equal to y. */
  static void frequencies(int[] draws, double[] freq) {
    Arrays.fill(freq, 0);
    for (int d : draws) {
      freq[d] += 1.0 / draws.length;
    }
  }

  /**
   * Labelled pair weights {@code w[a][b]} (a preferred to b) for pairs drawn from {@code π ⊗ π}: exactly
   * {@code π_a·π_b·P(a ≻ b)}; or from K drawn pairs, each adding {@code 1/K} to the winner's row (binary
   * labels) or {@code P(a ≻ b)/K} and {@code P(b ≻ a)/K} to both orders (probabilities). Pairs of an
   * option with itself carry no signal and are left out.
   */
  static void labelledPairs(PreferenceMatrix m, double[] pi, Sampling sampling, RandomGenerator random, double[][] w) {
    int n = pi.length;
    for (double[] row : w) {
      Arrays.fill(row, 0);
    }
    if (sampling.isExact()) {
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          if (a != b) {
            w[a][b] = pi[a] * pi[b] * m.get(a, b);
          }
        }
      }
      return;
    }
    int k = sampling.samples();
    for (int i = 0; i < k; i++) {
      int a = Simplex.sample(pi, random);
      int b = Simplex.sample(pi, random);
      double p = m.get(a, b);
      if (sampling.binaryLabels()) {
        boolean aWins = random.nextDouble() < p;
        if (a != b) {
          w[aWins ? a : b][aWins ? b : a] += 1.0 / k;
        }
      } else if (a != b) {
        w[a][b] += p / k;
        w[b][a] += (1 - p) / k;
      }
    }
  }
}
