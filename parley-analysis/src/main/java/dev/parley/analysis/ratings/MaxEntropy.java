package dev.parley.analysis.ratings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The distribution of maximum entropy in the polytope {@code {p ∈ Δ_n : B p ≤ 0}} (the equilibrium
 * set of a player in a zero-sum game written homogeneously), in two stages:
 *
 * <ol>
 *   <li>one linear program over the cone {@code {q ≥ 0 : B q ≤ 0, Σq ≤ 1/tol}} maximises
 *       {@code Σ min(q_i, 1) + Σ min(−(Bq)_j, 1)}; at its optimum {@code y_i = 1} exactly for the
 *       strategies some point of the polytope uses (the support S of the maximum-entropy point) and
 *       {@code z_j = 1} exactly for the constraints some point leaves slack, and {@code q/Σq} lies in
 *       the relative interior. Values below {@code tol} count as zero.</li>
 *   <li>on the affine hull (p_i = 0 off S, the always-tight constraints as equalities) the concave
 *       entropy is maximised by a log-barrier interior-point method for the remaining constraints
 *       (Boyd &amp; Vandenberghe §11.3), Newton steps in a null-space basis, from that interior point.</li>
 * </ol>
 */
final class MaxEntropy {
  private MaxEntropy() {}

  static double[] solve(double[][] bIn, int n, double tolerance) {
    int k = bIn.length;
    double scale = 0;
    for (double[] row : bIn) {
      for (double v : row) {
        scale = Math.max(scale, Math.abs(v));
      }
    }
    double[][] b = new double[k][n];
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < n; i++) {
        b[j][i] = scale == 0 ? 0 : bIn[j][i] / scale;
      }
    }
    // stage 1: variables q (n), y (n), z (k)
    int vars = 2 * n + k;
    int rows = 2 * n + 2 * k + 1;
    double[][] a = new double[rows][vars];
    double[] rhs = new double[rows];
    double[] c = new double[vars];
    int r = 0;
    for (int i = 0; i < n; i++, r++) {
      a[r][i] = -1;
      a[r][n + i] = 1;
    }
    for (int i = 0; i < n; i++, r++) {
      a[r][n + i] = 1;
      rhs[r] = 1;
    }
    for (int j = 0; j < k; j++, r++) {
      System.arraycopy(b[j], 0, a[r], 0, n);
      a[r][2 * n + j] = 1;
    }
    for (int j = 0; j < k; j++, r++) {
      a[r][2 * n + j] = 1;
      rhs[r] = 1;
    }
    for (int i = 0; i < n; i++) {
      a[r][i] = 1;
    }
    rhs[r] = 1 / tolerance;
    for (int v = n; v < vars; v++) {
      c[v] = 1;
    }
    double[] x = Simplex.maximize(a, rhs, c);
    List<Integer> supportList = new ArrayList<>();
    double mass = 0;
    for (int i = 0; i < n; i++) {
      if (x[n + i] > 0.5) {
        supportList.add(i);
        mass += x[i];
      }
    }
    if (supportList.isEmpty()) {
      throw new IllegalStateException("no point of the polytope found at tolerance " + tolerance);
    }
    int s = supportList.size();
    int[] support = new int[s];
    double[] p0 = new double[s];
    for (int idx = 0; idx < s; idx++) {
      support[idx] = supportList.get(idx);
      p0[idx] = x[support[idx]] / mass;
    }
    List<double[]> equalities = new ArrayList<>();
    List<double[]> inequalities = new ArrayList<>();
    double[] ones = new double[s];
    Arrays.fill(ones, 1);
    equalities.add(ones);
    for (int j = 0; j < k; j++) {
      double[] row = new double[s];
      for (int idx = 0; idx < s; idx++) {
        row[idx] = b[j][support[idx]];
      }
      (x[2 * n + j] < 0.5 ? equalities : inequalities).add(row);
    }
    double[][] basis = nullSpace(equalities, s);
    double[] p = basis.length == 0 ? p0 : barrier(p0, basis, inequalities);
    double[] full = new double[n];
    double total = 0;
    for (int idx = 0; idx < s; idx++) {
      total += Math.max(0, p[idx]);
    }
    for (int idx = 0; idx < s; idx++) {
      full[support[idx]] = Math.max(0, p[idx]) / total;
    }
    return full;
  }

  /** Orthonormal basis (as rows) of the vectors orthogonal to all given rows, by Gram–Schmidt twice. */
  static double[][] nullSpace(List<double[]> rows, int s) {
    List<double[]> span = new ArrayList<>();
    for (double[] row : rows) {
      double[] v = row.clone();
      double norm0 = norm(v);
      if (norm0 == 0) {
        continue;
      }
      orthogonalise(v, span);
      orthogonalise(v, span);
      double norm = norm(v);
      if (norm > 1e-9 * norm0) {
        scale(v, 1 / norm);
        span.add(v);
      }
    }
    List<double[]> kernel = new ArrayList<>();
    int want = s - span.size();
    for (int e = 0; e < s && kernel.size() < want; e++) {
      double[] v = new double[s];
      v[e] = 1;
      orthogonalise(v, span);
      orthogonalise(v, kernel);
      orthogonalise(v, span);
      orthogonalise(v, kernel);
      double norm = norm(v);
      if (norm > 1e-6) {
        scale(v, 1 / norm);
        kernel.add(v);
      }
    }
    return kernel.toArray(new double[0][]);
  }

  private static void orthogonalise(double[] v, List<double[]> basis) {
    for (double[] u : basis) {
      double d = dot(u, v);
      for (int i = 0; i < v.length; i++) {
        v[i] -= d * u[i];
      }
    }
  }

  private static double dot(double[] u, double[] v) {
    double d = 0;
    for (int i = 0; i < u.length; i++) {
      d += u[i] * v[i];
    }
    return d;
  }

  private static double norm(double[] v) {
    return Math.sqrt(dot(v, v));
  }

  private static void scale(double[] v, double f) {
    for (int i = 0; i < v.length; i++) {
      v[i] *= f;
    }
  }

  /**
   * Maximises entropy over {@code p0 + Σ z_a N_a} subject to {@code a·p ≤ 0} for each inequality row,
   * starting strictly inside; minimises {@code t·Σ p log p − Σ log(−a·p)} for growing t.
   */
  private static double[] barrier(double[] p0, double[][] nRows, List<double[]> inequalities) {
    int s = p0.length;
    int d = nRows.length;
    int m = inequalities.size();
    // g[j][a] = a_j · N_a, constant along the search
    double[][] g = new double[m][d];
    double[] slack0 = new double[m];
    for (int j = 0; j < m; j++) {
      double[] row = inequalities.get(j);
      for (int a = 0; a < d; a++) {
        g[j][a] = dot(row, nRows[a]);
      }
      slack0[j] = -dot(row, p0);
    }
    double[] p = p0.clone();
    double[] slack = slack0.clone();
    double[] grad = new double[d];
    double[] hess = new double[d * d];
    double[] step = new double[d];
    double[] pTrial = new double[s];
    double[] slackTrial = new double[m];
    double t = 1;
    while (true) {
      for (int iteration = 0; iteration < 200; iteration++) {
        Arrays.fill(grad, 0);
        Arrays.fill(hess, 0);
        for (int i = 0; i < s; i++) {
          double gp = t * (Math.log(p[i]) + 1);
          double hp = t / p[i];
          for (int a = 0; a < d; a++) {
            double na = nRows[a][i];
            grad[a] += gp * na;
            for (int b2 = 0; b2 <= a; b2++) {
              hess[a * d + b2] += hp * na * nRows[b2][i];
            }
          }
        }
        for (int j = 0; j < m; j++) {
          double inv = 1 / slack[j];
          for (int a = 0; a < d; a++) {
            grad[a] += g[j][a] * inv;
            for (int b2 = 0; b2 <= a; b2++) {
              hess[a * d + b2] += g[j][a] * g[j][b2] * inv * inv;
            }
          }
        }
        for (int a = 0; a < d; a++) {
          for (int b2 = 0; b2 < a; b2++) {
            hess[b2 * d + a] = hess[a * d + b2];
          }
          step[a] = -grad[a];
        }
        if (!Dense.choleskySolve(hess, step, d)) {
          break;
        }
        double decrement = -dot(grad, step);
        if (decrement / 2 <= 1e-14) {
          break;
        }
        double f = barrierValue(p, slack, t);
        double alpha = 1;
        while (alpha > 1e-14) {
          boolean inside = true;
          for (int i = 0; i < s && inside; i++) {
            double v = p[i];
            for (int a = 0; a < d; a++) {
              v += alpha * step[a] * nRows[a][i];
            }
            pTrial[i] = v;
            inside = v > 0;
          }
          for (int j = 0; j < m && inside; j++) {
            double v = slack[j];
            for (int a = 0; a < d; a++) {
              v -= alpha * step[a] * g[j][a];
            }
            slackTrial[j] = v;
            inside = v > 0;
          }
          if (inside && barrierValue(pTrial, slackTrial, t) <= f - 0.25 * alpha * decrement) {
            break;
          }
          alpha *= 0.5;
        }
        if (alpha <= 1e-14) {
          break;
        }
        System.arraycopy(pTrial, 0, p, 0, s);
        System.arraycopy(slackTrial, 0, slack, 0, m);
      }
      if (m == 0 || m / t < 1e-13) {
        return p;
      }
      t *= 10;
    }
  }

  private static double barrierValue(double[] p, double[] slack, double t) {
    double f = 0;
    for (double v : p) {
      f += v * Math.log(v);
    }
    f *= t;
    for (double v : slack) {
      f -= Math.log(v);
    }
    return f;
  }
}
