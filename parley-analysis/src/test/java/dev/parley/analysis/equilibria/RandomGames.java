package dev.parley.analysis.equilibria;

import java.util.SplittableRandom;

/** Seeded random games for tests (uniform payoffs in [−1, 1]: nondegenerate with probability 1). */
final class RandomGames {
  private RandomGames() {}

  static double[][] matrix(SplittableRandom random, int m, int n) {
    double[][] p = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        p[i][j] = random.nextDouble(-1, 1);
      }
    }
    return p;
  }

  static Bimatrix bimatrix(long seed, int m, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    return Bimatrix.of(matrix(r, m, n), matrix(r, m, n));
  }

  static Bimatrix zeroSum(long seed, int m, int n) {
    return Bimatrix.zeroSum(matrix(new SplittableRandom(seed), m, n));
  }
}
