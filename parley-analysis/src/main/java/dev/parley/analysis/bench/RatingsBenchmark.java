package dev.parley.analysis.bench;

import dev.parley.analysis.ratings.Battles;
import dev.parley.analysis.ratings.BootstrapConfig;
import dev.parley.analysis.ratings.BootstrapRatings;
import dev.parley.analysis.ratings.BradleyTerry;
import dev.parley.analysis.ratings.BradleyTerryConfig;
import dev.parley.analysis.ratings.BradleyTerryFit;
import dev.parley.analysis.ratings.Elo;
import dev.parley.analysis.ratings.EloConfig;
import dev.parley.analysis.ratings.PairCounts;
import dev.parley.analysis.ratings.Ratings;
import dev.parley.core.engine.Seeds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Speed of the ratings on Chatbot-Arena scale data: 1,000,000 synthetic battles among 100 players
 * (true ratings N(1000, 200²), Bradley–Terry outcomes with ties counted as half wins, up to 10%
 * ties between equals; seeded). Measures, each
 * after an equal warm-up: aggregation into pair counts, one Bradley–Terry fit on the counts (target
 * ≤ 0.5 s), a 100-round bootstrap (target ≤ 2 s), one online Elo pass (target ≤ 0.1 s), and a
 * baseline run in the same process: the textbook unaggregated fit, gradient descent over one row
 * per battle (logistic regression without aggregation) stopped by the same per-player gradient test,
 * with a fixed step 1/L from the Lipschitz bound L = ln(10)²/4·2·max games. Newton over the raw rows
 * is reported as well, to separate the gain of aggregating from the gain of Newton's method. Each
 * line states the figure, its target and whether it is met. REFERENCE §11 gives FastChat's figures.
 */
public final class RatingsBenchmark {
  public static final int PLAYERS = 100;
  public static final int BATTLES = 1_000_000;
  public static final long SEED = 20240601L;
  private static final double FIT_TARGET_S = 0.5;
  private static final double BOOTSTRAP_TARGET_S = 2.0;
  private static final double ELO_TARGET_S = 0.1;
  /** Keeps measured results reachable so the compiler cannot drop the work. */
  static volatile Object sink;

  private RatingsBenchmark() {}

