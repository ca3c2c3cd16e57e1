package dev.parley.analysis.ratings;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * Glicko-2 (Glickman, "Example of the Glicko-2 system", 2013, steps 1–8; REFERENCE §4.4). Games are
 * grouped into rating periods; within a period every player is updated from all opponents'
 * pre-period ratings. On the internal scale μ = (r − 1500)/173.7178, φ = RD/173.7178:
 * {@code g(φ) = 1/√(1 + 3φ²/π²)}, {@code E = 1/(1 + e^{−g(φ_j)(μ − μ_j)})},
 * {@code v = [Σ g² E(1 − E)]⁻¹}, {@code Δ = v Σ g (s − E)}; the new volatility σ' solves
 * {@code f(x) = e^x(Δ² − φ² − v − e^x)/(2(φ² + v + e^x)²) − (x − ln σ²)/τ² = 0} by Glickman's
 * Illinois (regula falsi) iteration; then {@code φ* = √(φ² + σ'²)}, {@code φ' = 1/√(1/φ*² + 1/v)},
 * {@code μ' = μ + φ'² Σ g (s − E)}. A player without games only has φ grow to φ*.
 */
public final class Glicko2 implements PairwiseRating {
  /** Glicko-2 scale factor 400/ln 10. */
  public static final double SCALE = 173.7178;
  private final Glicko2Config config;

  public Glicko2(Glicko2Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public Glicko2Config config() {
    return config;
  }

  /** The player's rating after one rating period with these games (none: only RD grows). */
  public Glicko2Rating update(Glicko2Rating player, List<Glicko2Game> games) {
    Objects.requireNonNull(player, "player");
    int k = games.size();
    double[] mu = new double[k];
    double[] phi = new double[k];
    double[] score = new double[k];
    for (int j = 0; j < k; j++) {
      Glicko2Game game = games.get(j);
      mu[j] = (game.opponent().rating() - 1500) / SCALE;
      phi[j] = game.opponent().deviation() / SCALE;
      score[j] = game.score();
    }
    return update(player, mu, phi, score, null, k);
  }

  /** Steps 2–8 over k games given on the internal scale, each weighted by {@code weight[j]} (null = 1). */
  private Glicko2Rating update(Glicko2Rating player, double[] oppMu, double[] oppPhi, double[] score,
      double[] weight, int k) {
    double mu = (player.rating() - 1500) / SCALE;
    double phi = player.deviation() / SCALE;
    double sigma = player.volatility();
    if (k == 0) {
      double phiStar = Math.sqrt(phi * phi + sigma * sigma);
      return new Glicko2Rating(player.rating(), phiStar * SCALE, sigma);
    }
    double vInv = 0;
    double sum = 0;
    for (int j = 0; j < k; j++) {
      double w = weight == null ? 1 : weight[j];
      double g = g(oppPhi[j]);
      double e = 1 / (1 + Math.exp(-g * (mu - oppMu[j])));
      vInv += w * g * g * e * (1 - e);
      sum += w * g * (score[j] - e);
    }
    double v = 1 / vInv;
    double delta = v * sum;
    double newSigma = volatility(phi, sigma, v, delta);
    double phiStar = Math.sqrt(phi * phi + newSigma * newSigma);
    double newPhi = 1 / Math.sqrt(1 / (phiStar * phiStar) + 1 / v);
    double newMu = mu + newPhi * newPhi * sum;
    return new Glicko2Rating(SCALE * newMu + 1500, SCALE * newPhi, newSigma);
  }

  static double g(double phi) {
    return 1 / Math.sqrt(1 + 3 * phi * phi / (Math.PI * Math.PI));
  }

  /** Step 5: Glickman's Illinois iteration for σ'. */
  private double volatility(double phi, double sigma, double v, double delta) {
    double tau = config.tau();
    double a = Math.log(sigma * sigma);
    double phi2 = phi * phi;
    double delta2 = delta * delta;
    DoubleUnaryOperator f = x -> {
      double ex = Math.exp(x);
      double d = phi2 + v + ex;
      return ex * (delta2 - phi2 - v - ex) / (2 * d * d) - (x - a) / (tau * tau);
    };
    double lo = a;
    double hi;
    if (delta2 > phi2 + v) {
      hi = Math.log(delta2 - phi2 - v);
    } else {
      int step = 1;
      while (f.applyAsDouble(a - step * tau) < 0) {
        step++;
      }
      hi = a - step * tau;
    }
    double fLo = f.applyAsDouble(lo);
    double fHi = f.applyAsDouble(hi);
    while (Math.abs(hi - lo) > config.convergence()) {
      double c = lo + (lo - hi) * fLo / (fHi - fLo);
      double fC = f.applyAsDouble(c);
      if (fC * fHi <= 0) {
        lo = hi;
        fLo = fHi;
      } else {
        fLo /= 2;
      }
      hi = c;
      fHi = fC;
    }
    return Math.exp(lo / 2);
  }

  /** Ratings after the given rating periods, in order, every player starting as new. */
  public List<Glicko2Rating> ratePeriods(List<Battles> periods) {
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("periods: need at least one");
    }
    List<String> players = periods.get(0).players();
    for (Battles b : periods) {
      if (!b.players().equals(players)) {
        throw new IllegalArgumentException("every period must list the same players " + players + ", got "
            + b.players());
      }
    }
    int n = players.size();
    Glicko2Rating[] current = new Glicko2Rating[n];
    Arrays.fill(current, config.newPlayer());
    for (Battles period : periods) {
      current = period(current, period);
    }
    return List.of(current);
  }

  private Glicko2Rating[] period(Glicko2Rating[] before, Battles battles) {
    int n = before.length;
    int[] games = new int[n];
    for (int r = 0; r < battles.rows(); r++) {
      games[battles.first(r)]++;
      games[battles.second(r)]++;
    }
    double[][] oppMu = new double[n][];
    double[][] oppPhi = new double[n][];
    double[][] score = new double[n][];
    double[][] weight = new double[n][];
    for (int i = 0; i < n; i++) {
      oppMu[i] = new double[games[i]];
      oppPhi[i] = new double[games[i]];
      score[i] = new double[games[i]];
      weight[i] = new double[games[i]];
    }
    int[] fill = new int[n];
    for (int r = 0; r < battles.rows(); r++) {
      int a = battles.first(r);
      int b = battles.second(r);
      double s = battles.score(r);
      int c = battles.count(r);
      add(a, b, s, c, before, oppMu, oppPhi, score, weight, fill);
      add(b, a, 1 - s, c, before, oppMu, oppPhi, score, weight, fill);
    }
    Glicko2Rating[] after = new Glicko2Rating[n];
    for (int i = 0; i < n; i++) {
      after[i] = update(before[i], oppMu[i], oppPhi[i], score[i], weight[i], games[i]);
    }
    return after;
  }

  private static void add(int self, int opp, double s, int count, Glicko2Rating[] before, double[][] oppMu,
      double[][] oppPhi, double[][] score, double[][] weight, int[] fill) {
    int j = fill[self]++;
    oppMu[self][j] = (before[opp].rating() - 1500) / SCALE;
    oppPhi[self][j] = before[opp].deviation() / SCALE;
    score[self][j] = s;
    weight[self][j] = count;
  }

  /** Ratings r after one rating period holding all the battles. */
  @Override
  public Ratings rate(Battles battles) {
    List<Glicko2Rating> all = ratePeriods(List.of(battles));
    double[] r = new double[all.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = all.get(i).rating();
    }
    return new Ratings(battles.players(), r, "glicko-2 one period " + config);
  }
}
