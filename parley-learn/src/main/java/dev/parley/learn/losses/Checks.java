package dev.parley.learn.losses;

/** Argument checks shared by the loss records. */
final class Checks {
  private Checks() {}

  static double positive(String name, double v) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number > 0, was " + v);
    }
    return v;
  }

  static double nonNegative(String name, double v) {
    if (!(v >= 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number ≥ 0, was " + v);
    }
    return v;
  }

  static double flipRate(String name, double v) {
    if (!(v >= 0 && v < 0.5)) {
      throw new IllegalArgumentException(name + " must be in [0, 0.5), was " + v);
    }
    return v;
  }

  static double probability(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], was " + v);
    }
    return v;
  }

  static double finite(String name, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be finite, was " + v);
    }
    return v;
  }
}
