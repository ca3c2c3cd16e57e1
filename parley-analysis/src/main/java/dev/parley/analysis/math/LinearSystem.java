package dev.parley.analysis.math;

/**
 * Small dense linear systems {@code a·x = b} by Gaussian elimination with partial pivoting: for
 * the Newton steps of fits and the vertices of equilibrium enumeration (a few dozen unknowns at most).
 */
public final class LinearSystem {
  private LinearSystem() {}

  /**
   * Solves {@code a·x = b} into {@code x}, overwriting {@code a} and {@code b} (no allocation).
   * Returns false, with {@code x} undefined, when a pivot is zero or not finite or the solution
   * is not finite.
   */
  public static boolean solveInPlace(double[][] a, double[] b, double[] x) {
    int n = b.length;
    if (a.length != n || x.length != n) {
      throw new IllegalArgumentException("a " + a.length + "×? system needs b and x of length " + a.length
          + ", got " + n + " and " + x.length);
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double d = a[pivot][col];
      if (d == 0 || !Double.isFinite(d)) {
        return false;
      }
      double[] row = a[col];
      a[col] = a[pivot];
      a[pivot] = row;
      double t = b[col];
      b[col] = b[pivot];
      b[pivot] = t;
      for (int r = col + 1; r < n; r++) {
        double f = a[r][col] / d;
        if (f == 0) {
          continue;
        }
        double[] target = a[r];
        double[] source = a[col];
        for (int c = col; c < n; c++) {
          target[c] -= f * source[c];
        }
        b[r] -= f * b[col];
      }
    }
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      double[] row = a[r];
      for (int c = r + 1; c < n; c++) {
        s -= row[c] * x[c];
      }
      x[r] = s / row[r];
      if (!Double.isFinite(x[r])) {
        return false;
      }
    }
    return true;
  }

  /** The solution of {@code a·x = b}, leaving both untouched; null when the system is singular. */
  public static double[] solve(double[][] a, double[] b) {
    double[][] m = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      m[i] = a[i].clone();
    }
    double[] x = new double[b.length];
    return solveInPlace(m, b.clone(), x) ? x : null;
  }
}
