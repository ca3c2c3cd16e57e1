package dev.parley.analysis.ratings;

import java.util.Objects;

/**
 * Bradley–Terry maximum likelihood as in Chatbot Arena (REFERENCE §4.2):
 * {@code P(a beats b) = σ(ln(base)·(θ_a − θ_b))}, display rating {@code scale·θ + initialRating}.
 *
 * <p>{@code l2} adds {@code (l2/2)·Σθ²} to the negative log-likelihood (0 = none, as FastChat); a
 * positive value makes the estimate exist even when a player never lost. The fit has converged when
 * every player's gradient, divided by the number of battles it played, is at most {@code tolerance}
 * (the mean residual per battle, in θ units). When {@code anchorPlayer} is rated, all ratings are
 * shifted so that it reads {@code anchorRating} (FastChat anchors mixtral-8x7b-instruct-v0.1 at 1114);
 * otherwise the mean rating is {@code initialRating}.
 */
public record BradleyTerryConfig(
    double base,
    double scale,
    double initialRating,
    double l2,
    double tolerance,
    int maxIterations,
    String anchorPlayer,
    double anchorRating) {

  /** Base 10, scale 400, mean 1000, no prior, tolerance 1e-10, at most 100 Newton steps, no anchor. */
  public static final BradleyTerryConfig CHATBOT_ARENA =
      new BradleyTerryConfig(10, 400, 1000, 0, 1e-10, 100, null, Double.NaN);

  public BradleyTerryConfig {
    if (!(base > 1) || Double.isInfinite(base)) {
      throw new IllegalArgumentException("base must be a finite number > 1, was " + base);
    }
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be a positive finite number, was " + scale);
    }
    if (!Double.isFinite(initialRating)) {
      throw new IllegalArgumentException("initialRating must be finite, was " + initialRating);
    }
    if (!(l2 >= 0) || Double.isInfinite(l2)) {
      throw new IllegalArgumentException("l2 must be a finite number ≥ 0, was " + l2);
    }
    if (!(tolerance > 0)) {
      throw new IllegalArgumentException("tolerance must be > 0, was " + tolerance);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be ≥ 1, was " + maxIterations);
    }
    if (anchorPlayer != null && !Double.isFinite(anchorRating)) {
      throw new IllegalArgumentException("anchorRating must be finite when anchorPlayer is set, was "
          + anchorRating);
    }
  }

  /** The same settings, shifting ratings so that {@code player} reads {@code rating} when present. */
  public BradleyTerryConfig withAnchor(String player, double rating) {
    return new BradleyTerryConfig(base, scale, initialRating, l2, tolerance, maxIterations,
        Objects.requireNonNull(player, "player"), rating);
  }

  public BradleyTerryConfig withL2(double newL2) {
    return new BradleyTerryConfig(base, scale, initialRating, newL2, tolerance, maxIterations, anchorPlayer,
        anchorRating);
  }

  public BradleyTerryConfig withTolerance(double newTolerance) {
    return new BradleyTerryConfig(base, scale, initialRating, l2, newTolerance, maxIterations, anchorPlayer,
        anchorRating);
  }
}
