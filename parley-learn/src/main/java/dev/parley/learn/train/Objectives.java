package dev.parley.learn.train;

import dev.parley.learn.losses.PairLogProbs;
import dev.parley.learn.losses.PairLoss;
import dev.parley.learn.losses.PairwiseLoss;
import dev.parley.learn.policy.Simplex;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The chain rule from log-probabilities to logits and the weighted pairwise objective shared by the
 * DPO-family trainers. For {@code log π = z − logsumexp(z)}, {@code ∂ log π_y/∂z_k = δ_{yk} − π_k}, so
 * {@code ∂L/∂z_k = g_k − π_k·Σ_y g_y} where {@code g_y = ∂L/∂log π_y}.
 */
final class Objectives {
  private Objectives() {}

  /** {@code lp = z − logsumexp(z)} and {@code p = e^{lp}}. */
  static void logSoftmax(double[] z, double[] lp, double[] p) {
    System.arraycopy(z, 0, lp, 0, z.length);
    Simplex.normaliseLog(lp);
    Simplex.exp(lp, p);
  }

  /** Turns {@code g = ∂L/∂log π} into {@code ∂L/∂z} in place. */
  static void toLogits(double[] g, double[] p) {
    double sum = 0;
    for (double v : g) {
      sum += v;
    }
    for (int k = 0; k < g.length; k++) {
      g[k] -= p[k] * sum;
    }
  }

  /** {@code ∂ℓ/∂log π_y} of a policy-gradient surrogate for one unit of sampling weight, at the current policy. */
  interface ScoreGradient {
    double at(int y);
  }

  /**
   * {@code optimizer.maxSteps()} policy-gradient steps of size {@code optimizer.learningRate()} on the
   * normalised log-probabilities {@code logp} (in place): each step weights option y by π(y) (exact) or by
   * its share of {@code sampling.samples()} draws from π, takes {@code g_y = weight_y·score(y)} and moves
   * the logits against {@code ∂/∂z}.
   */
  static void policyGradientSteps(Optimizer optimizer, Sampling sampling, RandomGenerator random, double[] logp,
      ScoreGradient score) {
    int n = logp.length;
    double[] p = new double[n];
    double[] weights = new double[n];
    double[] g = new double[n];
    double lr = optimizer.learningRate();
    for (int s = 0; s < optimizer.maxSteps(); s++) {
      Simplex.exp(logp, p);
      if (sampling.isExact()) {
        System.arraycopy(p, 0, weights, 0, n);
      } else {
        Feedback.frequencies(Feedback.draw(p, sampling.samples(), random), weights);
      }
      for (int y = 0; y < n; y++) {
        g[y] = weights[y] == 0 ? 0 : weights[y] * score.at(y);
      }
      toLogits(g, p);
      for (int y = 0; y < n; y++) {
        logp[y] -= lr * g[y];
      }
      Simplex.normaliseLog(logp);
    }
  }

  /**
   * {@code Σ_{a,b} w[a][b]·loss(a ≻ b)} with policy log-probabilities from z and the given reference
   * log-probabilities and lengths; writes {@code ∂/∂z}.
   */
  static double pairwise(PairwiseLoss loss, double[][] w, double[] reference, int[] lengths, double[] z,
      double[] gradient, double[] lp, double[] p) {
    logSoftmax(z, lp, p);
    Arrays.fill(gradient, 0);
    double value = 0;
    int n = z.length;
    for (int a = 0; a < n; a++) {
      double[] row = w[a];
      for (int b = 0; b < n; b++) {
        double weight = row[b];
        if (weight == 0) {
          continue;
        }
        PairLoss l = loss.evaluate(new PairLogProbs(lp[a], lp[b], reference[a], reference[b], lengths[a], lengths[b]));
        value += weight * l.value();
        gradient[a] += weight * l.dChosen();
        gradient[b] += weight * l.dRejected();
      }
    }
    toLogits(gradient, p);
    return value;
  }
}
