package dev.parley.analysis.ratings;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Thurstonian utility fit (Mazeika et al., "Utility Engineering: Analyzing and Controlling Emergent
 * Value Systems in AIs", 2025; REFERENCE §4.5). The empirical preference of each observed pair
 * (wins plus half the ties over its battles) is the target of a binary cross-entropy against
 * {@code Φ((μ_a − μ_b)/√(σ_a² + σ_b² + floor))}, averaged over pairs (each pair once, as each edge of
 * the paper is asked K times). Parameters μ and log σ² are trained by full-batch Adam; after every
 * step μ is normalised to mean 0 and unbiased standard deviation 1, and σ² rescaled by 1/std². μ
 * starts from each option's mean score (not a random draw), so the fit starts on the right side of
 * every pair whose order is plain.
 */
public final class Thurstonian implements PairwiseRating {
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double ADAM_EPS = 1e-8;
  private final ThurstonianConfig config;

  public Thurstonian(ThurstonianConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public ThurstonianConfig config() {
    return config;
  }

  /** Ratings = fitted μ. */
  @Override
  public Ratings rate(Battles battles) {
    return fit(battles.aggregate()).asRatings();
  }

  public ThurstonianModel fit(PairCounts counts) {
    int n = counts.playerCount();
    int edges = counts.pairs();
    if (edges == 0) {
      throw new IllegalArgumentException("counts: no pair was compared");
    }
    double[] target = new double[edges];
    double[] games = new double[edges];
    for (int r = 0; r < edges; r++) {
      games[r] = counts.wins[r] + counts.ties[r] + counts.losses[r];
      target[r] = (counts.wins[r] + 0.5 * counts.ties[r]) / games[r];
    }
    int[] low = counts.low;
    int[] high = counts.high;
    // parameters: mu[0..n), logVar[0..n)
    // Start from each option's mean score (its share of wins, ties half) with a little seeded jitter.
    // A purely random start can leave μ on the wrong side of a pair for good: the normalisation after
    // every step keeps the spread fixed, so with two options the order can never flip and only σ²
    // grows. The mean score has the right order wherever one is apparent.
    double[] mu = new double[n];
    double[] logVar = new double[n];
    double[] played = new double[n];
    for (int r = 0; r < edges; r++) {
      mu[low[r]] += target[r] * games[r];
      mu[high[r]] += (1 - target[r]) * games[r];
      played[low[r]] += games[r];
      played[high[r]] += games[r];
    }
    SplittableRandom rng = new SplittableRandom(config.seed());
    for (int i = 0; i < n; i++) {
      mu[i] = (played[i] > 0 ? mu[i] / played[i] - 0.5 : 0) + 1e-3 * rng.nextGaussian();
    }
    normalise(mu, logVar);
    double[] gMu = new double[n];
    double[] gLogVar = new double[n];
    double[] m1 = new double[2 * n];
    double[] m2 = new double[2 * n];
    double lr = config.learningRate();
    double floor = config.varianceFloor();
    for (int step = 1; step <= config.epochs(); step++) {
      Arrays.fill(gMu, 0);
      Arrays.fill(gLogVar, 0);
      for (int r = 0; r < edges; r++) {
        int a = low[r];
        int b = high[r];
        double varA = Math.exp(logVar[a]);
        double varB = Math.exp(logVar[b]);
        double total = varA + varB + floor;
        double sd = Math.sqrt(total);
        double z = (mu[a] - mu[b]) / sd;
        double y = target[r];
        // d BCE / dz = φ(z)·[(1 − y)/Φ(−z) − y/Φ(z)]
        double pdf = Normal.pdf(z);
        double dz = (1 - y) * pdf / Normal.cdf(-z) - y * pdf / Normal.cdf(z);
        dz /= edges;
        gMu[a] += dz / sd;
        gMu[b] -= dz / sd;
        double dTotal = -dz * z / (2 * total);
        gLogVar[a] += dTotal * varA;
        gLogVar[b] += dTotal * varB;
      }
      double c1 = 1 - Math.pow(BETA1, step);
      double c2 = 1 - Math.pow(BETA2, step);
      for (int k = 0; k < 2 * n; k++) {
        double g = k < n ? gMu[k] : gLogVar[k - n];
        m1[k] = BETA1 * m1[k] + (1 - BETA1) * g;
        m2[k] = BETA2 * m2[k] + (1 - BETA2) * g * g;
        double update = lr * (m1[k] / c1) / (Math.sqrt(m2[k] / c2) + ADAM_EPS);
        if (k < n) {
          mu[k] -= update;
        } else {
          logVar[k - n] -= update;
        }
      }
      normalise(mu, logVar);
    }
    double[] variance = new double[n];
    for (int i = 0; i < n; i++) {
      variance[i] = Math.exp(logVar[i]);
    }
    double loss = 0;
    for (int r = 0; r < edges; r++) {
      double z = (mu[low[r]] - mu[high[r]]) / Math.sqrt(variance[low[r]] + variance[high[r]] + floor);
      loss -= target[r] * logCdf(z) + (1 - target[r]) * logCdf(-z);
    }
    return new ThurstonianModel(counts.players(), mu, variance, floor, loss / edges);
  }

  /** log Φ(z), accurate in both tails. */
  private static double logCdf(double z) {
    return z < 0 ? Math.log(Normal.cdf(z)) : Math.log1p(-Normal.cdf(-z));
  }

  /** μ to mean 0 and unbiased std 1; σ² scaled by 1/std² (log σ² − 2 log std). */
  private static void normalise(double[] mu, double[] logVar) {
    int n = mu.length;
    if (n < 2) {
      return;
    }
    double mean = 0;
    for (double v : mu) {
      mean += v;
    }
    mean /= n;
    double ss = 0;
    for (double v : mu) {
      ss += (v - mean) * (v - mean);
    }
    double std = Math.sqrt(ss / (n - 1));
    if (!(std > 0)) {
      return;
    }
    double logStd2 = 2 * Math.log(std);
    for (int i = 0; i < n; i++) {
      mu[i] = (mu[i] - mean) / std;
      logVar[i] -= logStd2;
    }
  }
}
