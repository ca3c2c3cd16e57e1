package dev.parley.analysis.equilibria;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All extreme Nash equilibria of a bimatrix game by vertex enumeration (von Stengel 2007,
 * "Equilibrium Computation for Two-Player Games in Strategic and Extensive Form", §3.4), which,
 * unlike support enumeration, is complete for degenerate games too: every equilibrium is a convex
 * combination of the extreme equilibria listed. With payoffs shifted to be positive, the best-response
 * polytopes are {@code P = {x ≥ 0 : Bᵀx ≤ 1}} and {@code Q = {y ≥ 0 : Ay ≤ 1}}; a vertex's labels
 * are the row actions i with {@code x_i = 0} or {@code (Ay)_i = 1} and the column actions j with
 * {@code (Bᵀx)_j = 1} or {@code y_j = 0}. A pair of nonzero vertices carrying every label between
 * them, normalised, is an equilibrium. Vertices are found by solving every choice of m (for P) and
 * n (for Q) tight constraints, so the work grows as {@code C(m+n, m)}: small games only. Payoffs are
 * first mapped onto [1, 2] (an affine change that keeps every equilibrium), so the tolerances do not
 * depend on the payoff scale.
 */
public final class VertexEnumeration implements EquilibriumEnumerator {
  /** Games with more constraint choices than this are refused. */
  public static final long MAX_BASES = 2_000_000;
  /** Smallest pivot accepted; payoffs are scaled to [1, 2], so the rows are of order 1. */
  private static final double PIVOT = 1e-10;
  private final double tolerance;

  /** Tolerance 1e-9 for tight constraints, feasibility and duplicate vertices. */
  public VertexEnumeration() {
    this(1e-9);
  }

  public VertexEnumeration(double tolerance) {
    if (!(tolerance > 0 && tolerance < 1e-3)) {
      throw new IllegalArgumentException("tolerance must be in (0, 1e-3), was " + tolerance);
    }
    this.tolerance = tolerance;
  }

  /** A vertex of a best-response polytope: its coordinates and labels. */
  private record Vertex(double[] point, BitSet labels) {}

  @Override
  public EquilibriumSet enumerate(Bimatrix game) {
    int m = game.rows();
    int n = game.columns();
    double bases = Math.max(choose(m + n, m), choose(m + n, n));
    if (bases > MAX_BASES) {
      throw new IllegalArgumentException("vertex enumeration of a " + m + "×" + n + " game would solve "
          + (long) bases + " systems (at most " + MAX_BASES + "); use support enumeration or Lemke–Howson");
    }
    double[][] a = shifted(game.rowPayoffs());
    double[][] b = shifted(game.columnPayoffs());
    // P: x ∈ R^m; constraints 0..m-1 are x_i ≥ 0 (label i), m..m+n-1 are (Bᵀx)_j ≤ 1 (label m+j)
    double[][] pRows = new double[m + n][];
    for (int i = 0; i < m; i++) {
      pRows[i] = unit(m, i);
    }
    for (int j = 0; j < n; j++) {
      double[] r = new double[m];
      for (int i = 0; i < m; i++) {
        r[i] = b[i][j];
      }
      pRows[m + j] = r;
    }
    // Q: y ∈ R^n; constraints 0..m-1 are (Ay)_i ≤ 1 (label i), m..m+n-1 are y_j ≥ 0 (label m+j)
    double[][] qRows = new double[m + n][];
    for (int i = 0; i < m; i++) {
      qRows[i] = a[i].clone();
    }
    for (int j = 0; j < n; j++) {
      qRows[m + j] = unit(n, j);
    }
    boolean[] pUnit = new boolean[m + n];
    boolean[] qUnit = new boolean[m + n];
    for (int k = 0; k < m + n; k++) {
      pUnit[k] = k < m;
      qUnit[k] = k >= m;
    }
    List<Vertex> ps = vertices(pRows, pUnit, m);
    List<Vertex> qs = vertices(qRows, qUnit, n);
    List<Equilibrium> out = new ArrayList<>();
    BitSet all = new BitSet();
    all.set(0, m + n);
    long pairs = 0;
    for (Vertex p : ps) {
      for (Vertex q : qs) {
        pairs++;
        BitSet union = (BitSet) p.labels().clone();
        union.or(q.labels());
        if (union.equals(all)) {
          double[] x = normalised(p.point());
          double[] y = normalised(q.point());
          double[] payoffs = game.expectedPayoffs(x, y);
          out.add(new Equilibrium(new StrategyProfile(x, y), payoffs[0], payoffs[1]));
        }
      }
    }
    boolean degenerate = ps.stream().anyMatch(v -> v.labels().cardinality() > m)
        || qs.stream().anyMatch(v -> v.labels().cardinality() > n);
    return new EquilibriumSet(out, degenerate, pairs, 0, 0);
  }

