package dev.parley.analysis.ratings;

/**
 * Glicko-2 settings (Glickman, "Example of the Glicko-2 system", 2013; REFERENCE §4.4): system
 * constant {@code tau} (sensible values 0.3–1.2), a new player's rating, deviation and volatility,
 * and the convergence tolerance ε of the volatility iteration.
 */
public record Glicko2Config(
    double tau,
    double initialRating,
    double initialDeviation,
    double initialVolatility,
    double convergence) {

  /** τ = 0.5, new players 1500 / 350 / 0.06, ε = 0.000001 (Glickman's example). */
  public static final Glicko2Config DEFAULTS = new Glicko2Config(0.5, 1500, 350, 0.06, 1e-6);

  public Glicko2Config {
    if (!(tau > 0) || Double.isInfinite(tau)) {
      throw new IllegalArgumentException("tau must be a positive finite number, was " + tau);
    }
    if (!Double.isFinite(initialRating)) {
      throw new IllegalArgumentException("initialRating must be finite, was " + initialRating);
    }
    if (!(initialDeviation > 0) || Double.isInfinite(initialDeviation)) {
      throw new IllegalArgumentException("initialDeviation must be a positive finite number, was "
          + initialDeviation);
    }
    if (!(initialVolatility > 0) || Double.isInfinite(initialVolatility)) {
      throw new IllegalArgumentException("initialVolatility must be a positive finite number, was "
          + initialVolatility);
    }
    if (!(convergence > 0)) {
      throw new IllegalArgumentException("convergence must be > 0, was " + convergence);
    }
  }

  /** A new player's rating. */
  public Glicko2Rating newPlayer() {
    return new Glicko2Rating(initialRating, initialDeviation, initialVolatility);
  }

  public Glicko2Config withTau(double newTau) {
    return new Glicko2Config(newTau, initialRating, initialDeviation, initialVolatility, convergence);
  }
}
