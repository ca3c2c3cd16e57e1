package dev.parley.analysis.ratings;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Transitivity checks of pairwise preferences (Mazeika et al. 2025; REFERENCE §4.5): the probability
 * that a triad (A, B, C) is cyclic, {@code P(A≻B)P(B≻C)P(C≻A) + P(B≻A)P(C≻B)P(A≻C)}, and its mean
 * over triads. It is 0 for a deterministic order and ¼ for coin flips.
 */
public final class Transitivity {
  private Transitivity() {}

  /** Cycle probability of one triad from P(A≻B), P(B≻C) and P(C≻A). */
  public static double cycleProbability(double pAB, double pBC, double pCA) {
    checkProbability(pAB, "pAB");
    checkProbability(pBC, "pBC");
    checkProbability(pCA, "pCA");
    return pAB * pBC * pCA + (1 - pAB) * (1 - pBC) * (1 - pCA);
  }

  /**
   * Mean cycle probability over triads of the preference matrix {@code p[i][j] = P(i ≻ j)}: every
   * triad when there are at most {@code triads} of them, otherwise {@code triads} triads of distinct
   * options drawn uniformly with the given seed (the paper uses 1,000).
   */
  public static double meanCycleProbability(double[][] p, int triads, long seed) {
    Objects.requireNonNull(p, "p");
    int n = p.length;
    if (n < 3) {
      throw new IllegalArgumentException("need at least 3 options for a triad, got " + n);
    }
    for (int i = 0; i < n; i++) {
      if (p[i].length != n) {
        throw new IllegalArgumentException("p row " + i + " has " + p[i].length + " entries, expected " + n);
      }
    }
    if (triads < 1) {
      throw new IllegalArgumentException("triads must be ≥ 1, was " + triads);
    }
    long all = (long) n * (n - 1) * (n - 2) / 6;
    double sum = 0;
    if (all <= triads) {
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          for (int c = b + 1; c < n; c++) {
            sum += cycleProbability(p[a][b], p[b][c], p[c][a]);
          }
        }
      }
      return sum / all;
    }
    SplittableRandom rng = new SplittableRandom(seed);
    for (int t = 0; t < triads; t++) {
      int a = rng.nextInt(n);
      int b = rng.nextInt(n - 1);
      b += b >= a ? 1 : 0;
      int c;
      do {
        c = rng.nextInt(n);
      } while (c == a || c == b);
      sum += cycleProbability(p[a][b], p[b][c], p[c][a]);
    }
    return sum / triads;
  }

  private static void checkProbability(double p, String name) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(name + " must be a probability in [0, 1], was " + p);
    }
  }
}
