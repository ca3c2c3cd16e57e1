package dev.parley.analysis.equilibria;

import dev.parley.core.game.GameType.UtilityKind;
import java.util.Objects;
import java.util.OptionalDouble;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.linear.LinearSolver;

/**
 * Exact solution of a two-player constant-sum game by linear programming with ojalgo's simplex
 * solver (REFERENCE §5; nashpy {@code linear_program}, OpenSpiel {@code solve_zero_sum_matrix_game}).
 * The payoffs are mapped affinely into [1, 2] ({@code A' = (A − min)/range + 1}, which changes no
 * strategy) and the column player's program is solved in the classical normalised form
 *
 * <pre>  maximise Σ_j w_j  s.t.  A'·w ≤ 1,  w ≥ 0;     y = w / Σw,  value' = 1 / Σw</pre>
 *
 * (the substitution {@code w = y / v} of "maximise v s.t. Aᵀx ≥ v·1, Σx = 1" for a positive game;
 * Dantzig 1951). Its dual {@code minimise Σu s.t. A'ᵀu ≥ 1, u ≥ 0} is the row player's program, so
 * the optimal dual multipliers give the row strategy {@code x = u / Σu} in the same solve; they are
 * verified and, if the check fails, the row player's own program is solved instead. A game with
 * {@code A + B = c} has the strategies of the zero-sum game A; the column player's value is
 * {@code c − v}.
 */
public final class ZeroSumLp implements ZeroSumSolver {

  /** How the second player's strategy is obtained. */
  public enum ColumnStrategy {
    /** The dual multipliers of the one program (one solve), verified, with a second program as fallback. */
    DUAL_VALUES,
    /** Each player's own program (two solves). */
    SECOND_PROGRAM
  }

  /**
   * Settings of the LP solver.
   *
   * @param columnStrategy how the second player's strategy is obtained
   * @param gapTolerance the largest accepted duality gap of the result, relative to
   *     {@code max(1, max |payoff|)}; a larger gap fails the solve
   */
  public record Config(ColumnStrategy columnStrategy, double gapTolerance) {
    public Config {
      Objects.requireNonNull(columnStrategy, "columnStrategy");
      if (!(gapTolerance > 0) || !Double.isFinite(gapTolerance)) {
        throw new IllegalArgumentException("gapTolerance must be a finite number > 0, was " + gapTolerance);
      }
    }

    /** Dual multipliers for the second player, relative gap tolerance 1e-9. */
    public static Config defaults() {
      return new Config(ColumnStrategy.DUAL_VALUES, 1e-9);
    }
  }

  private final Config config;

  public ZeroSumLp(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public ZeroSumLp() {
    this(Config.defaults());
  }

  public Config config() {
    return config;
  }

  @Override
  public ZeroSumSolution solve(Bimatrix game) {
    Objects.requireNonNull(game, "game");
    OptionalDouble constant = game.constantSum();
    if (constant.isEmpty()) {
      throw new IllegalArgumentException(notConstantSum(game));
    }
    double[][] a = game.a();
    int m = game.rows();
    int n = game.columns();
    double tolerance = config.gapTolerance() * Math.max(1, game.scale());
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] row : a) {
      for (double v : row) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (hi == lo) {
      return new ZeroSumSolution(lo, constant.getAsDouble() - lo, StrategyProfile.uniform(game), 0);
    }
    Program column = minimax(a, m, n, lo, hi - lo);
    double[] y = column.strategy;
    double[] x = null;
    if (config.columnStrategy() == ColumnStrategy.DUAL_VALUES && column.duals != null) {
      x = clean(column.duals);
      if (x != null && gap(a, x, y) > tolerance) {
        x = null;
      }
    }
    if (x == null) {
      // The row player minimises the column player's payoff −A, i.e. solves the program of (−A)ᵀ.
      x = minimax(negatedTranspose(a, m, n), n, m, -hi, hi - lo).strategy;
    }
    double gap = gap(a, x, y);
    if (gap > tolerance) {
      throw new IllegalStateException("LP solution failed verification: duality gap " + gap + " exceeds "
          + tolerance + " (gapTolerance " + config.gapTolerance() + " × scale)");
    }
    double value = column.value;
    return new ZeroSumSolution(value, constant.getAsDouble() - value, new StrategyProfile(x, y), gap);
  }

