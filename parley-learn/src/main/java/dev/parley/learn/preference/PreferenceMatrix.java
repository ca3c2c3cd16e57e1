package dev.parley.learn.preference;

import dev.parley.analysis.math.LinearSystem;
import dev.parley.analysis.equilibria.Bimatrix;
import dev.parley.analysis.equilibria.ZeroSumLp;
import dev.parley.analysis.equilibria.ZeroSumSolution;
import dev.parley.learn.losses.Logistic;
import dev.parley.learn.policy.Simplex;
import java.util.Arrays;
import java.util.Objects;

/**
 * A general preference over n responses to one prompt (REFERENCE §6.2): {@code P[i][j] = P(y_i ≻ y_j)}
 * with {@code P[i][j] + P[j][i] = 1} and {@code P[i][i] = ½}; it need not be transitive. For mixed
 * policies {@code P(π ≻ π') = πᵀ P π'}. The symmetric constant-sum game it defines has value ½; its
 * maximin strategy is the von Neumann winner. Immutable.
 */
public final class PreferenceMatrix {
  private static final double SYMMETRY_TOLERANCE = 1e-9;

  private final double[][] p;

  private PreferenceMatrix(double[][] p) {
    this.p = p;
  }

  /**
   * A preference from its matrix (copied).
   *
   * @throws IllegalArgumentException when the matrix is empty or not square, an entry is outside
   *     [0, 1], a diagonal entry is not ½, or {@code P[i][j] + P[j][i]} differs from 1 by more than 1e-9
   */
  public static PreferenceMatrix of(double[][] matrix) {
    Objects.requireNonNull(matrix, "matrix");
    int n = matrix.length;
    if (n == 0) {
      throw new IllegalArgumentException("matrix must have at least one row");
    }
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      if (matrix[i] == null || matrix[i].length != n) {
        throw new IllegalArgumentException("matrix must be square (" + n + "×" + n + "), row " + i + " has "
            + (matrix[i] == null ? "none" : matrix[i].length) + " entries");
      }
      copy[i] = matrix[i].clone();
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = copy[i][j];
        if (!(v >= 0 && v <= 1)) {
          throw new IllegalArgumentException("P[" + i + "][" + j + "] must be a probability, was " + v);
        }
        if (i == j && Math.abs(v - 0.5) > SYMMETRY_TOLERANCE) {
          throw new IllegalArgumentException("P[" + i + "][" + i + "] must be ½, was " + v);
        }
        if (Math.abs(v + copy[j][i] - 1) > SYMMETRY_TOLERANCE) {
          throw new IllegalArgumentException("P[" + i + "][" + j + "] + P[" + j + "][" + i + "] must be 1, was " + v
              + " + " + copy[j][i]);
        }
      }
    }
    return new PreferenceMatrix(copy);
  }

  /** The Bradley–Terry preference of rewards r: {@code P(y_i ≻ y_j) = σ(r_i − r_j)} (transitive). */
  public static PreferenceMatrix bradleyTerry(double... rewards) {
    Objects.requireNonNull(rewards, "rewards");
    int n = rewards.length;
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(rewards[i])) {
        throw new IllegalArgumentException("rewards[" + i + "] must be finite, was " + rewards[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = i == j ? 0.5 : Logistic.sigmoid(rewards[i] - rewards[j]);
      }
    }
    return new PreferenceMatrix(m);
  }

  /**
   * The intransitive 3×3 preference of REFERENCE §9.8, {@code [[.5,.9,.2],[.1,.5,.7],[.8,.3,.5]]}: y1 ≻ y2
   * ≻ y3 ≻ y1, von Neumann winner (2/9, 3/9, 4/9).
   */
  public static PreferenceMatrix intransitiveExample() {
    return of(new double[][] {{.5, .9, .2}, {.1, .5, .7}, {.8, .3, .5}});
  }

  public int size() {
    return p.length;
  }

  /** {@code P(y_i ≻ y_j)}. */
  public double get(int i, int j) {
    return p[i][j];
  }

  /** The matrix (a copy). */
  public double[][] matrix() {
    double[][] copy = new double[p.length][];
    for (int i = 0; i < p.length; i++) {
      copy[i] = p[i].clone();
    }
    return copy;
  }

  /** {@code out_i = P(y_i ≻ π) = Σ_j P[i][j]·π_j}. */
  public void winRates(double[] pi, double[] out) {
    int n = p.length;
    for (int i = 0; i < n; i++) {
      double s = 0;
      double[] row = p[i];
      for (int j = 0; j < n; j++) {
        s += row[j] * pi[j];
      }
      out[i] = s;
    }
  }

  /** {@code P(y_i ≻ π)} for every i (a new array). */
  public double[] winRates(double[] pi) {
    double[] out = new double[p.length];
    winRates(checked(pi), out);
    return out;
  }

  /** {@code P(π ≻ π') = πᵀ P π'}. */
  public double preference(double[] pi, double[] other) {
    double[] w = winRates(checked(other));
    double s = 0;
    double[] a = checked(pi);
    for (int i = 0; i < a.length; i++) {
      s += a[i] * w[i];
    }
    return s;
  }

  /**
   * The exploitability of π in the preference game, {@code max_y P(y ≻ π) − ½} (≥ 0; 0 exactly at a von
   * Neumann winner).
   */
  public double exploitability(double[] pi) {
    double[] w = winRates(checked(pi));
    double max = w[0];
    for (double v : w) {
      max = Math.max(max, v);
    }
    return max - 0.5;
  }

  /**
   * The duality gap of the symmetric profile (π, π) in the constant-sum game P:
   * {@code max_y P(y ≻ π) − min_y P(π ≻ y) = 2·exploitability(π)}.
   */
  public double dualityGap(double[] pi) {
    double[] a = checked(pi);
    double[] w = winRates(a);
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    int n = p.length;
    for (int j = 0; j < n; j++) {
      max = Math.max(max, w[j]);
      double col = 0;
      for (int i = 0; i < n; i++) {
        col += a[i] * p[i][j];
      }
      min = Math.min(min, col);
    }
    return max - min;
  }

  /**
   * The exploitability of π in the KL-regularised game of Munos et al. (2024),
   * {@code P_τ(π ≻ π') = P(π ≻ π') − τ·KL(π‖μ) + τ·KL(π'‖μ)}:
   * {@code max_{π'} P_τ(π' ≻ π) − ½ = τ·log Σ_y μ(y)·exp(P(y ≻ π)/τ) + τ·KL(π‖μ) − ½} (≥ 0; 0 exactly at
   * the regularised Nash equilibrium π*_τ).
   */
  public double regularisedExploitability(double[] pi, double tau, double[] mu) {
    requirePositive("tau", tau);
    double[] a = checked(pi);
    double[] m = checked(mu);
    double[] w = winRates(a);
    double[] z = new double[w.length];
    for (int i = 0; i < z.length; i++) {
      z[i] = Math.log(m[i]) + w[i] / tau;
    }
    return tau * Simplex.logSumExp(z) + tau * Simplex.kl(a, m) - 0.5;
  }

  /** This preference as the constant-sum game {@code (P, 1 − P)} of parley-analysis. */
  public Bimatrix asGame() {
    return Bimatrix.constantSum(matrix(), 1);
  }

  /**
   * The von Neumann winner {@code argmax_π min_π' P(π ≻ π')}, by the zero-sum linear program of
   * parley-analysis (REFERENCE §5, §6.2).
   */
  public double[] vonNeumannWinner() {
    ZeroSumSolution solution = new ZeroSumLp().solve(asGame());
    double[] x = solution.row();
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.max(0, x[i]);
      sum += x[i];
    }
    for (int i = 0; i < x.length; i++) {
      x[i] /= sum;
    }
    return x;
  }

  /**
   * The unique Nash equilibrium of the KL-regularised preference game (Munos et al., ICML 2024, "Nash
   * learning from human feedback"; REFERENCE §6.2, §9.8), the fixed point {@code π*_τ(y) ∝ μ(y)·exp(P(y ≻ π*_τ)/τ)}. Solved by the
   * damped log-space iteration {@code log π ← (1 − α)·log π + α·(log μ + Pπ/τ)} (a mirror-descent step
   * of the strongly monotone regularised game, α = 1/(1 + (‖P − ½‖_F/τ)²)) until the residual is below
   * 1e-8, then polished by Newton's method on {@code π − softmax(log μ + Pπ/τ) = 0} to a residual below
   * 1e-14.
   *
   * @param tau τ &gt; 0
   * @param mu the reference policy μ, strictly positive
   * @throws IllegalStateException if the residual does not reach 1e-13
   */
  public double[] regularisedNash(double tau, double[] mu) {
    requirePositive("tau", tau);
    double[] m = checked(mu);
    int n = p.length;
    double[] logMu = new double[n];
    for (int i = 0; i < n; i++) {
      if (!(m[i] > 0)) {
        throw new IllegalArgumentException("mu[" + i + "] must be > 0, was " + m[i]);
      }
      logMu[i] = Math.log(m[i]);
    }
    double frobenius = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        frobenius += (p[i][j] - 0.5) * (p[i][j] - 0.5);
      }
    }
    double ratio = Math.sqrt(frobenius) / tau;
    double alpha = 1 / (1 + ratio * ratio);
    double[] pi = m.clone();
    double[] z = new double[n];
    double[] target = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      z[i] = logMu[i];
    }
    double residual = Double.POSITIVE_INFINITY;
    for (int k = 0; k < 10_000_000 && residual > 1e-8; k++) {
      residual = bestResponseTarget(pi, logMu, tau, w, target);
      for (int i = 0; i < n; i++) {
        z[i] = (1 - alpha) * z[i] + alpha * Math.log(target[i]);
      }
      Simplex.softmax(z, pi);
    }
    double[][] jacobian = new double[n][n];
    double[] step = new double[n];
    for (int k = 0; k < 100; k++) {
      residual = bestResponseTarget(pi, logMu, tau, w, target);
      if (residual < 1e-15) {
        break;
      }
      // G(π) = π − s with s = softmax(log μ + Pπ/τ); ∂G/∂π = I − (diag(s) − s sᵀ)·P/τ.
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double sp = 0;
          for (int l = 0; l < n; l++) {
            double jl = (i == l ? target[i] : 0) - target[i] * target[l];
            sp += jl * p[l][j];
          }
          jacobian[i][j] = (i == j ? 1 : 0) - sp / tau;
        }
        step[i] = target[i] - pi[i];
      }
      double[] delta = LinearSystem.solve(jacobian, step);
      if (delta == null) {
        break;
      }
      double[] next = new double[n];
      boolean positive = true;
      for (int i = 0; i < n; i++) {
        next[i] = pi[i] + delta[i];
        positive &= next[i] > 0;
      }
      if (!positive) {
        break;
      }
      double nextResidual = bestResponseTarget(next, logMu, tau, w, target);
      if (!(nextResidual < residual)) {
        break;
      }
      pi = next;
      double sum = 0;
      for (double v : pi) {
        sum += v;
      }
      for (int i = 0; i < n; i++) {
        pi[i] /= sum;
      }
    }
    residual = bestResponseTarget(pi, logMu, tau, w, target);
    if (residual > 1e-13) {
      throw new IllegalStateException("regularised Nash for tau " + tau + " did not converge: residual " + residual);
    }
    return pi;
  }

  /** Fills {@code target = softmax(log μ + Pπ/τ)} and returns {@code max |π − target|}. */
  private double bestResponseTarget(double[] pi, double[] logMu, double tau, double[] w, double[] target) {
    winRates(pi, w);
    for (int i = 0; i < w.length; i++) {
      target[i] = logMu[i] + w[i] / tau;
    }
    Simplex.softmax(target, target);
    return Simplex.maxAbsDifference(pi, target);
  }


  private double[] checked(double[] pi) {
    Objects.requireNonNull(pi, "pi");
    if (pi.length != p.length) {
      throw new IllegalArgumentException("a policy over " + p.length + " responses was expected, got " + pi.length);
    }
    return pi;
  }

  private static void requirePositive(String name, double v) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number > 0, was " + v);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PreferenceMatrix m && Arrays.deepEquals(p, m.p);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(p);
  }

  @Override
  public String toString() {
    return "PreferenceMatrix" + Arrays.deepToString(p);
  }
}
