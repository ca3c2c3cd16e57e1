package dev.parley.learn.reward;

import dev.parley.analysis.math.LinearSystem;
import dev.parley.learn.losses.BradleyTerryRewardLoss;
import dev.parley.learn.losses.Logistic;
import dev.parley.learn.losses.PairLoss;
import dev.parley.learn.policy.PolicySpace;
import dev.parley.learn.preference.WeightedPair;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Fits a tabular Bradley–Terry reward model (REFERENCE §7) to weighted preference pairs: per context,
 * minimise {@code Σ_pairs w·ℓ(r_c − r_r) + (λ/2)·Σ_y r_y²} with {@link BradleyTerryRewardLoss} by
 * Newton's method (the objective is convex; with λ = 0 the rewards are identified up to a constant and
 * the solution of mean zero is returned). On a transitive preference {@code P = σ(r_i − r_j)} with all
 * pairs weighted alike it recovers r up to that constant; on an intransitive one it returns the closest
 * Bradley–Terry model, which cannot represent the cycle.
 *
 * @param l2 λ ≥ 0, the ridge penalty (needed only when some pair is always won)
 */
public record BradleyTerryRewardFit(double l2) {

  public BradleyTerryRewardFit {
    if (!(l2 >= 0) || !Double.isFinite(l2)) {
      throw new IllegalArgumentException("l2 must be a finite number ≥ 0, was " + l2);
    }
  }

  /**
   * The fitted reward of every context.
   *
   * @throws IllegalStateException if Newton's method does not reach a gradient below 1e-12
   */
  public TabularReward fit(PolicySpace space, List<WeightedPair> pairs) {
    Objects.requireNonNull(space, "space");
    Objects.requireNonNull(pairs, "pairs");
    double[][][] w = WeightedPair.weights(space, pairs);
    double[][] r = new double[w.length][];
    for (int c = 0; c < w.length; c++) {
      r[c] = fitContext(space.context(c), w[c]);
    }
    return TabularReward.of(space, r);
  }

  private double[] fitContext(String context, double[][] w) {
    int n = w.length;
    BradleyTerryRewardLoss loss = BradleyTerryRewardLoss.plain();
    double[] r = new double[n];
    double[] g = new double[n];
    double[][] h = new double[n][n];
    double ridge = l2 > 0 ? l2 : 1e-12;
    for (int iter = 0; iter < 200; iter++) {
      Arrays.fill(g, 0);
      for (double[] row : h) {
        Arrays.fill(row, 0);
      }
      for (int a = 0; a < n; a++) {
        g[a] += l2 * r[a];
        h[a][a] += ridge;
        for (int b = 0; b < n; b++) {
          double weight = w[a][b];
          if (weight == 0) {
            continue;
          }
          PairLoss l = loss.evaluate(r[a], r[b], 0, weight);
          g[a] += l.dChosen();
          g[b] += l.dRejected();
          double s = weight * sigmoidSlope(r[a] - r[b]);
          h[a][a] += s;
          h[b][b] += s;
          h[a][b] -= s;
          h[b][a] -= s;
        }
      }
      double max = 0;
      for (double v : g) {
        max = Math.max(max, Math.abs(v));
      }
      if (max < 1e-12) {
        return centred(r);
      }
      double[] step = LinearSystem.solve(h, g);
      if (step == null) {
        break;
      }
      for (int a = 0; a < n; a++) {
        r[a] -= step[a];
      }
      if (l2 == 0) {
        r = centred(r);
      }
    }
    throw new IllegalStateException("Bradley–Terry reward fit of context '" + context + "' did not converge "
        + "(a response that always wins or always loses needs l2 > 0)");
  }

  private static double sigmoidSlope(double z) {
    double s = Logistic.sigmoid(Math.abs(z));
    return s * (1 - s);
  }

  private double[] centred(double[] r) {
    if (l2 > 0) {
      return r;
    }
    double mean = 0;
    for (double v : r) {
      mean += v / r.length;
    }
    double[] out = new double[r.length];
    for (int i = 0; i < r.length; i++) {
      out[i] = r[i] - mean;
    }
    return out;
  }

}
