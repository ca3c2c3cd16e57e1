package dev.parley.analysis.ratings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A symmetric two-player meta-game among strategies (agents): {@code payoff[r][s]} is what
 * strategy r earns against strategy s. Immutable; the matrix is copied in and out.
 */
public final class MetaGame {
  private final List<String> strategies;
  private final double[][] payoff;

  private MetaGame(List<String> strategies, double[][] payoff) {
    this.strategies = strategies;
    this.payoff = payoff;
  }

  /** A square, finite payoff matrix with one name per strategy. */
  public static MetaGame of(List<String> strategies, double[][] payoff) {
    List<String> names = List.copyOf(strategies);
    Objects.requireNonNull(payoff, "payoff");
    int n = names.size();
    if (n < 1) {
      throw new IllegalArgumentException("strategies: need at least one");
    }
    if (names.stream().distinct().count() != n) {
      throw new IllegalArgumentException("strategies: names must be distinct, got " + names);
    }
    if (payoff.length != n) {
      throw new IllegalArgumentException("payoff has " + payoff.length + " rows for " + n + " strategies");
    }
    double[][] copy = new double[n][];
    for (int r = 0; r < n; r++) {
      if (payoff[r] == null || payoff[r].length != n) {
        throw new IllegalArgumentException("payoff row " + r + " must have " + n + " entries");
      }
      copy[r] = payoff[r].clone();
      for (int s = 0; s < n; s++) {
        if (!Double.isFinite(copy[r][s])) {
          throw new IllegalArgumentException("payoff[" + r + "][" + s + "] must be finite, was " + copy[r][s]);
        }
      }
    }
    return new MetaGame(names, copy);
  }

  /** Strategies named s0, s1, .... */
  public static MetaGame of(double[][] payoff) {
    Objects.requireNonNull(payoff, "payoff");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < payoff.length; i++) {
      names.add("s" + i);
    }
    return of(names, payoff);
  }

  /**
   * The antisymmetric game of mean scores minus ½ (win rate advantage), 0 for pairs that never met.
   */
  public static MetaGame fromMeanScores(PairCounts counts) {
    double[][] m = counts.meanScoreMatrix();
    for (double[] row : m) {
      for (int j = 0; j < row.length; j++) {
        row[j] = Double.isNaN(row[j]) ? 0 : row[j] - 0.5;
      }
    }
    return of(counts.players(), m);
  }

  public List<String> strategies() {
    return strategies;
  }

  public int size() {
    return strategies.size();
  }

  public double payoff(int r, int s) {
    return payoff[r][s];
  }

  /** A copy of the payoff matrix. */
  public double[][] payoff() {
    double[][] copy = new double[payoff.length][];
    for (int r = 0; r < payoff.length; r++) {
      copy[r] = payoff[r].clone();
    }
    return copy;
  }

  /** Largest |M[r][s] + M[s][r]|: 0 for an antisymmetric (symmetric zero-sum) game. */
  public double asymmetry() {
    double worst = 0;
    for (int r = 0; r < payoff.length; r++) {
      for (int s = 0; s <= r; s++) {
        worst = Math.max(worst, Math.abs(payoff[r][s] + payoff[s][r]));
      }
    }
    return worst;
  }

  @Override
  public String toString() {
    return "MetaGame" + strategies;
  }
}
