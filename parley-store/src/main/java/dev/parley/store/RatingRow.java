package dev.parley.store;

import java.util.Objects;

/**
 * One agent's rating in a run by one method, as stored: the estimate, its interval (NaN when the
 * method gives none) and the number of games behind it.
 */
public record RatingRow(String agent, double rating, double lower, double upper, long games) {
  public RatingRow {
    Objects.requireNonNull(agent, "agent");
    if (!Double.isFinite(rating)) {
      throw new IllegalArgumentException("rating of " + agent + " must be finite, was " + rating);
    }
    if (games < 0) {
      throw new IllegalArgumentException("games must be ≥ 0, was " + games);
    }
  }
}
