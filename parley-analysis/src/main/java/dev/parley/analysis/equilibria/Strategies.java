package dev.parley.analysis.equilibria;

/** Primitive-array kernels shared by the solvers: products with payoff matrices, NashConv. */
final class Strategies {
  private Strategies() {}

  /** {@code out = A·y} (sums in index order). */
  static void times(double[][] a, double[] y, double[] out) {
    for (int i = 0; i < a.length; i++) {
      double[] row = a[i];
      double s = 0;
      for (int j = 0; j < row.length; j++) {
        s += row[j] * y[j];
      }
      out[i] = s;
    }
  }

  /** {@code out = xᵀ·B} (sums in index order). */
  static void timesTransposed(double[][] b, double[] x, double[] out) {
    int n = out.length;
    for (int j = 0; j < n; j++) {
      out[j] = 0;
    }
    for (int i = 0; i < b.length; i++) {
      double xi = x[i];
      if (xi == 0) {
        continue;
      }
      double[] row = b[i];
      for (int j = 0; j < n; j++) {
        out[j] += xi * row[j];
      }
    }
  }

  /** {@code xᵀ·M·y}. */
  static double bilinear(double[][] m, double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < m.length; i++) {
      if (x[i] == 0) {
        continue;
      }
      double[] row = m[i];
      double r = 0;
      for (int j = 0; j < row.length; j++) {
        r += row[j] * y[j];
      }
      s += x[i] * r;
    }
    return s;
  }

  static double dot(double[] u, double[] v) {
    double s = 0;
    for (int i = 0; i < u.length; i++) {
      s += u[i] * v[i];
    }
    return s;
  }

  static double max(double[] v) {
    double m = v[0];
    for (int i = 1; i < v.length; i++) {
      if (v[i] > m) {
        m = v[i];
      }
    }
    return m;
  }

  /** Index of the largest entry; ties go to the lowest index. */
  static int argmax(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }

  /**
   * NashConv {@code max(Ay) − xᵀAy + max(xᵀB) − xᵀBy} using the scratch arrays {@code ay} (length m)
   * and {@code xb} (length n).
   */
  static double nashConv(double[][] a, double[][] b, double[] x, double[] y, double[] ay, double[] xb) {
    times(a, y, ay);
    timesTransposed(b, x, xb);
    double rowValue = dot(x, ay);
    double columnValue = dot(xb, y);
    double gap = max(ay) - rowValue + max(xb) - columnValue;
    return Math.max(0, gap);
  }

  static double[] uniform(int k) {
    double[] p = new double[k];
    java.util.Arrays.fill(p, 1.0 / k);
    return p;
  }

  /** Scales non-negative weights to sum 1, in place; uniform when they sum to 0. */
  static void normalise(double[] w) {
    double s = 0;
    for (double v : w) {
      s += v;
    }
    if (s > 0) {
      for (int i = 0; i < w.length; i++) {
        w[i] /= s;
      }
    } else {
      java.util.Arrays.fill(w, 1.0 / w.length);
    }
  }
}
