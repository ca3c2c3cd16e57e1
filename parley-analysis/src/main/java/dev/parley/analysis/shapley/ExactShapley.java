package dev.parley.analysis.shapley;

import java.util.Objects;

/**
 * Exact Shapley values by the subset formula: all 2ⁿ coalition values are evaluated once and kept
 * (8·2ⁿ bytes), then {@code φ_i = Σ_{S∌i} w(|S|)·(v(S ∪ {i}) − v(S))} with
 * {@code w(s) = s!(n − s − 1)!/n! = 1/(n·C(n − 1, s))}, in O(n·2ⁿ). At most {@link #MAX_PLAYERS} players.
 */
public final class ExactShapley implements ShapleyEstimator {
  /** 2²⁴ coalition values take 128 MiB. */
  public static final int MAX_PLAYERS = 24;

  @Override
  public ShapleyValues compute(int players, CoalitionValue game) {
    Objects.requireNonNull(game, "game");
    if (players < 1 || players > MAX_PLAYERS) {
      throw new IllegalArgumentException("players must be in [1, " + MAX_PLAYERS + "] for exact Shapley values, was "
          + players + "; use PermutationShapley");
    }
    int n = players;
    int size = 1 << n;
    double[] v = new double[size];
    for (int mask = 0; mask < size; mask++) {
      v[mask] = game.value(mask);
    }
    double[] weight = new double[n + 1];
    double choose = 1;
    for (int s = 0; s < n; s++) {
      // choose = C(n − 1, s)
      weight[s] = 1 / (n * choose);
      choose = choose * (n - 1 - s) / (s + 1);
    }
    double[] phi = new double[n];
    for (int mask = 0; mask < size; mask++) {
      double w = weight[Integer.bitCount(mask)];
      double vm = v[mask];
      for (int i = 0; i < n; i++) {
        int bit = 1 << i;
        if ((mask & bit) == 0) {
          phi[i] += w * (v[mask | bit] - vm);
        }
      }
    }
    return new ShapleyValues(phi, new double[n], v[0], v[size - 1], size, "exact");
  }
}
