package dev.parley.analysis.ratings;

/** A Glicko-2 rating on the Glicko scale: rating r, rating deviation RD and volatility σ. */
public record Glicko2Rating(double rating, double deviation, double volatility) {

  public Glicko2Rating {
    if (!Double.isFinite(rating)) {
      throw new IllegalArgumentException("rating must be finite, was " + rating);
    }
    if (!(deviation > 0) || Double.isInfinite(deviation)) {
      throw new IllegalArgumentException("deviation must be a positive finite number, was " + deviation);
    }
    if (!(volatility > 0) || Double.isInfinite(volatility)) {
      throw new IllegalArgumentException("volatility must be a positive finite number, was " + volatility);
    }
  }
}
