package dev.parley.games.matrix;

import dev.parley.core.game.GameType.UtilityKind;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A two-player normal-form game: action names for the row and column player and their payoff
 * matrices, indexed {@code [rowAction][columnAction]}. Immutable; accessors copy.
 *
 * @param name catalogue name ({@code pd}, {@code rg-67}) or {@code custom}
 * @param family family label for catalogue games (e.g. "PD Family"), empty otherwise
 */
public record StageGame(String name, String title, String family, List<String> rowActions,
    List<String> columnActions, double[][] rowPayoffs, double[][] columnPayoffs) {

  public StageGame {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(family, "family");
    rowActions = List.copyOf(rowActions);
    columnActions = List.copyOf(columnActions);
    int m = rowActions.size();
    int n = columnActions.size();
    if (m < 1 || n < 1) {
      throw new IllegalArgumentException(name + ": each player needs at least one action");
    }
    rowPayoffs = copy(rowPayoffs, m, n, name + " row payoffs");
    columnPayoffs = copy(columnPayoffs, m, n, name + " column payoffs");
  }

  private static double[][] copy(double[][] a, int m, int n, String what) {
    if (a.length != m) {
      throw new IllegalArgumentException(what + ": expected " + m + " rows, got " + a.length);
    }
    double[][] c = new double[m][];
    for (int i = 0; i < m; i++) {
      if (a[i].length != n) {
        throw new IllegalArgumentException(what + ": row " + (i + 1) + " has " + a[i].length
            + " entries, expected " + n);
      }
      for (double x : a[i]) {
        if (!Double.isFinite(x)) {
          throw new IllegalArgumentException(what + ": payoff " + x + " is not finite");
        }
      }
      c[i] = a[i].clone();
    }
    return c;
  }

  /** Builds a symmetric-shape game from (row, column) payoff pairs {@code cells[i][j] = {r, c}}. */
  public static StageGame ofCells(String name, String title, String family, List<String> rowActions,
      List<String> columnActions, double[][][] cells) {
    int m = cells.length;
    int n = m == 0 ? 0 : cells[0].length;
    double[][] r = new double[m][n];
    double[][] c = new double[m][n];
    for (int i = 0; i < m; i++) {
      if (cells[i].length != n) {
        throw new IllegalArgumentException(name + ": row " + (i + 1) + " has " + cells[i].length
            + " cells, expected " + n);
      }
      for (int j = 0; j < n; j++) {
        if (cells[i][j].length != 2) {
          throw new IllegalArgumentException(name + ": cell (" + (i + 1) + "," + (j + 1)
              + ") must hold two payoffs [row, column]");
        }
        r[i][j] = cells[i][j][0];
        c[i][j] = cells[i][j][1];
      }
    }
    return new StageGame(name, title, family, rowActions, columnActions, r, c);
  }

  public int rows() {
    return rowActions.size();
  }

  public int columns() {
    return columnActions.size();
  }

  /** Payoff of {@code seat} (0 = row, 1 = column) when row plays i and column plays j. */
  public double payoff(int seat, int i, int j) {
    return seat == 0 ? rowPayoffs[i][j] : columnPayoffs[i][j];
  }

  @Override
  public double[][] rowPayoffs() {
    return deepCopy(rowPayoffs);
  }

  @Override
  public double[][] columnPayoffs() {
    return deepCopy(columnPayoffs);
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  /** The strictest relation between the two payoff matrices. */
  public UtilityKind utilityKind() {
    boolean identical = true;
    boolean constant = true;
    double sum = rowPayoffs[0][0] + columnPayoffs[0][0];
    for (int i = 0; i < rows(); i++) {
      for (int j = 0; j < columns(); j++) {
        identical &= rowPayoffs[i][j] == columnPayoffs[i][j];
        constant &= rowPayoffs[i][j] + columnPayoffs[i][j] == sum;
      }
    }
    if (constant) {
      return sum == 0 ? UtilityKind.ZERO_SUM : UtilityKind.CONSTANT_SUM;
    }
    return identical ? UtilityKind.IDENTICAL : UtilityKind.GENERAL_SUM;
  }

  /** True when the column player's payoff at (i, j) is the row player's at (j, i). */
  public boolean isSymmetric() {
    if (rows() != columns()) {
      return false;
    }
    for (int i = 0; i < rows(); i++) {
      for (int j = 0; j < columns(); j++) {
        if (columnPayoffs[i][j] != rowPayoffs[j][i]) {
          return false;
        }
      }
    }
    return true;
  }

  public double minPayoff() {
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < rows(); i++) {
      for (int j = 0; j < columns(); j++) {
        min = Math.min(min, Math.min(rowPayoffs[i][j], columnPayoffs[i][j]));
      }
    }
    return min;
  }

  public double maxPayoff() {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < rows(); i++) {
      for (int j = 0; j < columns(); j++) {
        max = Math.max(max, Math.max(rowPayoffs[i][j], columnPayoffs[i][j]));
      }
    }
    return max;
  }

  /** Payoffs as the nested list {@code [[[r,c],...],...]} used by the {@code payoffs} parameter. */
  public String payoffsText() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < rows(); i++) {
      sb.append(i == 0 ? "[" : ",[");
      for (int j = 0; j < columns(); j++) {
        sb.append(j == 0 ? "[" : ",[")
            .append(dev.parley.core.game.Params.formatNumber(rowPayoffs[i][j])).append(',')
            .append(dev.parley.core.game.Params.formatNumber(columnPayoffs[i][j])).append(']');
      }
      sb.append(']');
    }
    return sb.append(']').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StageGame s && s.name.equals(name) && s.rowActions.equals(rowActions)
        && s.columnActions.equals(columnActions) && Arrays.deepEquals(s.rowPayoffs, rowPayoffs)
        && Arrays.deepEquals(s.columnPayoffs, columnPayoffs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, rowActions, columnActions, Arrays.deepHashCode(rowPayoffs),
        Arrays.deepHashCode(columnPayoffs));
  }

  @Override
  public String toString() {
    return name + payoffsText();
  }
}