  /** Runs every case for about {@code secondsPerCase} after as long a warm-up; returns report lines. */
  public static List<String> run(double secondsPerCase) {
    if (!(secondsPerCase > 0) || Double.isInfinite(secondsPerCase)) {
      throw new IllegalArgumentException("secondsPerCase must be a positive finite number, was " + secondsPerCase);
    }
    List<String> out = new ArrayList<>();
    long g0 = System.nanoTime();
    double[] truth = new double[PLAYERS];
    Battles battles = synthetic(truth);
    out.add(String.format(Locale.ROOT, "data: %,d synthetic battles among %d players (seed %d) generated in %.2f s; "
        + "%d cores, Java %s", battles.size(), PLAYERS, SEED, (System.nanoTime() - g0) / 1e9,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));

    Timing aggregate = measure(secondsPerCase, battles::aggregate);
    PairCounts counts = battles.aggregate();
    out.add(String.format(Locale.ROOT, "aggregate battles into %,d pair counts: %s per pass (part of every fit from raw"
        + " battles; no separate target)", counts.pairs(), aggregate));

    BradleyTerry bt = new BradleyTerry(BradleyTerryConfig.CHATBOT_ARENA);
    Timing fit = measure(secondsPerCase, () -> bt.fit(counts));
    BradleyTerryFit fitted = bt.fit(counts);
    out.add(String.format(Locale.ROOT, "bradley-terry fit on pair counts (Newton, %d steps, converged %s): %s per fit;"
        + " target <= %.1f s: %s", fitted.iterations(), fitted.converged(), fit, FIT_TARGET_S,
        verdict(fit.mean <= FIT_TARGET_S)));
    double maxTruthError = 0;
    double[] r = fitted.ratings();
    for (int i = 0; i < PLAYERS; i++) {
      maxTruthError = Math.max(maxTruthError, Math.abs(r[i] - truth[i]));
    }
    out.add(String.format(Locale.ROOT, "  largest |fitted - true rating| over %d players: %.1f points", PLAYERS,
        maxTruthError));

    BootstrapConfig bootConfig = BootstrapConfig.DEFAULT;
    Timing boot = measure(secondsPerCase, () -> bt.bootstrap(counts, bootConfig));
    Timing bootParallel = measure(secondsPerCase, () -> bt.bootstrap(counts, bootConfig.withParallel(true)));
    BootstrapRatings intervals = bt.bootstrap(counts, bootConfig);
    int covered = 0;
    double width = 0;
    for (int i = 0; i < PLAYERS; i++) {
      covered += truth[i] >= intervals.lower(i) && truth[i] <= intervals.upper(i) ? 1 : 0;
      width += (intervals.upper(i) - intervals.lower(i)) / PLAYERS;
    }
    out.add(String.format(Locale.ROOT, "bootstrap, %d rounds (multinomial resampling of %,d battles each), one thread:"
        + " %s; target <= %.1f s: %s", bootConfig.rounds(), counts.battles(), boot, BOOTSTRAP_TARGET_S,
        verdict(boot.mean <= BOOTSTRAP_TARGET_S)));
    out.add(String.format(Locale.ROOT, "bootstrap, %d rounds, parallel rounds on %d cores (same result): %s;"
        + " target <= %.1f s: %s", bootConfig.rounds(), Runtime.getRuntime().availableProcessors(), bootParallel,
        BOOTSTRAP_TARGET_S, verdict(bootParallel.mean <= BOOTSTRAP_TARGET_S)));
    out.add(String.format(Locale.ROOT, "  95%% intervals cover %d of %d true ratings; mean width %.1f points", covered,
        PLAYERS, width));

    int rows = battles.rows();
    int[] a = new int[rows];
    int[] b = new int[rows];
    double[] score = new double[rows];
    for (int k = 0; k < rows; k++) {
      a[k] = battles.first(k);
      b[k] = battles.second(k);
      score[k] = battles.score(k);
    }
    double tolerance = BradleyTerryConfig.CHATBOT_ARENA.tolerance();
    Timing baseline = measure(secondsPerCase, () -> gradientDescentRaw(a, b, score, PLAYERS, tolerance));
    RawFit base = gradientDescentRaw(a, b, score, PLAYERS, tolerance);
    Timing newtonRaw = measure(secondsPerCase, () -> newtonRaw(a, b, score, PLAYERS, tolerance));
    RawFit newton = newtonRaw(a, b, score, PLAYERS, tolerance);
    double agreeGd = maxDifference(base.ratings, r);
    double agreeNewton = maxDifference(newton.ratings, r);
    out.add(String.format(Locale.ROOT, "baseline: gradient descent over %,d raw rows to the same tolerance (%d steps,"
        + " converged %s): %s per fit; agrees with the aggregated fit within %.1e points", rows, base.iterations,
        base.converged, baseline, agreeGd));
    out.add(String.format(Locale.ROOT, "  aggregated fit vs baseline: %.0fx faster (aggregation + fit: %.0fx);"
        + " target: faster than the baseline: %s", baseline.mean / fit.mean,
        baseline.mean / (aggregate.mean + fit.mean), verdict(aggregate.mean + fit.mean < baseline.mean)));
    out.add(String.format(Locale.ROOT, "  for reference, Newton over the raw rows (%d steps): %s per fit, agrees within"
        + " %.1e points; aggregation alone gives %.0fx", newton.iterations, newtonRaw, agreeNewton,
        newtonRaw.mean / fit.mean));

    Elo elo = new Elo(EloConfig.CHATBOT_ARENA);
    Timing eloPass = measure(secondsPerCase, () -> elo.rate(battles));
    Ratings eloRatings = elo.rate(battles);
    out.add(String.format(Locale.ROOT, "online elo (K = 4) over %,d battles: %s per pass (%.1f ns per battle);"
        + " target <= %.1f s: %s", battles.size(), eloPass, eloPass.mean / battles.size() * 1e9, ELO_TARGET_S,
        verdict(eloPass.mean <= ELO_TARGET_S)));
    sink = eloRatings;
    return List.copyOf(out);
  }

