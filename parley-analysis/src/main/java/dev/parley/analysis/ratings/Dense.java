package dev.parley.analysis.ratings;

/** Small dense linear algebra on row-major {@code double[n*n]} arrays. */
final class Dense {
  private Dense() {}

  /**
   * Solves {@code A x = b} for symmetric positive definite {@code A} by Cholesky; {@code a} is
   * overwritten by its factor and {@code b} by the solution. Returns false when a pivot is not
   * positive (A not positive definite to working precision).
   */
  static boolean choleskySolve(double[] a, double[] b, int n) {
    for (int j = 0; j < n; j++) {
      int rj = j * n;
      double d = a[rj + j];
      for (int k = 0; k < j; k++) {
        d -= a[rj + k] * a[rj + k];
      }
      if (!(d > 0)) {
        return false;
      }
      double l = Math.sqrt(d);
      a[rj + j] = l;
      double inv = 1 / l;
      for (int i = j + 1; i < n; i++) {
        int ri = i * n;
        double s = a[ri + j];
        for (int k = 0; k < j; k++) {
          s -= a[ri + k] * a[rj + k];
        }
        a[ri + j] = s * inv;
      }
    }
    for (int i = 0; i < n; i++) {
      int ri = i * n;
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= a[ri + k] * b[k];
      }
      b[i] = s / a[ri + i];
    }
    for (int i = n - 1; i >= 0; i--) {
      double s = b[i];
      for (int k = i + 1; k < n; k++) {
        s -= a[k * n + i] * b[k];
      }
      b[i] = s / a[i * n + i];
    }
    return true;
  }
}
