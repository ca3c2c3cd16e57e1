package dev.parley.analysis.equilibria;

import java.util.Objects;

/**
 * The solution of a two-player constant-sum game {@code A + B = c}: by the minimax theorem (von
 * Neumann 1928) {@code max_x min_j (xᵀA)_j = min_y max_i (Ay)_i = value}.
 *
 * @param value the row player's value {@code xᵀAy}
 * @param columnValue the column player's value {@code c − value}
 * @param profile optimal (maximin) strategies of both players
 * @param dualityGap {@code max_i (Ay)_i − min_j (xᵀA)_j} of the returned strategies, a certificate of
 *     optimality (0 in exact arithmetic)
 */
public record ZeroSumSolution(double value, double columnValue, StrategyProfile profile, double dualityGap) {

  public ZeroSumSolution {
    Objects.requireNonNull(profile, "profile");
    if (!Double.isFinite(value) || !Double.isFinite(columnValue)) {
      throw new IllegalArgumentException("values must be finite, were " + value + ", " + columnValue);
    }
    if (!(dualityGap >= 0)) {
      throw new IllegalArgumentException("dualityGap must be ≥ 0, was " + dualityGap);
    }
  }

  /** The row player's optimal strategy (a copy). */
  public double[] row() {
    return profile.row();
  }

  /** The column player's optimal strategy (a copy). */
  public double[] column() {
    return profile.column();
  }

  /** The optimal strategies as an equilibrium with both players' payoffs. */
  public Equilibrium equilibrium() {
    return new Equilibrium(profile, value, columnValue);
  }
}