  /** Battles between uniformly random pairs whose expected score is the Bradley–Terry probability. */
  static Battles synthetic(double[] truth) {
    SplittableRandom rng = new SplittableRandom(SEED);
    double mean = 0;
    for (int i = 0; i < PLAYERS; i++) {
      truth[i] = 1000 + 200 * rng.nextGaussian();
      mean += truth[i] / PLAYERS;
    }
    for (int i = 0; i < PLAYERS; i++) {
      truth[i] += 1000 - mean;
    }
    int[] a = new int[BATTLES];
    int[] b = new int[BATTLES];
    double[] s = new double[BATTLES];
    SplittableRandom draw = new SplittableRandom(Seeds.derive(SEED, 1));
    for (int k = 0; k < BATTLES; k++) {
      int x = draw.nextInt(PLAYERS);
      int y = draw.nextInt(PLAYERS - 1);
      y += y >= x ? 1 : 0;
      a[k] = x;
      b[k] = y;
      // expected score = the Bradley–Terry probability p, with ties (counted as half a win) at rate
      // t = 0.2·min(p, 1 − p), so 10% between equals and rarer in lopsided pairs
      double p = 1 / (1 + Math.pow(10, (truth[y] - truth[x]) / 400));
      double tie = 0.2 * Math.min(p, 1 - p);
      double u = draw.nextDouble();
      s[k] = u < tie ? 0.5 : u < tie + (p - tie / 2) ? 1 : 0;
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < PLAYERS; i++) {
      names.add(String.format(Locale.ROOT, "model-%03d", i));
    }
    return Battles.of(names, a, b, s);
  }

  /** Ratings of a fit over raw rows, with its step count. */
  record RawFit(double[] ratings, int iterations, boolean converged) {}

  /**
   * The baseline: gradient descent on the summed negative log-likelihood, one term per battle,
   * step 1/L with L = ln(10)²/4 · 2·max games (a bound on the Hessian), stopped when every player's
   * gradient over its battles is at most {@code tolerance}.
   */
  static RawFit gradientDescentRaw(int[] a, int[] b, double[] y, int n, double tolerance) {
    double alpha = Math.log(10);
    double[] games = new double[n];
    for (int k = 0; k < a.length; k++) {
      games[a[k]]++;
      games[b[k]]++;
    }
    double maxGames = Arrays.stream(games).max().orElse(1);
    double step = 1 / (alpha * alpha / 4 * 2 * maxGames);
    double[] theta = new double[n];
    double[] grad = new double[n];
    int maxIterations = 100_000;
    for (int it = 0; it < maxIterations; it++) {
      Arrays.fill(grad, 0);
      for (int k = 0; k < a.length; k++) {
        double p = 1 / (1 + Math.exp(-alpha * (theta[a[k]] - theta[b[k]])));
        double g = alpha * (p - y[k]);
        grad[a[k]] += g;
        grad[b[k]] -= g;
      }
      double worst = 0;
      for (int i = 0; i < n; i++) {
        worst = Math.max(worst, Math.abs(grad[i]) / Math.max(games[i], 1));
      }
      if (worst <= tolerance) {
        return new RawFit(display(theta), it, true);
      }
      for (int i = 0; i < n; i++) {
        theta[i] -= step * grad[i];
      }
    }
    return new RawFit(display(theta), maxIterations, false);
  }

