package dev.parley.learn.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

/** Central finite-difference checks of an {@link Objective}'s analytic gradient. */
final class Gradients {
  private static final double STEP = 1e-6;

  private Gradients() {}

  /** A random parameter vector with entries in ±scale. */
  static double[] random(int n, double scale, SplittableRandom rnd) {
    double[] theta = new double[n];
    for (int i = 0; i < n; i++) {
      theta[i] = rnd.nextDouble(-scale, scale);
    }
    return theta;
  }

  /** Asserts that every partial derivative matches its central difference. */
  static void check(Objective f, double[] theta) {
    double[] analytic = new double[theta.length];
    double value = f.evaluate(theta, analytic);
    double[] scratch = new double[theta.length];
    for (int i = 0; i < theta.length; i++) {
      double[] plus = theta.clone();
      double[] minus = theta.clone();
      plus[i] += STEP;
      minus[i] -= STEP;
      double numeric = (f.evaluate(plus, scratch) - f.evaluate(minus, scratch)) / (2 * STEP);
      assertThat(analytic[i]).as("∂J/∂θ[%d] of %d", i, theta.length)
          .isCloseTo(numeric, within(1e-6 * Math.max(1, Math.abs(value))));
    }
  }
}
