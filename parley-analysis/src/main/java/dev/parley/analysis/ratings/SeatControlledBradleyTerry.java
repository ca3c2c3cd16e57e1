package dev.parley.analysis.ratings;

import dev.parley.analysis.math.LinearSystem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Bradley–Terry with a seat advantage, the games' counterpart of Chatbot Arena's style control
 * (ratings fitted jointly with a covariate, so that the covariate's effect is not credited to the
 * players): {@code P(first beats second) = σ(ln(base)·(θ_first − θ_second + h))}, where "first"
 * is the lower seat of the battle (the first mover in a two-player game). Without it, a player who
 * happened to sit first more often is rated up by the seat's advantage. Ties count half, as in
 * {@link BradleyTerry}. Fitted by Newton's method on the counts per ordered pair, with θ centred
 * (mean {@code initialRating} on the display scale) and a ridge of {@code max(l2, 1e-9)} on θ and h
 * (the config's anchor is not used); 95% intervals are Wald intervals from the inverse Hessian.
 * When no finite estimate exists (an agent that never lost or never won, disconnected groups, a
 * seat that always wins) the fit says so ({@link Fit#bounded()}) and gives no intervals.
 */
public final class SeatControlledBradleyTerry {
  private final BradleyTerryConfig config;

  public SeatControlledBradleyTerry(BradleyTerryConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * The fit: display ratings with 95% intervals, and the first seat's advantage on the rating scale
   * ({@code scale·h}) with its interval.
   */
  public record Fit(List<String> players, double[] ratings, double[] lower, double[] upper, double seatAdvantage,
      double seatAdvantageLower, double seatAdvantageUpper, int iterations, boolean converged, boolean bounded) {
    public Fit {
      players = List.copyOf(players);
      ratings = ratings.clone();
      lower = lower.clone();
      upper = upper.clone();
    }

    public double rating(int player) {
      return ratings[player];
    }
  }

  public Fit fit(Battles battles) {
    int n = battles.playerCount();
    if (battles.rows() == 0) {
      throw new IllegalArgumentException("battles: no battle to fit");
    }
    // counts per ordered pair (first, second): games and the first player's score
    Map<Long, double[]> byPair = new HashMap<>();
    for (int r = 0; r < battles.rows(); r++) {
      double[] c = byPair.computeIfAbsent((long) battles.first(r) * n + battles.second(r), k -> new double[2]);
      c[0] += battles.count(r);
      c[1] += battles.count(r) * battles.score(r);
    }
    int pairs = byPair.size();
    int[] first = new int[pairs];
    int[] second = new int[pairs];
    double[] games = new double[pairs];
    double[] score = new double[pairs];
    int k = 0;
    for (Map.Entry<Long, double[]> e : byPair.entrySet()) {
      first[k] = (int) (e.getKey() / n);
      second[k] = (int) (e.getKey() % n);
      games[k] = e.getValue()[0];
      score[k] = e.getValue()[1];
      k++;
    }
    double c = Math.log(config.base());
    int d = n + 1;
    double[] w = new double[d];
    double[][] h = new double[d][d];
    double[] g = new double[d];
    double[] step = new double[d];
    double ridge = Math.max(config.l2(), 1e-9);
    int it = 0;
    boolean converged = false;
    while (it < config.maxIterations()) {
      it++;
      java.util.Arrays.fill(g, 0);
      for (double[] row : h) {
        java.util.Arrays.fill(row, 0);
      }
      for (int p = 0; p < pairs; p++) {
        int a = first[p];
        int b = second[p];
        double z = c * (w[a] - w[b] + w[n]);
        double prob = 1 / (1 + Math.exp(-z));
        double resid = c * (games[p] * prob - score[p]);
        double curv = c * c * games[p] * prob * (1 - prob);
        g[a] += resid;
        g[b] -= resid;
        g[n] += resid;
        h[a][a] += curv;
        h[b][b] += curv;
        h[n][n] += curv;
        h[a][b] -= curv;
        h[b][a] -= curv;
        h[a][n] += curv;
        h[n][a] += curv;
        h[b][n] -= curv;
        h[n][b] -= curv;
      }
      double worst = 0;
      for (int i = 0; i < d; i++) {
        g[i] += ridge * w[i];
        h[i][i] += ridge;
        worst = Math.max(worst, Math.abs(g[i]));
      }
      if (worst / Math.max(1, battles.size()) <= config.tolerance()) {
        converged = true;
        break;
      }
      double[][] copy = new double[d][];
      for (int i = 0; i < d; i++) {
        copy[i] = h[i].clone();
      }
      if (!LinearSystem.solveInPlace(copy, g.clone(), step)) {
        break;
      }
      for (int i = 0; i < d; i++) {
        w[i] -= step[i];
      }
      centre(w, n);
    }
    // The estimate is finite only when every agent both won and lost within one strongly connected
    // win graph and the first seat both won and lost (as for plain Bradley–Terry; l2 > 0 bounds it).
    boolean bounded = config.l2() > 0 || bounded(battles, n, first, score, games);
    // Wald intervals: the covariance is the inverse Hessian (of the full objective); none when unbounded
    double[] se = bounded ? standardErrors(h, d) : nanArray(d);
    double scale = config.scale();
    double[] ratings = new double[n];
    double[] lower = new double[n];
    double[] upper = new double[n];
    for (int i = 0; i < n; i++) {
      ratings[i] = scale * w[i] + config.initialRating();
      lower[i] = ratings[i] - 1.96 * scale * se[i];
      upper[i] = ratings[i] + 1.96 * scale * se[i];
    }
    double adv = scale * w[n];
    return new Fit(battles.players(), ratings, lower, upper, adv, adv - 1.96 * scale * se[n],
        adv + 1.96 * scale * se[n], it, converged, bounded);
  }

  private static boolean bounded(Battles battles, int n, int[] first, double[] score, double[] games) {
    PairCounts counts = battles.aggregate();
    int pairs = counts.pairs();
    double[] wLow = new double[pairs];
    double[] wHigh = new double[pairs];
    for (int r = 0; r < pairs; r++) {
      wLow[r] = counts.wins[r] + 0.5 * counts.ties[r];
      wHigh[r] = counts.losses[r] + 0.5 * counts.ties[r];
    }
    if (BradleyTerry.strongComponents(n, counts.low, counts.high, wLow, wHigh) != 1) {
      return false;
    }
    double firstScore = 0;
    double all = 0;
    for (int p = 0; p < first.length; p++) {
      firstScore += score[p];
      all += games[p];
    }
    return firstScore > 0 && firstScore < all;
  }

  private static double[] nanArray(int d) {
    double[] out = new double[d];
    java.util.Arrays.fill(out, Double.NaN);
    return out;
  }

  private static void centre(double[] w, int n) {
    double mean = 0;
    for (int i = 0; i < n; i++) {
      mean += w[i] / n;
    }
    for (int i = 0; i < n; i++) {
      w[i] -= mean;
    }
  }

  /**
   * Standard errors of the centred ratings and of the advantage. The Hessian is singular along
   * u = (1, …, 1, 0) (a common shift of θ), so the covariance is taken on the centred subspace:
   * {@code v·(H + λuuᵀ)⁻¹·v} for {@code v = P·e_i}, P the projection that centres θ, which does not
   * depend on λ > 0 because v ⊥ u.
   */
  private static double[] standardErrors(double[][] h, int d) {
    int n = d - 1;
    double lambda = 0;
    for (int i = 0; i < d; i++) {
      lambda = Math.max(lambda, h[i][i]);
    }
    double[][] m = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        m[i][j] = h[i][j] + (i < n && j < n ? lambda : 0);
      }
    }
    double[] se = new double[d];
    double[] v = new double[d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        v[j] = (j == i ? 1 : 0) - (i < n && j < n ? 1.0 / n : 0);
      }
      double[] x = LinearSystem.solve(m, v);
      double var = 0;
      if (x != null) {
        for (int j = 0; j < d; j++) {
          var += v[j] * x[j];
        }
      }
      se[i] = x == null ? Double.NaN : Math.sqrt(Math.max(0, var));
    }
    return se;
  }
}
