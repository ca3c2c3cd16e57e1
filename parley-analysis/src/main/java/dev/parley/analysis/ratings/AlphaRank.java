package dev.parley.analysis.ratings;

import java.util.Objects;

/**
 * Single-population α-Rank (Omidshafiei et al., "α-Rank: Multi-Agent Evaluation by Evolution",
 * Sci. Rep. 2019; OpenSpiel's local selection model; REFERENCE §4.5). A population of m plays one
 * strategy; a mutant r invades a population of s with probability {@code ρ_{r,s}/(n − 1)}, where
 * {@code u = α·(M[r,s] − M[s,r])} and {@code ρ = (1 − e^{−u})/(1 − e^{−m·u})} (1/m at u = 0); the
 * chain stays put otherwise. The ranking is the chain's stationary distribution. With α = ∞ the
 * better responder takes over with {@code (1 − ε)/(n − 1)}, the worse with {@code ε/(n − 1)}, a tie
 * with {@code 1/(2(n − 1))}.
 *
 * <p>Fixation probabilities are kept as logarithms and the stationary distribution is found by the
 * Grassmann–Taksar–Heyman state reduction in log space, so even e^{−10000} transitions (α = 100 on
 * payoffs 1 apart) are resolved without underflow; the answer is exact to rounding.
 */
public final class AlphaRank implements MetaGameRanking {
  private final AlphaRankConfig config;

  public AlphaRank(AlphaRankConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public AlphaRankConfig config() {
    return config;
  }

  @Override
  public MetaRanking rank(MetaGame game) {
    int n = game.size();
    double[] pi;
    if (n == 1) {
      pi = new double[] {1};
    } else {
      double[][] logP = new double[n][n];
      double logEta = -Math.log(n - 1);
      for (int s = 0; s < n; s++) {
        for (int r = 0; r < n; r++) {
          if (r != s) {
            logP[s][r] = logEta + logFixation(game.payoff(r, s), game.payoff(s, r));
          }
        }
      }
      pi = stationary(logP);
    }
    return new MetaRanking(game.strategies(), pi, pi, "alpha-rank " + config);
  }

  /** log ρ for a mutant earning {@code mutant} against a resident earning {@code resident} against it. */
  double logFixation(double mutant, double resident) {
    if (Double.isInfinite(config.alpha())) {
      if (mutant > resident) {
        return Math.log1p(-config.epsilon());
      }
      return mutant < resident ? Math.log(config.epsilon()) : Math.log(0.5);
    }
    double u = config.alpha() * (mutant - resident);
    int m = config.populationSize();
    if (u == 0) {
      return -Math.log(m);
    }
    if (u > 0) {
      return Math.log(-Math.expm1(-u)) - Math.log(-Math.expm1(-m * u));
    }
    double a = -u;
    return logExpm1(a) - logExpm1(m * a);
  }

  /** log(e^x − 1) for x &gt; 0. */
  private static double logExpm1(double x) {
    return x > 40 ? x + Math.log1p(-Math.exp(-x)) : Math.log(Math.expm1(x));
  }

  /**
   * Stationary distribution of the chain with off-diagonal log transition probabilities
   * {@code logP[i][j]} (i → j), by Grassmann–Taksar–Heyman elimination carried out on logarithms.
   */
  static double[] stationary(double[][] logP) {
    int n = logP.length;
    double[][] l = new double[n][];
    for (int i = 0; i < n; i++) {
      l[i] = logP[i].clone();
    }
    for (int k = n - 1; k >= 1; k--) {
      double s = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        s = logSumExp(s, l[k][j]);
      }
      if (s == Double.NEGATIVE_INFINITY) {
        throw new IllegalArgumentException("chain is reducible: state " + k + " never leaves for a lower state");
      }
      for (int i = 0; i < k; i++) {
        l[i][k] -= s;
      }
      for (int i = 0; i < k; i++) {
        double lik = l[i][k];
        for (int j = 0; j < k; j++) {
          if (j != i) {
            l[i][j] = logSumExp(l[i][j], lik + l[k][j]);
          }
        }
      }
    }
    double[] logPi = new double[n];
    for (int j = 1; j < n; j++) {
      double acc = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < j; i++) {
        acc = logSumExp(acc, logPi[i] + l[i][j]);
      }
      logPi[j] = acc;
    }
    double total = Double.NEGATIVE_INFINITY;
    for (double v : logPi) {
      total = logSumExp(total, v);
    }
    double[] pi = new double[n];
    for (int i = 0; i < n; i++) {
      pi[i] = Math.exp(logPi[i] - total);
    }
    return pi;
  }

  private static double logSumExp(double a, double b) {
    if (a == Double.NEGATIVE_INFINITY) {
      return b;
    }
    if (b == Double.NEGATIVE_INFINITY) {
      return a;
    }
    return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
  }
}
