package dev.parley.analysis.equilibria;

import dev.parley.analysis.equilibria.EquilibriumSearch.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The Lemke–Howson algorithm (Lemke &amp; Howson 1964) in the tableau form of von Stengel
 * ("Computing equilibria for two-person games", Handbook of Game Theory vol. 3, 2002, §3.4–3.5;
 * REFERENCE §5). Payoffs are shifted to be positive, giving the best-response polytopes
 *
 * <pre>  P = {x ≥ 0 : Bᵀx ≤ 1}  (labels: x_i = 0 → i, (Bᵀx)_j = 1 → m+j)
 *   Q = {y ≥ 0 : Ay ≤ 1}   (labels: (Ay)_i = 1 → i, y_j = 0 → m+j)</pre>
 *
 * Starting at the artificial equilibrium (0, 0), label k is dropped and complementary pivoting
 * alternates between the two tableaux until k is picked up again; the end point, normalised, is a
 * Nash equilibrium. The minimum-ratio test is made lexicographic (ties broken by the rows of the
 * basis inverse), which perturbs degenerate games consistently, so every path ends. Each dropped
 * label yields one equilibrium; different labels may yield the same one, and some equilibria may be
 * reached by no label.
 */
public final class LemkeHowson implements EquilibriumFinder {

  /**
   * Settings.
   *
   * @param droppedLabel label dropped by {@link #find(Bimatrix)}: 0..m−1 for row actions, m..m+n−1 for
   *     column actions
   * @param maxPivots stop after this many pivots
   * @param timeBudget stop after this much wall-clock time (paths are exponentially long on rare games)
   * @param tolerance a profile is accepted when its NashConv is at most {@code tolerance·max(1, max |payoff|)}
   */
  public record Config(int droppedLabel, int maxPivots, Duration timeBudget, double tolerance) {
    public Config {
      Objects.requireNonNull(timeBudget, "timeBudget");
      if (droppedLabel < 0) {
        throw new IllegalArgumentException("droppedLabel must be ≥ 0, was " + droppedLabel);
      }
      if (maxPivots < 1) {
        throw new IllegalArgumentException("maxPivots must be ≥ 1, was " + maxPivots);
      }
      if (timeBudget.isNegative() || timeBudget.isZero()) {
        throw new IllegalArgumentException("timeBudget must be positive, was " + timeBudget);
      }
      if (!(tolerance > 0) || tolerance >= 1e-2) {
        throw new IllegalArgumentException("tolerance must be in (0, 0.01), was " + tolerance);
      }
    }

    /** Drop label 0, at most 100,000 pivots and 10 s, tolerance 1e-8. */
    public static Config defaults() {
      return new Config(0, 100_000, Duration.ofSeconds(10), 1e-8);
    }

    public Config withDroppedLabel(int label) {
      return new Config(label, maxPivots, timeBudget, tolerance);
    }
  }

  private static final double PIVOT_TOLERANCE = 1e-12;

  private final Config config;
  private final LongSupplier nanoClock;

  public LemkeHowson(Config config) {
    this(config, System::nanoTime);
  }

  /** With an injected nanosecond clock for the time budget (tests). */
  LemkeHowson(Config config, LongSupplier nanoClock) {
    this.config = Objects.requireNonNull(config, "config");
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
  }

  public LemkeHowson() {
    this(Config.defaults());
  }

  public Config config() {
    return config;
  }

  @Override
  public EquilibriumSearch find(Bimatrix game) {
    return find(game, config.droppedLabel());
  }