  /**
   * The nonzero vertices of {@code {z : rows[k]·z ≤ 1 (or z_k ≥ 0 where unit[k])}} in dimension d,
   * each once, in the order first found.
   */
  private List<Vertex> vertices(double[][] rows, boolean[] unit, int d) {
    int total = rows.length;
    Map<String, Vertex> found = new LinkedHashMap<>();
    int[] pick = new int[d];
    for (int i = 0; i < d; i++) {
      pick[i] = i;
    }
    double[][] system = new double[d][d + 1];
    double[] z = new double[d];
    while (true) {
      for (int r = 0; r < d; r++) {
        System.arraycopy(rows[pick[r]], 0, system[r], 0, d);
        system[r][d] = unit[pick[r]] ? 0 : 1;
      }
      // a relative pivot bound: a basis whose tight rows are (nearly) dependent is no vertex
      if (SupportEnumeration.gauss(system, d, z, PIVOT)) {
        BitSet labels = feasibleLabels(rows, unit, z);
        if (labels != null && !isZero(z)) {
          found.putIfAbsent(key(z), new Vertex(z.clone(), labels));
        }
      }
      int i = d - 1;
      while (i >= 0 && pick[i] == total - d + i) {
        i--;
      }
      if (i < 0) {
        break;
      }
      pick[i]++;
      for (int k = i + 1; k < d; k++) {
        pick[k] = pick[k - 1] + 1;
      }
    }
    return new ArrayList<>(found.values());
  }

  /** The tight constraints of z when every constraint holds; null when one is violated. */
  private BitSet feasibleLabels(double[][] rows, boolean[] unit, double[] z) {
    BitSet labels = new BitSet();
    for (int k = 0; k < rows.length; k++) {
      double s = 0;
      for (int c = 0; c < z.length; c++) {
        s += rows[k][c] * z[c];
      }
      if (unit[k]) {
        if (s < -tolerance) {
          return null;
        }
        if (s <= tolerance) {
          labels.set(k);
        }
      } else {
        if (s > 1 + tolerance) {
          return null;
        }
        if (s >= 1 - tolerance) {
          labels.set(k);
        }
      }
    }
    return labels;
  }

  private boolean isZero(double[] z) {
    for (double v : z) {
      if (Math.abs(v) > tolerance) {
        return false;
      }
    }
    return true;
  }

  /** Coordinates rounded to the tolerance's scale, to recognise a vertex reached from several bases. */
  private String key(double[] z) {
    StringBuilder sb = new StringBuilder();
    double scale = 1 / (tolerance * 1e3);
    for (double v : z) {
      sb.append(Math.round(v * scale)).append(',');
    }
    return sb.toString();
  }

  private static double[] normalised(double[] z) {
    double sum = 0;
    for (double v : z) {
      sum += v;
    }
    double[] out = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      out[i] = Math.max(0, z[i] / sum);
    }
    return out;
  }

  /**
   * Payoffs mapped affinely onto [1, 2] (equilibria do not change), so that the polytopes'
   * coordinates are of order 1 and the tolerances mean the same at any payoff scale.
   */
  private static double[][] shifted(double[][] p) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : p) {
      for (double v : row) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    double range = max > min ? max - min : 1;
    double[][] out = new double[p.length][];
    for (int i = 0; i < p.length; i++) {
      out[i] = new double[p[i].length];
      for (int j = 0; j < p[i].length; j++) {
        out[i][j] = 1 + (p[i][j] - min) / range;
      }
    }
    return out;
  }

  private static double[] unit(int d, int i) {
    double[] u = new double[d];
    u[i] = 1;
    return u;
  }

  private static double choose(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }
}
