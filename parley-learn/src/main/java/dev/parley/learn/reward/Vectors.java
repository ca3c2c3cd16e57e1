package dev.parley.learn.reward;

/** Argument checks and small vector helpers of the reward package. */
final class Vectors {
  private Vectors() {}

  static double[] requireFinite(String name, double[] v) {
    if (v == null) {
      throw new NullPointerException(name);
    }
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException(name + "[" + i + "] must be finite, was " + v[i]);
      }
    }
    return v;
  }

  static double[] requireLength(String name, double[] v, int length) {
    requireFinite(name, v);
    if (v.length != length) {
      throw new IllegalArgumentException(name + " must have " + length + " features, has " + v.length);
    }
    return v;
  }

  static double nonNegative(String name, double v) {
    if (!(v >= 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number ≥ 0, was " + v);
    }
    return v;
  }

  static double positive(String name, double v) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number > 0, was " + v);
    }
    return v;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static double maxAbs(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }

  static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }
}
