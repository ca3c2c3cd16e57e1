package dev.parley.learn.reward;

import java.util.SplittableRandom;

/** Runs a {@link Solver} on an {@link Objective}, in place. */
final class Minimizer {
  private static final int MEMORY = 10;
  private static final double STALL = 1e-15;
  private static final int STALLED_STEPS = 3;

  private Minimizer() {}

  /** The end state of a minimisation. */
  record Result(double loss, double gradientNorm, int iterations) {}

  static Result minimise(Solver solver, Objective f, double[] theta, SplittableRandom random) {
    return solver.method() == Solver.Method.LBFGS ? lbfgs(solver, f, theta) : adam(solver, f, theta, random);
  }

  private static Result lbfgs(Solver solver, Objective f, double[] theta) {
    int n = theta.length;
    double[] g = new double[n];
    double value = f.evaluate(theta, g);
    double[][] s = new double[MEMORY][n];
    double[][] y = new double[MEMORY][n];
    double[] rho = new double[MEMORY];
    double[] alpha = new double[MEMORY];
    int stored = 0;
    int newest = -1;
    double[] d = new double[n];
    double[] trial = new double[n];
    double[] trialGradient = new double[n];
    int iterations = 0;
    int stalls = 0;
    while (iterations < solver.maxIterations() && Vectors.maxAbs(g) > solver.tolerance()) {
      for (int i = 0; i < n; i++) {
        d[i] = -g[i];
      }
      double initial = 1;
      if (stored > 0) {
        for (int k = 0; k < stored; k++) {
          int j = Math.floorMod(newest - k, MEMORY);
          alpha[j] = rho[j] * Vectors.dot(s[j], d);
          for (int i = 0; i < n; i++) {
            d[i] -= alpha[j] * y[j][i];
          }
        }
        double gamma = Vectors.dot(s[newest], y[newest]) / Vectors.dot(y[newest], y[newest]);
        for (int i = 0; i < n; i++) {
          d[i] *= gamma;
        }
        for (int k = stored - 1; k >= 0; k--) {
          int j = Math.floorMod(newest - k, MEMORY);
          double beta = rho[j] * Vectors.dot(y[j], d);
          for (int i = 0; i < n; i++) {
            d[i] += (alpha[j] - beta) * s[j][i];
          }
        }
      } else {
        initial = Math.min(1, 1 / Math.sqrt(Vectors.dot(g, g)));
      }
      double slope = Vectors.dot(g, d);
      if (!(slope < 0)) {
        for (int i = 0; i < n; i++) {
          d[i] = -g[i];
        }
        slope = -Vectors.dot(g, g);
        initial = Math.min(1, 1 / Math.sqrt(-slope));
        stored = 0;
      }
      double step = initial;
      boolean accepted = false;
      double trialValue = value;
      for (int halvings = 0; halvings < 60; halvings++) {
        for (int i = 0; i < n; i++) {
          trial[i] = theta[i] + step * d[i];
        }
        trialValue = f.evaluate(trial, trialGradient);
        if (trialValue <= value + 1e-4 * step * slope) {
          accepted = true;
          break;
        }
        step /= 2;
      }
      if (!accepted) {
        if (stored == 0) {
          break;
        }
        stored = 0;
        continue;
      }
      double sy = 0;
      double yy = 0;
      for (int i = 0; i < n; i++) {
        double si = trial[i] - theta[i];
        double yi = trialGradient[i] - g[i];
        sy += si * yi;
        yy += yi * yi;
      }
      if (sy > 0 && sy > 1e-12 * yy) {
        newest = (newest + 1) % MEMORY;
        for (int i = 0; i < n; i++) {
          s[newest][i] = trial[i] - theta[i];
          y[newest][i] = trialGradient[i] - g[i];
        }
        rho[newest] = 1 / sy;
        stored = Math.min(stored + 1, MEMORY);
      }
      stalls = value - trialValue <= STALL * Math.max(1, Math.abs(value)) ? stalls + 1 : 0;
      System.arraycopy(trial, 0, theta, 0, n);
      System.arraycopy(trialGradient, 0, g, 0, n);
      value = trialValue;
      iterations++;
      if (stalls >= STALLED_STEPS) {
        break;
      }
    }
    return new Result(value, Vectors.maxAbs(g), iterations);
  }

  private static Result adam(Solver solver, Objective f, double[] theta, SplittableRandom random) {
    int n = theta.length;
    int examples = f.examples();
    int batch = solver.batchSize() == 0 ? examples : Math.min(solver.batchSize(), examples);
    double b1 = 0.9;
    double b2 = 0.999;
    double[] m = new double[n];
    double[] v = new double[n];
    double[] g = new double[n];
    int[] order = Vectors.identity(examples);
    double lr = solver.learningRate();
    long t = 0;
    for (int epoch = 0; epoch < solver.maxIterations(); epoch++) {
      if (batch < examples) {
        for (int i = examples - 1; i > 0; i--) {
          int j = random.nextInt(i + 1);
          int tmp = order[i];
          order[i] = order[j];
          order[j] = tmp;
        }
      }
      for (int from = 0; from < examples; from += batch) {
        f.evaluate(theta, g, order, from, Math.min(examples, from + batch));
        t++;
        double c1 = 1 - Math.pow(b1, t);
        double c2 = 1 - Math.pow(b2, t);
        for (int i = 0; i < n; i++) {
          m[i] = b1 * m[i] + (1 - b1) * g[i];
          v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
          theta[i] -= lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8);
        }
      }
    }
    double value = f.evaluate(theta, g);
    return new Result(value, Vectors.maxAbs(g), solver.maxIterations());
  }
}
