package dev.parley.learn.train;

import dev.parley.analysis.math.LinearSystem;
import java.util.Objects;

/**
 * The inner optimiser of {@link Update#LOSS}, over one context's logits z.
 * <ul>
 *   <li>{@link Method#FIXED_STEPS}: exactly {@code maxSteps} gradient steps of size
 *       {@code learningRate} (stochastic-gradient style, as the policy-gradient methods train);</li>
 *   <li>{@link Method#LINE_SEARCH}: gradient descent whose step starts at twice the last accepted one
 *       (first {@code learningRate}) and halves until the Armijo condition
 *       {@code f(z − s·g) ≤ f(z) − 10⁻⁴·s·‖g‖²} holds;</li>
 *   <li>{@link Method#NEWTON}: damped Newton steps {@code d = (H + λI)⁻¹ g} with the Hessian H from
 *       central differences of the analytic gradient and λ = 10⁻⁹·(1 + max |H_ii|) (the logits' constant
 *       shift is a null direction of every loss), halved until {@code f} decreases by the Armijo
 *       condition, falling back to a gradient step when d is not a descent direction.</li>
 * </ul>
 * The two converging methods stop when {@code max |g| < tolerance} or after {@code maxSteps} steps.
 *
 * @param method the method
 * @param maxSteps steps per iteration (≥ 1)
 * @param learningRate the (initial) gradient step size &gt; 0
 * @param tolerance the gradient tolerance of the converging methods (≥ 0)
 */
public record Optimizer(Method method, int maxSteps, double learningRate, double tolerance) {

  /** How the loss is minimised. */
  public enum Method {
    /** A fixed number of plain gradient steps. */
    FIXED_STEPS,
    /** Gradient descent with Armijo backtracking, to a gradient tolerance. */
    LINE_SEARCH,
    /** Damped Newton with a finite-difference Hessian, to a gradient tolerance. */
    NEWTON
  }

  public Optimizer {
    Objects.requireNonNull(method, "method");
    if (maxSteps < 1) {
      throw new IllegalArgumentException("maxSteps must be ≥ 1, was " + maxSteps);
    }
    if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
      throw new IllegalArgumentException("learningRate must be a finite number > 0, was " + learningRate);
    }
    if (!(tolerance >= 0)) {
      throw new IllegalArgumentException("tolerance must be ≥ 0, was " + tolerance);
    }
  }

  /** Damped Newton to {@code max |g| < tolerance}, at most {@code maxSteps} steps. */
  public static Optimizer converge(int maxSteps, double tolerance) {
    return new Optimizer(Method.NEWTON, maxSteps, 1, tolerance);
  }

  /** Line-search gradient descent to {@code max |g| < tolerance}, at most {@code maxSteps} steps. */
  public static Optimizer lineSearch(int maxSteps, double tolerance) {
    return new Optimizer(Method.LINE_SEARCH, maxSteps, 1, tolerance);
  }

  /** Exactly {@code steps} gradient steps of size {@code learningRate}. */
  public static Optimizer fixedSteps(int steps, double learningRate) {
    return new Optimizer(Method.FIXED_STEPS, steps, learningRate, 0);
  }

  /** A per-context objective: returns f(z) and writes ∂f/∂z into {@code gradient}. */
  interface Objective {
    double evaluate(double[] z, double[] gradient);
  }

  /** Minimises f over z in place; returns the number of steps taken. */
  int minimise(Objective f, double[] z) {
    int n = z.length;
    double[] g = new double[n];
    double value = f.evaluate(z, g);
    if (method == Method.FIXED_STEPS) {
      for (int k = 0; k < maxSteps; k++) {
        for (int i = 0; i < n; i++) {
          z[i] -= learningRate * g[i];
        }
        f.evaluate(z, g);
      }
      return maxSteps;
    }
    double[] direction = new double[n];
    double[] trial = new double[n];
    double[] trialGradient = new double[n];
    double[][] hessian = method == Method.NEWTON ? new double[n][n] : null;
    double step = learningRate;
    for (int k = 0; k < maxSteps; k++) {
      double max = 0;
      for (double v : g) {
        max = Math.max(max, Math.abs(v));
      }
      if (max < tolerance || max == 0) {
        return k;
      }
      double slope;
      double start;
      if (method == Method.NEWTON && newtonDirection(f, z, g, hessian, direction, trial, trialGradient)) {
        slope = dot(g, direction);
        start = 1;
      } else {
        System.arraycopy(g, 0, direction, 0, n);
        slope = dot(g, g);
        start = step;
      }
      boolean accepted = false;
      double s = start;
      for (int halvings = 0; halvings < 60; halvings++) {
        for (int i = 0; i < n; i++) {
          trial[i] = z[i] - s * direction[i];
        }
        double trialValue = f.evaluate(trial, trialGradient);
        if (trialValue <= value - 1e-4 * s * slope) {
          System.arraycopy(trial, 0, z, 0, n);
          System.arraycopy(trialGradient, 0, g, 0, n);
          value = trialValue;
          accepted = true;
          break;
        }
        s /= 2;
      }
      if (!accepted) {
        return k;
      }
      if (start == step) {
        step = 2 * s;
      }
    }
    return maxSteps;
  }

  /**
   * Writes the regularised Newton direction {@code (H + λI)⁻¹ g} and returns whether it is a descent
   * direction ({@code gᵀd > 0}).
   */
  private static boolean newtonDirection(Objective f, double[] z, double[] g, double[][] h, double[] d,
      double[] probe, double[] probeGradient) {
    int n = z.length;
    double[] plus = new double[n];
    for (int j = 0; j < n; j++) {
      double e = 1e-5 * Math.max(1, Math.abs(z[j]));
      System.arraycopy(z, 0, probe, 0, n);
      probe[j] = z[j] + e;
      f.evaluate(probe, plus);
      probe[j] = z[j] - e;
      f.evaluate(probe, probeGradient);
      for (int i = 0; i < n; i++) {
        h[i][j] = (plus[i] - probeGradient[i]) / (2 * e);
      }
    }
    double maxDiagonal = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double s = (h[i][j] + h[j][i]) / 2;
        h[i][j] = s;
        h[j][i] = s;
      }
      maxDiagonal = Math.max(maxDiagonal, Math.abs(h[i][i]));
    }
    double ridge = 1e-9 * (1 + maxDiagonal);
    for (int i = 0; i < n; i++) {
      h[i][i] += ridge;
    }
    if (!LinearSystem.solveInPlace(h, g.clone(), d)) {
      return false;
    }
    return dot(g, d) > 0;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

}
