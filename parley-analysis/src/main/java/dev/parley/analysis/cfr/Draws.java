package dev.parley.analysis.cfr;

import java.util.SplittableRandom;

/** Sampling from a slice of a probability array, shared by the Monte Carlo solvers. */
final class Draws {
  private Draws() {}

  /**
   * An index in {@code 0..k-1} drawn with probabilities {@code p[from..from+k)}; rounding never
   * returns an index of probability 0 (the last positive one is returned instead).
   */
  static int pick(SplittableRandom random, double[] p, int from, int k) {
    double u = random.nextDouble();
    double c = 0;
    int last = 0;
    for (int e = 0; e < k; e++) {
      double x = p[from + e];
      if (x > 0) {
        c += x;
        last = e;
        if (u < c) {
          return e;
        }
      }
    }
    return last;
  }
}
