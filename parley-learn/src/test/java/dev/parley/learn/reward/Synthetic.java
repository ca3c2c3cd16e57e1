package dev.parley.learn.reward;

import dev.parley.learn.losses.Logistic;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Synthetic preference data for the reward-model tests. */
final class Synthetic {
  private Synthetic() {}

  static double[] gaussian(int d, SplittableRandom rnd) {
    double[] x = new double[d];
    for (int i = 0; i < d; i++) {
      x[i] = rnd.nextGaussian();
    }
    return x;
  }

  static double[] uniform(int d, SplittableRandom rnd) {
    double[] x = new double[d];
    for (int i = 0; i < d; i++) {
      x[i] = rnd.nextDouble(-1, 1);
    }
    return x;
  }

  /**
   * n pairs of standard-normal feature vectors, each labelled by a draw from
   * {@code P(a ≻ b) = σ(r(a) − r(b))}.
   */
  static List<FeaturePair> sampled(int n, int d, ToDoubleFunction<double[]> reward, SplittableRandom rnd) {
    List<FeaturePair> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double[] a = gaussian(d, rnd);
      double[] b = gaussian(d, rnd);
      boolean aWins = rnd.nextDouble() < Logistic.sigmoid(reward.applyAsDouble(a) - reward.applyAsDouble(b));
      out.add(aWins ? FeaturePair.of(a, b) : FeaturePair.of(b, a));
    }
    return out;
  }

  /** n pairs of uniform [−1, 1]^d vectors, the higher true reward chosen. */
  static List<FeaturePair> deterministic(int n, int d, ToDoubleFunction<double[]> reward, SplittableRandom rnd) {
    List<FeaturePair> out = new ArrayList<>(n);
    while (out.size() < n) {
      double[] a = uniform(d, rnd);
      double[] b = uniform(d, rnd);
      double delta = reward.applyAsDouble(a) - reward.applyAsDouble(b);
      if (delta != 0) {
        out.add(delta > 0 ? FeaturePair.of(a, b) : FeaturePair.of(b, a));
      }
    }
    return out;
  }

  /** The accuracy of the true reward on sampled labels: the Bayes rate of that sample. */
  static double bayesAccuracy(List<FeaturePair> pairs, ToDoubleFunction<double[]> reward) {
    int correct = 0;
    for (FeaturePair p : pairs) {
      if (reward.applyAsDouble(p.chosen()) > reward.applyAsDouble(p.rejected())) {
        correct++;
      }
    }
    return (double) correct / pairs.size();
  }
}
