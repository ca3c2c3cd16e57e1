package dev.parley.analysis.equilibria;

import java.util.Objects;

/**
 * A Nash equilibrium of a bimatrix game with the expected payoffs {@code xᵀAy} and {@code xᵀBy}.
 *
 * @param profile the equilibrium strategies
 * @param rowPayoff the row player's expected payoff
 * @param columnPayoff the column player's expected payoff
 */
public record Equilibrium(StrategyProfile profile, double rowPayoff, double columnPayoff) {

  public Equilibrium {
    Objects.requireNonNull(profile, "profile");
    if (!Double.isFinite(rowPayoff) || !Double.isFinite(columnPayoff)) {
      throw new IllegalArgumentException("payoffs must be finite, were " + rowPayoff + ", " + columnPayoff);
    }
  }

  /** The profile (x, y) of {@code game} with its expected payoffs. */
  static Equilibrium of(Bimatrix game, double[] x, double[] y) {
    double[] v = game.expectedPayoffs(x, y);
    return new Equilibrium(new StrategyProfile(x, y), v[0], v[1]);
  }

  /** The row player's strategy (a copy). */
  public double[] row() {
    return profile.row();
  }

  /** The column player's strategy (a copy). */
  public double[] column() {
    return profile.column();
  }

  /** True when each player puts all weight (up to {@code 1e-9}) on one action. */
  public boolean isPure() {
    return profile.rowSupport(1e-9).length == 1 && profile.columnSupport(1e-9).length == 1;
  }
}
