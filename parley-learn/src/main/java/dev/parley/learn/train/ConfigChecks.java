package dev.parley.learn.train;

/** Argument checks shared by the trainer config records. */
final class ConfigChecks {
  private ConfigChecks() {}

  static void positive(String name, double v) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number > 0, was " + v);
    }
  }

  static void nonNegative(String name, double v) {
    if (!(v >= 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number ≥ 0, was " + v);
    }
  }

  static void iterations(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be ≥ 1, was " + iterations);
    }
  }

  static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e6 ? Long.toString((long) v) : Double.toString(v);
  }
}
