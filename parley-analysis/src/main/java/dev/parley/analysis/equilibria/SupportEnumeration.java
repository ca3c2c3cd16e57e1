package dev.parley.analysis.equilibria;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * All Nash equilibria of a nondegenerate bimatrix game by support enumeration (Nisan et al.,
 * <i>Algorithmic Game Theory</i> 2007, ch. 3, Algorithm 3.4; REFERENCE §5). For every pair of
 * equal-size supports (I, J) it solves the indifference equations
 *
 * <pre>  Σ_{j∈J} A[i][j]·y_j = u (i ∈ I),  Σ y = 1      Σ_{i∈I} B[i][j]·x_i = v (j ∈ J),  Σ x = 1</pre>
 *
 * and keeps the solutions that are positive on their supports and that no outside action beats.
 *
 * <p>With {@code pruning} on, strictly dominated actions are removed first (iterated; this keeps every
 * equilibrium), a support pair is skipped when one of its actions is conditionally strictly dominated
 * given the other player's support (Porter, Nudelman &amp; Shoham 2004), and a pair is rejected as soon
 * as one half fails. With it off, every pair's two systems are solved before checking (the baseline).
 *
 * <p><b>Degenerate games.</b> In a nondegenerate game every equilibrium has equal-size supports and
 * unique indifference solutions, so the list is complete. A degenerate game may have equilibria with
 * unequal supports or whole segments of equilibria; those are not listed. Every listed profile is
 * still an equilibrium, pure equilibria are always all found (weak best responses, within the
 * tolerance), and {@link EquilibriumSet#degenerate()} reports whether degeneracy was seen: a pure
 * strategy with two pure best responses, or a listed equilibrium with more best responses than the
 * opponent's support size.
 */
public final class SupportEnumeration implements EquilibriumEnumerator {

  /**
   * Settings.
   *
   * @param tolerance probabilities above it count as in the support, and a payoff may exceed the
   *     equilibrium payoff by {@code tolerance·max(1, max |payoff|)} and still count as no better
   * @param pruning dominance pruning and early rejection (see the class comment); off = baseline
   * @param maxSupportPairs refuse games with more equal-size support pairs, {@code C(m+n, m) − 1}
   */
  public record Config(double tolerance, boolean pruning, long maxSupportPairs) {
    public Config {
      if (!(tolerance > 0) || tolerance >= 1e-2) {
        throw new IllegalArgumentException("tolerance must be in (0, 0.01), was " + tolerance);
      }
      if (maxSupportPairs < 1) {
        throw new IllegalArgumentException("maxSupportPairs must be ≥ 1, was " + maxSupportPairs);
      }
    }

    /** Tolerance 1e-9, pruning on, at most 10⁸ support pairs (a 14×14 game has 4·10⁷). */
    public static Config defaults() {
      return new Config(1e-9, true, 100_000_000L);
    }

    /** The same settings without pruning. */
    public Config withoutPruning() {
      return new Config(tolerance, false, maxSupportPairs);
    }
  }

  private final Config config;

  public SupportEnumeration(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public SupportEnumeration() {
    this(Config.defaults());
  }

  public Config config() {
    return config;
  }

  @Override
  public EquilibriumSet enumerate(Bimatrix game) {
    Objects.requireNonNull(game, "game");
    int m0 = game.rows();
    int n0 = game.columns();
    if (m0 > 62 || n0 > 62) {
      throw new IllegalArgumentException("support enumeration handles at most 62 actions per player, game is "
          + m0 + "×" + n0 + "; use LemkeHowson");
    }
    double pairs = supportPairs(m0, n0);
    if (pairs > config.maxSupportPairs()) {
      throw new IllegalArgumentException("a " + m0 + "×" + n0 + " game has " + String.format("%.3g", pairs)
          + " support pairs, more than maxSupportPairs " + config.maxSupportPairs() + "; use LemkeHowson");
    }
    double payoffTol = config.tolerance() * Math.max(1, game.scale());
    double[][] fullA = game.a();
    double[][] fullB = game.b();
    int[] keptRows = range(m0);
    int[] keptColumns = range(n0);
    if (config.pruning()) {
      int[][] kept = eliminateStrictlyDominated(fullA, fullB, payoffTol);
      keptRows = kept[0];
      keptColumns = kept[1];
    }
    Search s = new Search(sub(fullA, keptRows, keptColumns), sub(fullB, keptRows, keptColumns), config, payoffTol);
    s.run();
    List<Equilibrium> found = new ArrayList<>(s.found.size());
    boolean degenerate = pureTies(fullA, fullB, payoffTol);
    for (double[][] xy : s.found) {
      double[] x = new double[m0];
      double[] y = new double[n0];
      for (int r = 0; r < keptRows.length; r++) {
        x[keptRows[r]] = xy[0][r];
      }
      for (int c = 0; c < keptColumns.length; c++) {
        y[keptColumns[c]] = xy[1][c];
      }
      degenerate |= tooManyBestResponses(fullA, fullB, x, y, payoffTol, config.tolerance());
      found.add(Equilibrium.of(game, x, y));
    }
    return new EquilibriumSet(found, degenerate, s.pairs, s.pruned, s.singular);
  }

  /** {@code Σ_k C(m,k)·C(n,k) = C(m+n, m) − 1}. */
  static double supportPairs(int m, int n) {
    double c = 1;
    for (int i = 1; i <= Math.min(m, n); i++) {
      c = c * (m + n - Math.min(m, n) + i) / i;
    }
    return c - 1;
  }

  private static int[] range(int k) {
    int[] r = new int[k];
    for (int i = 0; i < k; i++) {
      r[i] = i;
    }
    return r;
  }

  private static double[][] sub(double[][] p, int[] rows, int[] columns) {
    double[][] s = new double[rows.length][columns.length];
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < columns.length; c++) {
        s[r][c] = p[rows[r]][columns[c]];
      }
    }
    return s;
  }

  /** Iterated elimination of actions strictly dominated by another pure action; {kept rows, kept columns}. */
  static int[][] eliminateStrictlyDominated(double[][] a, double[][] b, double tol) {
    int m = a.length;
    int n = a[0].length;
    boolean[] rowOut = new boolean[m];
    boolean[] colOut = new boolean[n];
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < m; i++) {
        if (!rowOut[i] && dominated(a, i, rowOut, colOut, tol, true)) {
          rowOut[i] = true;
          changed = true;
        }
      }
      for (int j = 0; j < n; j++) {
        if (!colOut[j] && dominated(b, j, colOut, rowOut, tol, false)) {
          colOut[j] = true;
          changed = true;
        }
      }
    }
    return new int[][] {keep(rowOut), keep(colOut)};
  }

  /** Whether action k of a player is strictly beaten by another remaining action against every remaining opponent action. */
  private static boolean dominated(double[][] p, int k, boolean[] ownOut, boolean[] otherOut, double tol,
      boolean rows) {
    for (int d = 0; d < ownOut.length; d++) {
      if (d == k || ownOut[d]) {
        continue;
      }
      boolean beats = true;
      for (int o = 0; o < otherOut.length && beats; o++) {
        if (!otherOut[o]) {
          double mine = rows ? p[k][o] : p[o][k];
          double theirs = rows ? p[d][o] : p[o][d];
          beats = theirs > mine + tol;
        }
      }
      if (beats) {
        return true;
      }
    }
    return false;
  }

  private static int[] keep(boolean[] out) {
    int count = 0;
    for (boolean o : out) {
      count += o ? 0 : 1;
    }
    int[] k = new int[count];
    int c = 0;
    for (int i = 0; i < out.length; i++) {
      if (!out[i]) {
        k[c++] = i;
      }
    }
    return k;
  }

  /** Whether some pure strategy of either player has two or more pure best responses. */
  static boolean pureTies(double[][] a, double[][] b, double tol) {
    int m = a.length;
    int n = a[0].length;
    for (int j = 0; j < n; j++) {
      double best = a[0][j];
      for (int i = 1; i < m; i++) {
        best = Math.max(best, a[i][j]);
      }
      int count = 0;
      for (int i = 0; i < m; i++) {
        count += a[i][j] >= best - tol ? 1 : 0;
      }
      if (count > 1) {
        return true;
      }
    }
    for (int i = 0; i < m; i++) {
      double best = Strategies.max(b[i]);
      int count = 0;
      for (int j = 0; j < n; j++) {
        count += b[i][j] >= best - tol ? 1 : 0;
      }
      if (count > 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean tooManyBestResponses(double[][] a, double[][] b, double[] x, double[] y, double payoffTol,
      double probabilityTol) {
    double[] ay = new double[a.length];
    double[] xb = new double[b[0].length];
    Strategies.times(a, y, ay);
    Strategies.timesTransposed(b, x, xb);
    return count(ay, Strategies.max(ay) - payoffTol) > support(y, probabilityTol)
        || count(xb, Strategies.max(xb) - payoffTol) > support(x, probabilityTol);
  }

  private static int count(double[] v, double threshold) {
    int c = 0;
    for (double d : v) {
      c += d >= threshold ? 1 : 0;
    }
    return c;
  }

  private static int support(double[] p, double tol) {
    int c = 0;
    for (double d : p) {
      c += d > tol ? 1 : 0;
    }
    return c;
  }

  /** The enumeration over one (reduced) game, with its workspace. */
  private static final class Search {
    final double[][] a;
    final double[][] b;
    final int m;
    final int n;
    final boolean pruning;
    final double probabilityTol;
    final double payoffTol;
    final double singularTol;
    final List<double[][]> found = new ArrayList<>();
    long pairs;
    long pruned;
    long singular;
    /** {@code rowBeaten[i][d]}: columns where row d pays the row player strictly more than row i. */
    final long[][] rowBeaten;
    /** {@code columnBeaten[j][d]}: rows where column d pays the column player strictly more than column j. */
    final long[][] columnBeaten;
    final double[][] system;
    final double[] solution;
    final int[] rowIndex;
    final int[] columnIndex;
    final double[] y;
    final double[] x;

    Search(double[][] a, double[][] b, Config config, double payoffTol) {
      this.a = a;
      this.b = b;
      this.m = a.length;
      this.n = a[0].length;
      this.pruning = config.pruning();
      this.probabilityTol = config.tolerance();
      this.payoffTol = payoffTol;
      double scale = 1;
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          scale = Math.max(scale, Math.max(Math.abs(a[i][j]), Math.abs(b[i][j])));
        }
      }
      this.singularTol = 1e-12 * scale;
      this.rowBeaten = new long[m][m];
      this.columnBeaten = new long[n][n];
      if (pruning) {
        for (int i = 0; i < m; i++) {
          for (int d = 0; d < m; d++) {
            for (int j = 0; j < n; j++) {
              if (d != i && a[d][j] > a[i][j] + payoffTol) {
                rowBeaten[i][d] |= 1L << j;
              }
            }
          }
        }
        for (int j = 0; j < n; j++) {
          for (int d = 0; d < n; d++) {
            for (int i = 0; i < m; i++) {
              if (d != j && b[i][d] > b[i][j] + payoffTol) {
                columnBeaten[j][d] |= 1L << i;
              }
            }
          }
        }
      }
      int k = Math.min(m, n) + 1;
      this.system = new double[k][k + 1];
      this.solution = new double[k];
      this.rowIndex = new int[k];
      this.columnIndex = new int[k];
      this.y = new double[n];
      this.x = new double[m];
    }

    void run() {
      for (int k = 1; k <= Math.min(m, n); k++) {
        long[] rowSets = subsets(m, k);
        long[] columnSets = subsets(n, k);
        long[] dominatedColumnsGiven = new long[rowSets.length];
        if (pruning) {
          for (int r = 0; r < rowSets.length; r++) {
            dominatedColumnsGiven[r] = conditionallyDominated(columnBeaten, rowSets[r], n);
          }
        }
        for (long columns : columnSets) {
          long dominatedRows = pruning ? conditionallyDominated(rowBeaten, columns, m) : 0;
          int kc = indices(columns, columnIndex);
          for (int r = 0; r < rowSets.length; r++) {
            long rowSet = rowSets[r];
            pairs++;
            if (pruning && ((rowSet & dominatedRows) != 0 || (columns & dominatedColumnsGiven[r]) != 0)) {
              pruned++;
              continue;
            }
            indices(rowSet, rowIndex);
            examine(rowSet, columns, kc);
          }
        }
      }
    }

    /** Actions (bits) of a player conditionally strictly dominated given the opponent's support. */
    private static long conditionallyDominated(long[][] beaten, long opponentSupport, int count) {
      long out = 0;
      for (int i = 0; i < count; i++) {
        long[] by = beaten[i];
        for (int d = 0; d < count; d++) {
          if (d != i && (opponentSupport & ~by[d]) == 0) {
            out |= 1L << i;
            break;
          }
        }
      }
      return out;
    }

    private void examine(long rowSet, long columnSet, int k) {
      // Column strategy y on J making the row player indifferent on I.
      if (!solveIndifference(a, rowIndex, columnIndex, k, true)) {
        singular++;
        return;
      }
      java.util.Arrays.fill(y, 0);
      for (int l = 0; l < k; l++) {
        y[columnIndex[l]] = solution[l];
      }
      double u = solution[k];
      boolean yOk = positive(solution, k);
      if (pruning && (!yOk || !rowsNoBetter(rowSet, u))) {
        return;
      }
      // Row strategy x on I making the column player indifferent on J.
      if (!solveIndifference(b, rowIndex, columnIndex, k, false)) {
        singular++;
        return;
      }
      java.util.Arrays.fill(x, 0);
      for (int l = 0; l < k; l++) {
        x[rowIndex[l]] = solution[l];
      }
      double v = solution[k];
      if (!positive(solution, k)) {
        return;
      }
      if (!pruning && (!yOk || !rowsNoBetter(rowSet, u))) {
        return;
      }
      if (!columnsNoBetter(columnSet, v)) {
        return;
      }
      found.add(new double[][] {x.clone(), y.clone()});
    }

    private boolean positive(double[] s, int k) {
      for (int l = 0; l < k; l++) {
        if (!(s[l] > probabilityTol)) {
          return false;
        }
      }
      return true;
    }

    private boolean rowsNoBetter(long rowSet, double u) {
      for (int i = 0; i < m; i++) {
        if ((rowSet & (1L << i)) == 0) {
          double[] row = a[i];
          double s = 0;
          for (int j = 0; j < n; j++) {
            s += row[j] * y[j];
          }
          if (s > u + payoffTol) {
            return false;
          }
        }
      }
      return true;
    }

    private boolean columnsNoBetter(long columnSet, double v) {
      for (int j = 0; j < n; j++) {
        if ((columnSet & (1L << j)) == 0) {
          double s = 0;
          for (int i = 0; i < m; i++) {
            s += b[i][j] * x[i];
          }
          if (s > v + payoffTol) {
            return false;
          }
        }
      }
      return true;
    }

    /**
     * Solves the (k+1)-system for the opponent's probabilities and the indifference payoff into
     * {@link #solution}. {@code rowPlayer}: unknowns y on J, equations for i ∈ I over A; otherwise
     * unknowns x on I, equations for j ∈ J over B. False when singular.
     */
    private boolean solveIndifference(double[][] p, int[] rows, int[] columns, int k, boolean rowPlayer) {
      double[][] s = system;
      for (int e = 0; e < k; e++) {
        double[] eq = s[e];
        for (int l = 0; l < k; l++) {
          eq[l] = rowPlayer ? p[rows[e]][columns[l]] : p[rows[l]][columns[e]];
        }
        eq[k] = -1;
        eq[k + 1] = 0;
      }
      double[] last = s[k];
      for (int l = 0; l < k; l++) {
        last[l] = 1;
      }
      last[k] = 0;
      last[k + 1] = 1;
      return gauss(s, k + 1, solution, singularTol);
    }

    /** The k-element subsets of {0..size−1} as bit masks, in lexicographic order of their index lists. */
    private static long[] subsets(int size, int k) {
      List<Long> out = new ArrayList<>();
      int[] c = new int[k];
      for (int i = 0; i < k; i++) {
        c[i] = i;
      }
      while (true) {
        long mask = 0;
        for (int i : c) {
          mask |= 1L << i;
        }
        out.add(mask);
        int i = k - 1;
        while (i >= 0 && c[i] == size - k + i) {
          i--;
        }
        if (i < 0) {
          break;
        }
        c[i]++;
        for (int j = i + 1; j < k; j++) {
          c[j] = c[j - 1] + 1;
        }
      }
      long[] r = new long[out.size()];
      for (int i = 0; i < r.length; i++) {
        r[i] = out.get(i);
      }
      return r;
    }

    private static int indices(long mask, int[] out) {
      int c = 0;
      long rest = mask;
      while (rest != 0) {
        out[c++] = Long.numberOfTrailingZeros(rest);
        rest &= rest - 1;
      }
      return c;
    }
  }

  /**
   * Solves the augmented {@code size × (size+1)} system in place by Gaussian elimination with partial
   * pivoting; false when a pivot is below {@code eps} (singular).
   */
  static boolean gauss(double[][] s, int size, double[] out, double eps) {
    for (int col = 0; col < size; col++) {
      int pivot = col;
      double best = Math.abs(s[col][col]);
      for (int r = col + 1; r < size; r++) {
        double v = Math.abs(s[r][col]);
        if (v > best) {
          best = v;
          pivot = r;
        }
      }
      if (best <= eps) {
        return false;
      }
      if (pivot != col) {
        double[] t = s[pivot];
        s[pivot] = s[col];
        s[col] = t;
      }
      double[] p = s[col];
      for (int r = col + 1; r < size; r++) {
        double[] row = s[r];
        double f = row[col] / p[col];
        if (f != 0) {
          for (int c = col; c <= size; c++) {
            row[c] -= f * p[c];
          }
        }
      }
    }
    for (int r = size - 1; r >= 0; r--) {
      double[] row = s[r];
      double v = row[size];
      for (int c = r + 1; c < size; c++) {
        v -= row[c] * out[c];
      }
      out[r] = v / row[r];
    }
    return true;
  }
}
