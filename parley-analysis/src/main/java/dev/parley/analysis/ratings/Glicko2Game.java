package dev.parley.analysis.ratings;

import java.util.Objects;

/** One game of a rating period, seen from the rated player: the opponent's pre-period rating and the score. */
public record Glicko2Game(Glicko2Rating opponent, double score) {

  public Glicko2Game {
    Objects.requireNonNull(opponent, "opponent");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], was " + score);
    }
  }
}
