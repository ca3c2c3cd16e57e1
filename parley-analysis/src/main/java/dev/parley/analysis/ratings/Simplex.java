package dev.parley.analysis.ratings;

/**
 * Dense tableau simplex for {@code max c·x subject to A x ≤ b, x ≥ 0} with {@code b ≥ 0}, so the
 * slack basis is feasible and no phase one is needed. Game matrices give highly degenerate
 * programs, so the right-hand side is first perturbed by distinct amounts of order 1e-9 (Charnes'
 * perturbation: no ties, no cycling) and the program solved with Dantzig's rule and a ratio test
 * that prefers large pivots; the optimal basis is then applied to the unperturbed right-hand side
 * ({@code x_B = B⁻¹b}, read from the slack columns), which gives the exact vertex of the original
 * program. Meant for the small programs of meta-game ranking (hundreds of rows).
 */
final class Simplex {
  private static final double COST_TOLERANCE = 1e-10;
  private static final double PIVOT_TOLERANCE = 1e-9;
  private static final double PERTURBATION = 1e-9;

  private Simplex() {}

  static double[] maximize(double[][] a, double[] b, double[] c) {
    int m = b.length;
    int n = c.length;
    int width = n + m + 1;
    int rhs = width - 1;
    double[][] t = new double[m + 1][width];
    int[] basis = new int[m];
    for (int i = 0; i < m; i++) {
      if (a[i].length != n) {
        throw new IllegalArgumentException("row " + i + " has " + a[i].length + " coefficients, expected " + n);
      }
      if (!(b[i] >= 0)) {
        throw new IllegalArgumentException("b[" + i + "] must be ≥ 0, was " + b[i]);
      }
      System.arraycopy(a[i], 0, t[i], 0, n);
      t[i][n + i] = 1;
      // distinct perturbations: fractional parts of multiples of the golden ratio
      double frac = (i + 1) * 0.6180339887498949 % 1;
      t[i][rhs] = b[i] + PERTURBATION * (1 + frac);
      basis[i] = n + i;
    }
    for (int j = 0; j < n; j++) {
      t[m][j] = -c[j];
    }
    int maxPivots = 50 * (m + n) + 1000;
    for (int pivots = 0; ; pivots++) {
      if (pivots > maxPivots) {
        throw new IllegalStateException("simplex did not finish in " + maxPivots + " pivots");
      }
      int enter = -1;
      double mostNegative = -COST_TOLERANCE;
      for (int j = 0; j < n + m; j++) {
        if (t[m][j] < mostNegative) {
          mostNegative = t[m][j];
          enter = j;
        }
      }
      if (enter < 0) {
        break;
      }
      int leave = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        double coef = t[i][enter];
        if (coef > PIVOT_TOLERANCE) {
          double ratio = Math.max(0, t[i][rhs]) / coef;
          if (leave < 0 || ratio < best * (1 - 1e-12) || (ratio <= best * (1 + 1e-12) && coef > t[leave][enter])) {
            best = leave < 0 ? ratio : Math.min(best, ratio);
            leave = i;
          }
        }
      }
      if (leave < 0) {
        throw new IllegalStateException("linear program is unbounded");
      }
      pivot(t, leave, enter);
      basis[leave] = enter;
    }
    // x_B = B⁻¹ b for the original b; B⁻¹ sits in the slack columns of the final tableau
    double[] x = new double[n];
    for (int i = 0; i < m; i++) {
      if (basis[i] < n) {
        double v = 0;
        for (int k = 0; k < m; k++) {
          v += t[i][n + k] * b[k];
        }
        x[basis[i]] = Math.max(0, v);
      }
    }
    return x;
  }

  private static void pivot(double[][] t, int row, int col) {
    double[] pr = t[row];
    double inv = 1 / pr[col];
    for (int j = 0; j < pr.length; j++) {
      pr[j] *= inv;
    }
    pr[col] = 1;
    for (int i = 0; i < t.length; i++) {
      if (i == row) {
        continue;
      }
      double[] ri = t[i];
      double f = ri[col];
      if (f != 0) {
        for (int j = 0; j < ri.length; j++) {
          ri[j] -= f * pr[j];
        }
        ri[col] = 0;
      }
    }
  }
}
