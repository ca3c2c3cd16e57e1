package dev.parley.analysis.equilibria;

import dev.parley.core.game.GameType.UtilityKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A finite two-player game in normal form (a bimatrix game): row payoffs {@code A} and column
 * payoffs {@code B}, both indexed {@code [rowAction][columnAction]}, with action names. Immutable;
 * array accessors copy. Mixed strategies are probability vectors over the row (length
 * {@link #rows()}) or column (length {@link #columns()}) actions.
 */
public final class Bimatrix {
  private final double[][] a;
  private final double[][] b;
  private final List<String> rowActions;
  private final List<String> columnActions;
  private final double scale;

  private Bimatrix(double[][] a, double[][] b, List<String> rowActions, List<String> columnActions) {
    this.a = a;
    this.b = b;
    this.rowActions = rowActions;
    this.columnActions = columnActions;
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) {
        s = Math.max(s, Math.max(Math.abs(a[i][j]), Math.abs(b[i][j])));
      }
    }
    this.scale = s;
  }

  /** A game with actions named {@code a1, a2, ...} for each player. */
  public static Bimatrix of(double[][] rowPayoffs, double[][] columnPayoffs) {
    Objects.requireNonNull(rowPayoffs, "rowPayoffs");
    return of(rowPayoffs, columnPayoffs, names(rowPayoffs.length),
        names(rowPayoffs.length == 0 || rowPayoffs[0] == null ? 0 : rowPayoffs[0].length));
  }

  /**
   * A game from payoff matrices and action names.
   *
   * @throws IllegalArgumentException when a matrix is empty, ragged, of the wrong shape, holds a
   *     non-finite payoff, or a name list is of the wrong length or repeats a name
   */
  public static Bimatrix of(double[][] rowPayoffs, double[][] columnPayoffs, List<String> rowActions,
      List<String> columnActions) {
    Objects.requireNonNull(rowPayoffs, "rowPayoffs");
    Objects.requireNonNull(columnPayoffs, "columnPayoffs");
    Objects.requireNonNull(rowActions, "rowActions");
    Objects.requireNonNull(columnActions, "columnActions");
    int m = rowPayoffs.length;
    if (m == 0 || rowPayoffs[0] == null || rowPayoffs[0].length == 0) {
      throw new IllegalArgumentException("rowPayoffs must have at least one row and one column");
    }
    int n = rowPayoffs[0].length;
    double[][] a = copy("rowPayoffs", rowPayoffs, m, n);
    double[][] b = copy("columnPayoffs", columnPayoffs, m, n);
    List<String> rn = checkNames("rowActions", rowActions, m);
    List<String> cn = checkNames("columnActions", columnActions, n);
    return new Bimatrix(a, b, rn, cn);
  }

  /** The zero-sum game in which the column player gets {@code −A}. */
  public static Bimatrix zeroSum(double[][] rowPayoffs) {
    return constantSum(rowPayoffs, 0);
  }

  /**
   * The constant-sum game in which the column player gets {@code sum − A}; e.g. a preference game
   * {@code P(y_i ≻ y_j)} with sum 1 (REFERENCE §6.2).
   */
  public static Bimatrix constantSum(double[][] rowPayoffs, double sum) {
    Objects.requireNonNull(rowPayoffs, "rowPayoffs");
    if (!Double.isFinite(sum)) {
      throw new IllegalArgumentException("sum must be finite, was " + sum);
    }
    double[][] b = new double[rowPayoffs.length][];
    for (int i = 0; i < rowPayoffs.length; i++) {
      Objects.requireNonNull(rowPayoffs[i], "rowPayoffs row " + (i + 1));
      b[i] = new double[rowPayoffs[i].length];
      for (int j = 0; j < b[i].length; j++) {
        b[i][j] = sum - rowPayoffs[i][j];
      }
    }
    return of(rowPayoffs, b);
  }

  private static List<String> names(int k) {
    List<String> n = new ArrayList<>(k);
    for (int i = 1; i <= k; i++) {
      n.add("a" + i);
    }
    return n;
  }

  private static double[][] copy(String field, double[][] p, int m, int n) {
    if (p.length != m) {
      throw new IllegalArgumentException(field + ": expected " + m + " rows, got " + p.length);
    }
    double[][] c = new double[m][];
    for (int i = 0; i < m; i++) {
      if (p[i] == null || p[i].length != n) {
        throw new IllegalArgumentException(field + ": row " + (i + 1) + " has "
            + (p[i] == null ? "no" : Integer.toString(p[i].length)) + " entries, expected " + n);
      }
      for (int j = 0; j < n; j++) {
        if (!Double.isFinite(p[i][j])) {
          throw new IllegalArgumentException(field + ": payoff at (" + (i + 1) + "," + (j + 1) + ") is "
              + p[i][j] + ", not finite");
        }
      }
      c[i] = new double[n];
      for (int j = 0; j < n; j++) {
        c[i][j] = p[i][j] + 0.0; // −0.0 becomes 0.0: equal payoffs compare equal
      }
    }
    return c;
  }

  private static List<String> checkNames(String field, List<String> names, int k) {
    if (names.size() != k) {
      throw new IllegalArgumentException(field + ": " + names.size() + " names for " + k + " actions");
    }
    Set<String> seen = new HashSet<>();
    for (String s : names) {
      Objects.requireNonNull(s, field + " entry");
      if (!seen.add(s)) {
        throw new IllegalArgumentException(field + ": '" + s + "' appears twice");
      }
    }
    return List.copyOf(names);
  }

  /** Number of row actions m. */
  public int rows() {
    return a.length;
  }

  /** Number of column actions n. */
  public int columns() {
    return a[0].length;
  }

  public List<String> rowActions() {
    return rowActions;
  }

  public List<String> columnActions() {
    return columnActions;
  }

  /** The row player's payoff {@code A[i][j]}. */
  public double rowPayoff(int i, int j) {
    return a[i][j];
  }

  /** The column player's payoff {@code B[i][j]}. */
  public double columnPayoff(int i, int j) {
    return b[i][j];
  }

  /** A copy of {@code A}. */
  public double[][] rowPayoffs() {
    return deepCopy(a);
  }

  /** A copy of {@code B}. */
  public double[][] columnPayoffs() {
    return deepCopy(b);
  }

  /** Row payoffs without copying, for solvers in this package; never modify. */
  double[][] a() {
    return a;
  }

  /** Column payoffs without copying, for solvers in this package; never modify. */
  double[][] b() {
    return b;
  }

  /** The largest absolute payoff (0 for the all-zero game); scales tolerances. */
  public double scale() {
    return scale;
  }

  /** Tolerance used to compare payoffs: {@code 1e-12·max(1, scale)}. */
  double payoffTolerance() {
    return 1e-12 * Math.max(1, scale);
  }

  private static double[][] deepCopy(double[][] p) {
    double[][] c = new double[p.length][];
    for (int i = 0; i < p.length; i++) {
      c[i] = p[i].clone();
    }
    return c;
  }

  /**
   * The strictest relation between {@code A} and {@code B}, comparing payoffs up to
   * {@code 1e-12·max(1, scale)}: zero-sum, constant-sum, identical interests, or general-sum.
   */
  public UtilityKind utilityKind() {
    OptionalDouble c = constantSum();
    if (c.isPresent()) {
      return Math.abs(c.getAsDouble()) <= payoffTolerance() ? UtilityKind.ZERO_SUM : UtilityKind.CONSTANT_SUM;
    }
    double tol = payoffTolerance();
    for (int i = 0; i < rows(); i++) {
      for (int j = 0; j < columns(); j++) {
        if (Math.abs(a[i][j] - b[i][j]) > tol) {
          return UtilityKind.GENERAL_SUM;
        }
      }
    }
    return UtilityKind.IDENTICAL;
  }

  /** True when {@code A + B = 0} everywhere (up to the payoff tolerance). */
  public boolean isZeroSum() {
    return utilityKind() == UtilityKind.ZERO_SUM;
  }

  /** True when {@code A + B} is the same constant everywhere (zero-sum games included). */
  public boolean isConstantSum() {
    return constantSum().isPresent();
  }

  /** The constant {@code c} with {@code A + B = c} everywhere, or empty when there is none. */
  public OptionalDouble constantSum() {
    double c = a[0][0] + b[0][0];
    double tol = payoffTolerance();
    for (int i = 0; i < rows(); i++) {
      for (int j = 0; j < columns(); j++) {
        if (Math.abs(a[i][j] + b[i][j] - c) > tol) {
          return OptionalDouble.empty();
        }
      }
    }
    return OptionalDouble.of(c);
  }

  /** True when the game is square and {@code B = Aᵀ} (the column player's payoff at (i, j) is A[j][i]). */
  public boolean isSymmetric() {
    if (rows() != columns()) {
      return false;
    }
    for (int i = 0; i < rows(); i++) {
      for (int j = 0; j < columns(); j++) {
        if (b[i][j] != a[j][i]) {
          return false;
        }
      }
    }
    return true;
  }

  /** The same game with the players' roles swapped: the column player becomes the row player. */
  public Bimatrix transpose() {
    int m = rows();
    int n = columns();
    double[][] at = new double[n][m];
    double[][] bt = new double[n][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        at[j][i] = b[i][j];
        bt[j][i] = a[i][j];
      }
    }
    return new Bimatrix(at, bt, columnActions, rowActions);
  }

  /** The row player's payoff for each row action against column strategy {@code y}: {@code A·y}. */
  public double[] rowPayoffsAgainst(double[] y) {
    checkStrategy("column strategy", y, columns());
    double[] out = new double[rows()];
    Strategies.times(a, y, out);
    return out;
  }

  /** The column player's payoff for each column action against row strategy {@code x}: {@code xᵀ·B}. */
  public double[] columnPayoffsAgainst(double[] x) {
    checkStrategy("row strategy", x, rows());
    double[] out = new double[columns()];
    Strategies.timesTransposed(b, x, out);
    return out;
  }

  /** Expected payoffs {@code {xᵀAy, xᵀBy}}. */
  public double[] expectedPayoffs(double[] x, double[] y) {
    checkStrategy("row strategy", x, rows());
    checkStrategy("column strategy", y, columns());
    return new double[] {Strategies.bilinear(a, x, y), Strategies.bilinear(b, x, y)};
  }

  /**
   * NashConv of the profile (x, y): {@code max_i (Ay)_i − xᵀAy + max_j (xᵀB)_j − xᵀBy}, the total gain
   * from unilateral best responses (REFERENCE §5). In a zero-sum game it equals the duality gap
   * {@code max_i (Ay)_i − min_j (xᵀA)_j}. Zero exactly at Nash equilibria.
   */
  public double nashConv(double[] x, double[] y) {
    checkStrategy("row strategy", x, rows());
    checkStrategy("column strategy", y, columns());
    return Strategies.nashConv(a, b, x, y, new double[rows()], new double[columns()]);
  }

  /** True when (x, y) is a Nash equilibrium up to {@code tolerance} on NashConv. */
  public boolean isEquilibrium(double[] x, double[] y, double tolerance) {
    return nashConv(x, y) <= tolerance;
  }

  /**
   * Checks that {@code p} is a probability vector over {@code size} actions: finite entries
   * {@code ≥ −1e-12}, summing to 1 within {@code 1e-9}.
   *
   * @throws IllegalArgumentException naming {@code field} and the bad value
   */
  static void checkStrategy(String field, double[] p, int size) {
    Objects.requireNonNull(p, field);
    if (p.length != size) {
      throw new IllegalArgumentException(field + ": " + p.length + " probabilities for " + size + " actions");
    }
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      if (!Double.isFinite(p[i]) || p[i] < -1e-12) {
        throw new IllegalArgumentException(field + ": probability " + p[i] + " of action " + (i + 1)
            + " is not a finite number ≥ 0");
      }
      sum += p[i];
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException(field + ": probabilities sum to " + sum + ", not 1: "
          + Arrays.toString(p));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bimatrix g && Arrays.deepEquals(g.a, a) && Arrays.deepEquals(g.b, b)
        && g.rowActions.equals(rowActions) && g.columnActions.equals(columnActions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.deepHashCode(a), Arrays.deepHashCode(b), rowActions, columnActions);
  }

  /** Cells as {@code (A, B)} pairs, e.g. {@code Bimatrix 2×2 [C,D]×[C,D] [[(3,3),(0,5)],[(5,0),(1,1)]]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Bimatrix ").append(rows()).append('×').append(columns()).append(' ')
        .append(rowActions).append('×').append(columnActions).append(" [");
    for (int i = 0; i < rows(); i++) {
      sb.append(i == 0 ? "[" : ",[");
      for (int j = 0; j < columns(); j++) {
        sb.append(j == 0 ? "(" : ",(").append(a[i][j]).append(',').append(b[i][j]).append(')');
      }
      sb.append(']');
    }
    return sb.append(']').toString();
  }
}
