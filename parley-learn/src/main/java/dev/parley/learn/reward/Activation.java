package dev.parley.learn.reward;

/** The nonlinearity of a network's hidden layers ({@link Architecture}). */
public enum Activation {
  /** {@code tanh(z)}, derivative {@code 1 − tanh(z)²}. */
  TANH,
  /** {@code max(0, z)}, derivative 1 for z &gt; 0 and 0 otherwise (also at the kink z = 0). */
  RELU;

  double apply(double z) {
    return this == TANH ? Math.tanh(z) : Math.max(0, z);
  }

  /** The derivative at pre-activation z, given the activation value a = apply(z). */
  double slope(double z, double a) {
    return this == TANH ? 1 - a * a : (z > 0 ? 1 : 0);
  }
}