  /** The equilibrium at the end of the path that drops {@code label}. */
  public EquilibriumSearch find(Bimatrix game, int label) {
    Objects.requireNonNull(game, "game");
    int m = game.rows();
    int n = game.columns();
    if (label < 0 || label >= m + n) {
      throw new IllegalArgumentException("dropped label must be in 0.." + (m + n - 1) + " for a " + m + "×" + n
          + " game, was " + label);
    }
    double[][] a = game.a();
    double[][] b = game.b();
    double shiftA = 1 - min(a);
    double shiftB = 1 - min(b);
    double[][] qCoef = new double[m][n];
    double[][] pCoef = new double[n][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        qCoef[i][j] = a[i][j] + shiftA;
        pCoef[j][i] = b[i][j] + shiftB;
      }
    }
    // P: variables x_0..x_{m−1} (label i), slacks s_0..s_{n−1} (label m+j): index == label.
    Tableau p = new Tableau(pCoef, m);
    // Q: variables y_0..y_{n−1} (label m+j), slacks r_0..r_{m−1} (label i).
    Tableau q = new Tableau(qCoef, n);
    long deadline = nanoClock.getAsLong() + config.timeBudget().toNanos();
    boolean inP = label < m;
    int entering = inP ? label : label - m;
    int pivots = 0;
    while (true) {
      if (pivots >= config.maxPivots()) {
        return new EquilibriumSearch(Status.PIVOT_LIMIT, null, label, pivots);
      }
      if (nanoClock.getAsLong() - deadline > 0) {
        return new EquilibriumSearch(Status.TIME_LIMIT, null, label, pivots);
      }
      int leaving = (inP ? p : q).pivot(entering);
      pivots++;
      if (leaving < 0) {
        return new EquilibriumSearch(Status.NUMERICAL_FAILURE, null, label, pivots);
      }
      int leftLabel = inP ? leaving : (leaving < n ? m + leaving : leaving - n);
      if (leftLabel == label) {
        break;
      }
      inP = !inP;
      entering = inP ? leftLabel : (leftLabel >= m ? leftLabel - m : n + leftLabel);
    }
    double[] x = p.values(m);
    double[] y = q.values(n);
    if (!normalise(x) || !normalise(y)) {
      return new EquilibriumSearch(Status.NUMERICAL_FAILURE, null, label, pivots);
    }
    double nashConv = Strategies.nashConv(a, b, x, y, new double[m], new double[n]);
    if (nashConv > config.tolerance() * Math.max(1, game.scale())) {
      return new EquilibriumSearch(Status.NUMERICAL_FAILURE, null, label, pivots);
    }
    return new EquilibriumSearch(Status.FOUND, Equilibrium.of(game, x, y), label, pivots);
  }

  /**
   * The distinct equilibria reached by dropping each of the m+n labels (profiles within 1e-7 count
   * as one), in order of first discovery. Paths stopped by a budget contribute nothing.
   */
  public List<Equilibrium> findAll(Bimatrix game) {
    Objects.requireNonNull(game, "game");
    List<Equilibrium> out = new ArrayList<>();
    for (int label = 0; label < game.rows() + game.columns(); label++) {
      EquilibriumSearch s = find(game, label);
      if (s.found() && out.stream().noneMatch(e -> e.profile().closeTo(s.equilibrium().profile(), 1e-7))) {
        out.add(s.equilibrium());
      }
    }
    return List.copyOf(out);
  }

  private static double min(double[][] p) {
    double min = Double.POSITIVE_INFINITY;
    for (double[] row : p) {
      for (double v : row) {
        min = Math.min(min, v);
      }
    }
    return min;
  }

  private static boolean normalise(double[] v) {
    double s = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.max(0, v[i]);
      s += v[i];
    }
    if (!(s > 0)) {
      return false;
    }
    for (int i = 0; i < v.length; i++) {
      v[i] /= s;
    }
    return true;
  }

  /**
   * A dictionary {@code C·z + I·w = 1} with {@code structural} z-columns followed by one slack column
   * per row and the right-hand side last. The slack columns hold the basis inverse, used by the
   * lexicographic ratio test.
   */
  private static final class Tableau {
    final double[][] t;
    final int[] basis;
    final int rows;
    final int structural;
    final int rhs;

    Tableau(double[][] coefficients, int structural) {
      this.rows = coefficients.length;
      this.structural = structural;
      this.rhs = structural + rows;
      this.t = new double[rows][rhs + 1];
      this.basis = new int[rows];
      for (int r = 0; r < rows; r++) {
        System.arraycopy(coefficients[r], 0, t[r], 0, structural);
        t[r][structural + r] = 1;
        t[r][rhs] = 1;
        basis[r] = structural + r;
      }
    }

    /** Brings {@code entering} into the basis; returns the variable that leaves, or −1 (unbounded). */
    int pivot(int entering) {
      int best = -1;
      for (int r = 0; r < rows; r++) {
        if (t[r][entering] > PIVOT_TOLERANCE && (best < 0 || lexicographicallySmaller(r, best, entering))) {
          best = r;
        }
      }
      if (best < 0) {
        return -1;
      }
      int leaving = basis[best];
      double[] pr = t[best];
      double inv = 1 / pr[entering];
      for (int c = 0; c <= rhs; c++) {
        pr[c] *= inv;
      }
      pr[entering] = 1;
      for (int r = 0; r < rows; r++) {
        if (r == best) {
          continue;
        }
        double[] row = t[r];
        double f = row[entering];
        if (f != 0) {
          for (int c = 0; c <= rhs; c++) {
            row[c] -= f * pr[c];
          }
          row[entering] = 0;
        }
      }
      basis[best] = entering;
      return leaving;
    }

    /** Compares (rhs, B⁻¹ row) / pivot-column entry of rows r and s lexicographically. */
    private boolean lexicographicallySmaller(int r, int s, int entering) {
      double dr = t[r][entering];
      double ds = t[s][entering];
      double vr = t[r][rhs] / dr;
      double vs = t[s][rhs] / ds;
      if (Math.abs(vr - vs) > PIVOT_TOLERANCE * (1 + Math.abs(vr) + Math.abs(vs))) {
        return vr < vs;
      }
      for (int c = structural; c < rhs; c++) {
        vr = t[r][c] / dr;
        vs = t[s][c] / ds;
        if (Math.abs(vr - vs) > PIVOT_TOLERANCE * (1 + Math.abs(vr) + Math.abs(vs))) {
          return vr < vs;
        }
      }
      return false;
    }

    /** Values of the structural variables 0..count−1 (0 when non-basic). */
    double[] values(int count) {
      double[] v = new double[count];
      for (int r = 0; r < rows; r++) {
        if (basis[r] < count) {
          v[basis[r]] = t[r][rhs];
        }
      }
      return v;
    }
  }
}
