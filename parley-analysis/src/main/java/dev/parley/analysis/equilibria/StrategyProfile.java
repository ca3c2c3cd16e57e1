package dev.parley.analysis.equilibria;

import java.util.Arrays;
import java.util.Objects;

/**
 * A mixed strategy for each player of a bimatrix game: {@code row[i]} is the probability of row
 * action i, {@code column[j]} that of column action j. Immutable; accessors copy.
 */
public record StrategyProfile(double[] row, double[] column) {

  public StrategyProfile {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    row = row.clone();
    column = column.clone();
  }

  /** Both players mix uniformly. */
  public static StrategyProfile uniform(Bimatrix game) {
    return new StrategyProfile(Strategies.uniform(game.rows()), Strategies.uniform(game.columns()));
  }

  @Override
  public double[] row() {
    return row.clone();
  }

  @Override
  public double[] column() {
    return column.clone();
  }

  /** Probability of row action i. */
  public double row(int i) {
    return row[i];
  }

  /** Probability of column action j. */
  public double column(int j) {
    return column[j];
  }

  /** Row actions played with probability {@code > tolerance}, ascending. */
  public int[] rowSupport(double tolerance) {
    return support(row, tolerance);
  }

  /** Column actions played with probability {@code > tolerance}, ascending. */
  public int[] columnSupport(double tolerance) {
    return support(column, tolerance);
  }

  private static int[] support(double[] p, double tolerance) {
    return java.util.stream.IntStream.range(0, p.length).filter(i -> p[i] > tolerance).toArray();
  }

  /** True when both strategies are within {@code tolerance} of the other's, entry by entry. */
  public boolean closeTo(StrategyProfile other, double tolerance) {
    return close(row, other.row, tolerance) && close(column, other.column, tolerance);
  }

  private static boolean close(double[] u, double[] v, double tolerance) {
    if (u.length != v.length) {
      return false;
    }
    for (int i = 0; i < u.length; i++) {
      if (Math.abs(u[i] - v[i]) > tolerance) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StrategyProfile p && Arrays.equals(p.row, row) && Arrays.equals(p.column, column);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(row) + Arrays.hashCode(column);
  }

  @Override
  public String toString() {
    return "(" + Arrays.toString(row) + ", " + Arrays.toString(column) + ")";
  }
}
