package dev.parley.analysis.shapley;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Monte Carlo Shapley values by permutation sampling (Castro, Gómez, Tejada, "Polynomial calculation
 * of the Shapley value based on sampling", Computers &amp; OR 2009): each sampled order of the
 * players adds them one at a time and credits each with its marginal contribution; φ_i is the mean
 * over orders and its standard error the sample standard deviation over √orders. Each order costs n
 * evaluations. Estimates are efficient up to rounding (each order's contributions telescope to
 * v(N) − v(∅)). Orders are drawn by Fisher–Yates from a {@link SplittableRandom} with the seed, so
 * results are reproducible. At most 63 players (the mask is a long).
 */
public final class PermutationShapley implements ShapleyEstimator {
  private final PermutationShapleyConfig config;

  public PermutationShapley(PermutationShapleyConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public PermutationShapleyConfig config() {
    return config;
  }

  @Override
  public ShapleyValues compute(int players, CoalitionValue game) {
    Objects.requireNonNull(game, "game");
    if (players < 1 || players > 63) {
      throw new IllegalArgumentException("players must be in [1, 63], was " + players);
    }
    int n = players;
    int samples = config.permutations();
    SplittableRandom rng = new SplittableRandom(config.seed());
    double empty = game.value(0L);
    double[] mean = new double[n];
    double[] m2 = new double[n];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    double grand = Double.NaN;
    for (int k = 1; k <= samples; k++) {
      for (int i = n - 1; i > 0; i--) {
        int j = rng.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
      long mask = 0;
      double previous = empty;
      for (int pos = 0; pos < n; pos++) {
        int player = order[pos];
        mask |= 1L << player;
        double current = game.value(mask);
        double marginal = current - previous;
        // Welford's running mean and sum of squared deviations
        double delta = marginal - mean[player];
        mean[player] += delta / k;
        m2[player] += delta * (marginal - mean[player]);
        previous = current;
      }
      grand = previous;
    }
    double[] se = new double[n];
    for (int i = 0; i < n; i++) {
      se[i] = Math.sqrt(m2[i] / (samples - 1) / samples);
    }
    return new ShapleyValues(mean, se, empty, grand, 1 + (long) samples * n, "permutation-sampling " + config);
  }
}