  private static String notConstantSum(Bimatrix game) {
    double c = game.rowPayoff(0, 0) + game.columnPayoff(0, 0);
    for (int i = 0; i < game.rows(); i++) {
      for (int j = 0; j < game.columns(); j++) {
        double s = game.rowPayoff(i, j) + game.columnPayoff(i, j);
        if (s != c) {
          UtilityKind kind = game.utilityKind();
          return "the zero-sum LP needs a zero-sum or constant-sum game, but this game is " + kind
              + ": payoffs sum to " + c + " at (" + game.rowActions().get(0) + "," + game.columnActions().get(0)
              + ") and to " + s + " at (" + game.rowActions().get(i) + "," + game.columnActions().get(j)
              + "); use SupportEnumeration or LemkeHowson for general-sum games";
        }
      }
    }
    return "the zero-sum LP needs a constant-sum game";
  }

  /**
   * The column player's minimax strategy of payoff matrix {@code a} (rows: the maximiser's actions),
   * its value {@code min_y max_i (Ay)_i}, and the dual multipliers (unnormalised row strategy), from
   * {@code max Σw s.t. A'w ≤ 1, w ≥ 0} with {@code A' = (A − lo)/range + 1}.
   */
  private static Program minimax(double[][] a, int m, int n, double lo, double range) {
    LinearSolver.Builder builder = LinearSolver.newBuilder();
    double[] cost = new double[n];
    java.util.Arrays.fill(cost, -1);
    builder.objective(cost);
    for (int i = 0; i < m; i++) {
      double[] row = new double[n];
      for (int j = 0; j < n; j++) {
        row[j] = (a[i][j] - lo) / range + 1;
      }
      builder.inequality(1.0, row);
    }
    LinearSolver solver = builder.build();
    Optimisation.Result result = solver.solve();
    if (!result.getState().isOptimal()) {
      throw new IllegalStateException("ojalgo did not solve the zero-sum LP (" + m + "×" + n + "): state "
          + result.getState());
    }
    double[] w = new double[n];
    double sum = 0;
    for (int j = 0; j < n; j++) {
      w[j] = Math.max(0, result.doubleValue(j));
      sum += w[j];
    }
    if (!(sum > 0)) {
      throw new IllegalStateException("ojalgo returned w = 0 for the zero-sum LP (" + m + "×" + n + ")");
    }
    for (int j = 0; j < n; j++) {
      w[j] /= sum;
    }
    double[] duals = new double[m];
    double dualSum = 0;
    for (int i = 0; i < m; i++) {
      duals[i] = solver.getDualMultiplier(i);
      dualSum += duals[i];
    }
    if (dualSum < 0) {
      for (int i = 0; i < m; i++) {
        duals[i] = -duals[i];
      }
    }
    double value = (1 / sum - 1) * range + lo;
    return new Program(w, value, duals);
  }

  private record Program(double[] strategy, double value, double[] duals) {}

  /** Clips tiny negative multipliers and normalises; null when they are not (nearly) non-negative. */
  private static double[] clean(double[] duals) {
    double sum = 0;
    for (int i = 0; i < duals.length; i++) {
      if (!Double.isFinite(duals[i]) || duals[i] < -1e-9) {
        return null;
      }
      duals[i] = Math.max(0, duals[i]);
      sum += duals[i];
    }
    if (!(sum > 0)) {
      return null;
    }
    Strategies.normalise(duals);
    return duals;
  }

  private static double[][] negatedTranspose(double[][] a, int m, int n) {
    double[][] t = new double[n][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        t[j][i] = -a[i][j];
      }
    }
    return t;
  }

  /** {@code max_i (Ay)_i − min_j (xᵀA)_j}, clipped at 0. */
  static double gap(double[][] a, double[] x, double[] y) {
    double[] ay = new double[a.length];
    double[] xa = new double[a[0].length];
    Strategies.times(a, y, ay);
    Strategies.timesTransposed(a, x, xa);
    double min = xa[0];
    for (double v : xa) {
      min = Math.min(min, v);
    }
    return Math.max(0, Strategies.max(ay) - min);
  }
}
