package dev.parley.analysis.ratings;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A ranking of meta-game strategies: a distribution {@code mass} over them (Nash averaging's
 * maximum-entropy equilibrium, α-Rank's stationary distribution) and a score per strategy (Nash
 * averaging's payoff against the equilibrium; α-Rank's mass), with the method that produced it.
 */
public record MetaRanking(List<String> strategies, double[] mass, double[] scores, String method) {

  public MetaRanking {
    strategies = List.copyOf(strategies);
    Objects.requireNonNull(mass, "mass");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(method, "method");
    if (mass.length != strategies.size() || scores.length != strategies.size()) {
      throw new IllegalArgumentException("mass and scores need " + strategies.size() + " entries, had "
          + mass.length + " and " + scores.length);
    }
    mass = mass.clone();
    scores = scores.clone();
  }

  @Override
  public double[] mass() {
    return mass.clone();
  }

  @Override
  public double[] scores() {
    return scores.clone();
  }

  /** The scores as plain {@link Ratings}. */
  public Ratings asRatings() {
    return new Ratings(strategies, scores, method);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetaRanking r && strategies.equals(r.strategies) && Arrays.equals(mass, r.mass)
        && Arrays.equals(scores, r.scores) && method.equals(r.method);
  }

  @Override
  public int hashCode() {
    return Objects.hash(strategies, Arrays.hashCode(mass), Arrays.hashCode(scores), method);
  }

  @Override
  public String toString() {
    return "MetaRanking[" + method + ": " + strategies + " mass=" + Arrays.toString(mass) + " scores="
        + Arrays.toString(scores) + "]";
  }
}
