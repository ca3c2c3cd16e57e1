package dev.parley.analysis.ratings;

import java.util.Objects;

/** One two-seat match: who sat first and second, and what each scored (game reward or outcome). */
public record SeatedMatch(String first, String second, double firstScore, double secondScore) {

  public SeatedMatch {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (first.equals(second)) {
      throw new IllegalArgumentException("a match needs two different players, got '" + first + "' twice");
    }
    if (!Double.isFinite(firstScore)) {
      throw new IllegalArgumentException("firstScore must be finite, was " + firstScore);
    }
    if (!Double.isFinite(secondScore)) {
      throw new IllegalArgumentException("secondScore must be finite, was " + secondScore);
    }
  }
}