  /** Newton's method over the raw rows (gradient and Hessian summed battle by battle), same test. */
  static RawFit newtonRaw(int[] a, int[] b, double[] y, int n, double tolerance) {
    double alpha = Math.log(10);
    double[] games = new double[n];
    for (int k = 0; k < a.length; k++) {
      games[a[k]]++;
      games[b[k]]++;
    }
    double[] theta = new double[n];
    double[] grad = new double[n];
    double[] hess = new double[n * n];
    for (int it = 0; it < 100; it++) {
      Arrays.fill(grad, 0);
      Arrays.fill(hess, 0);
      for (int k = 0; k < a.length; k++) {
        int i = a[k];
        int j = b[k];
        double p = 1 / (1 + Math.exp(-alpha * (theta[i] - theta[j])));
        double g = alpha * (p - y[k]);
        grad[i] += g;
        grad[j] -= g;
        double h = alpha * alpha * p * (1 - p);
        hess[i * n + i] += h;
        hess[j * n + j] += h;
        hess[i * n + j] -= h;
        hess[j * n + i] -= h;
      }
      double worst = 0;
      double diag = 0;
      for (int i = 0; i < n; i++) {
        worst = Math.max(worst, Math.abs(grad[i]) / Math.max(games[i], 1));
        diag += hess[i * n + i] / n;
      }
      if (worst <= tolerance) {
        return new RawFit(display(theta), it, true);
      }
      for (int i = 0; i < n * n; i++) {
        hess[i] += diag;
      }
      double[] delta = grad.clone();
      solve(hess, delta, n);
      double mean = Arrays.stream(delta).sum() / n;
      for (int i = 0; i < n; i++) {
        theta[i] -= delta[i] - mean;
      }
    }
    return new RawFit(display(theta), 100, false);
  }

  /** Gaussian elimination with partial pivoting, in place: {@code b ← A⁻¹ b}. */
  private static void solve(double[] m, double[] rhs, int n) {
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int row = col + 1; row < n; row++) {
        if (Math.abs(m[row * n + col]) > Math.abs(m[pivot * n + col])) {
          pivot = row;
        }
      }
      if (pivot != col) {
        for (int k = 0; k < n; k++) {
          double tmp = m[col * n + k];
          m[col * n + k] = m[pivot * n + k];
          m[pivot * n + k] = tmp;
        }
        double tmp = rhs[col];
        rhs[col] = rhs[pivot];
        rhs[pivot] = tmp;
      }
      double d = m[col * n + col];
      for (int row = col + 1; row < n; row++) {
        double f = m[row * n + col] / d;
        if (f != 0) {
          for (int k = col; k < n; k++) {
            m[row * n + k] -= f * m[col * n + k];
          }
          rhs[row] -= f * rhs[col];
        }
      }
    }
    for (int row = n - 1; row >= 0; row--) {
      double s = rhs[row];
      for (int k = row + 1; k < n; k++) {
        s -= m[row * n + k] * rhs[k];
      }
      rhs[row] = s / m[row * n + row];
    }
  }

  private static double[] display(double[] theta) {
    double mean = Arrays.stream(theta).sum() / theta.length;
    double[] r = new double[theta.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = 400 * (theta[i] - mean) + 1000;
    }
    return r;
  }

  private static double maxDifference(double[] x, double[] y) {
    double worst = 0;
    for (int i = 0; i < x.length; i++) {
      worst = Math.max(worst, Math.abs(x[i] - y[i]));
    }
    return worst;
  }

  private static String verdict(boolean met) {
    return met ? "met" : "NOT met";
  }

  /** Mean and best seconds per run over {@code runs} measured runs. */
  record Timing(double mean, double best, int runs) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s (best %s, %d runs)", seconds(mean), seconds(best), runs);
    }

    private static String seconds(double s) {
      return s >= 1 ? String.format(Locale.ROOT, "%.2f s", s) : String.format(Locale.ROOT, "%.1f ms", s * 1e3);
    }
  }

  /** Runs {@code work} about {@code seconds} as warm-up, then about {@code seconds} measured (each at least once). */
  private static Timing measure(double seconds, Supplier<?> work) {
    long budget = (long) (seconds * 1e9);
    long start = System.nanoTime();
    do {
      sink = work.get();
    } while (System.nanoTime() - start < budget);
    int runs = 0;
    double total = 0;
    double best = Double.POSITIVE_INFINITY;
    start = System.nanoTime();
    do {
      long t0 = System.nanoTime();
      sink = work.get();
      double s = (System.nanoTime() - t0) / 1e9;
      total += s;
      best = Math.min(best, s);
      runs++;
    } while (System.nanoTime() - start < budget);
    return new Timing(total / runs, best, runs);
  }
}
