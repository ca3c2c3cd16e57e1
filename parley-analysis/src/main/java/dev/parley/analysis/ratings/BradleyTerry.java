package dev.parley.analysis.ratings;

import dev.parley.core.engine.Seeds;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Bradley–Terry ratings on the Chatbot Arena scale (REFERENCE §4.2, after FastChat's
 * {@code rating_systems.py}): minimise the weighted negative log-likelihood
 * {@code −Σ_pairs [w_ab·log σ(α(θ_a − θ_b)) + w_ba·log σ(α(θ_b − θ_a))]}, α = ln(base), where a tie
 * counts as half a win for each side, over the aggregated pair counts (one term per pair that met,
 * however many battles it played), then report {@code scale·θ + initialRating}.
 *
 * <p>Solved by Newton's method with a backtracking line search from θ = 0, not L-BFGS: with n players
 * the Hessian is an n×n weighted graph Laplacian, so each step costs O(pairs + n³) and a fit takes a
 * handful of steps. The likelihood fixes θ only up to a constant per connected group of players;
 * each group keeps mean θ = 0 (as FastChat's gradient-based fit from 0 does), so with one group the
 * mean rating is {@code initialRating}. The maximum-likelihood estimate exists only when no group of
 * players beat all others without losses (Zermelo 1929; Ford 1957): within each group, the directed
 * graph "i beat j" (a tie is an edge both ways) must be strongly connected. Otherwise the likelihood
 * has no maximum, θ of the unbeaten players runs off until the gradient test stops it, and the fit
 * reports {@code bounded = false}; {@code l2 > 0} restores a unique finite estimate.
 *
 * <p>FastChat stops L-BFGS-B at {@code gtol = 1e-6}, short of the optimum; this solver goes to the
 * optimum, so its ratings can differ from FastChat's in the third or fourth decimal.
 */
public final class BradleyTerry implements PairwiseRating {
  private final BradleyTerryConfig config;
  private final double alpha;

  public BradleyTerry(BradleyTerryConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.alpha = Math.log(config.base());
  }

  public BradleyTerryConfig config() {
    return config;
  }

  /** Model probability that a player rated {@code ra} beats one rated {@code rb} (display scale). */
  public double winProbability(double ra, double rb) {
    return 1 / (1 + Math.exp(-alpha * (ra - rb) / config.scale()));
  }

  @Override
  public Ratings rate(Battles battles) {
    return fit(battles.aggregate()).asRatings();
  }

  /** The maximum-likelihood fit of the aggregated counts. */
  public BradleyTerryFit fit(PairCounts counts) {
    int pairs = counts.pairs();
    double[] wLow = new double[pairs];
    double[] wHigh = new double[pairs];
    for (int r = 0; r < pairs; r++) {
      double halfTies = 0.5 * counts.ties[r];
      wLow[r] = counts.wins[r] + halfTies;
      wHigh[r] = counts.losses[r] + halfTies;
    }
    Solution s = solve(counts.playerCount(), counts.low, counts.high, wLow, wHigh);
    return new BradleyTerryFit(counts.players(), display(counts.players(), s.theta), s.iterations, s.converged,
        s.bounded, s.maxResidual, s.negLogLikelihood, config);
  }

  /**
   * Bootstrap: {@code boot.rounds()} multinomial resamples of the unique (pair, outcome) counts with
   * as many battles as observed, each fitted like {@link #fit}; median and percentile interval per
   * player.
   */
  public BootstrapRatings bootstrap(PairCounts counts, BootstrapConfig boot) {
    Objects.requireNonNull(boot, "boot");
    int n = counts.playerCount();
    int pairs = counts.pairs();
    // categories: (row, outcome) with a positive count; outcome 0 low wins, 1 tie, 2 low loses
    int[] catRow = new int[3 * pairs];
    byte[] catOutcome = new byte[3 * pairs];
    double[] catWeight = new double[3 * pairs];
    int categories = 0;
    for (int r = 0; r < pairs; r++) {
      long[] byOutcome = {counts.wins[r], counts.ties[r], counts.losses[r]};
      for (int o = 0; o < 3; o++) {
        if (byOutcome[o] > 0) {
          catRow[categories] = r;
          catOutcome[categories] = (byte) o;
          catWeight[categories] = byOutcome[o];
          categories++;
        }
      }
    }
    if (categories == 0) {
      throw new IllegalArgumentException("counts: no battles to resample");
    }
    AliasTable alias = new AliasTable(Arrays.copyOf(catWeight, categories));
    long draws = counts.battles();
    int cats = categories;
    double[][] samples = new double[boot.rounds()][];
    boolean[] degenerate = new boolean[boot.rounds()];
    IntStream rounds = IntStream.range(0, boot.rounds());
    (boot.parallel() ? rounds.parallel() : rounds).forEach(round -> {
      SplittableRandom rng = new SplittableRandom(Seeds.derive(boot.seed(), round));
      long[] hits = new long[cats];
      for (long d = 0; d < draws; d++) {
        hits[alias.sample(rng)]++;
      }
      double[] wLow = new double[pairs];
      double[] wHigh = new double[pairs];
      for (int c = 0; c < cats; c++) {
        double h = hits[c];
        int r = catRow[c];
        switch (catOutcome[c]) {
          case 0 -> wLow[r] += h;
          case 1 -> {
            wLow[r] += 0.5 * h;
            wHigh[r] += 0.5 * h;
          }
          default -> wHigh[r] += h;
        }
      }
      Solution s = solve(n, counts.low, counts.high, wLow, wHigh);
      samples[round] = display(counts.players(), s.theta);
      degenerate[round] = !s.converged || !s.bounded;
    });
    int degenerateRounds = 0;
    for (boolean d : degenerate) {
      degenerateRounds += d ? 1 : 0;
    }
    return BootstrapRatings.of(counts.players(), samples, degenerateRounds, boot, "bradley-terry " + config);
  }

  private double[] display(List<String> players, double[] theta) {
    double[] r = new double[theta.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = config.scale() * theta[i] + config.initialRating();
    }
    if (config.anchorPlayer() != null) {
      int a = players.indexOf(config.anchorPlayer());
      if (a >= 0) {
        double shift = config.anchorRating() - r[a];
        for (int i = 0; i < r.length; i++) {
          r[i] += shift;
        }
      }
    }
    return r;
  }

  /** Result of one Newton solve, in θ units. */
  private record Solution(double[] theta, int iterations, boolean converged, boolean bounded,
      double maxResidual, double negLogLikelihood) {}

  /**
   * Newton's method on the pair terms: {@code wLow[r]} wins of {@code low[r]} over {@code high[r]},
   * {@code wHigh[r]} the other way (ties already split).
   */
  private Solution solve(int n, int[] low, int[] high, double[] wLow, double[] wHigh) {
    int pairs = low.length;
    double l2 = config.l2();
    double[] games = new double[n];
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int r = 0; r < pairs; r++) {
      double battlesR = wLow[r] + wHigh[r];
      if (battlesR > 0) {
        games[low[r]] += battlesR;
        games[high[r]] += battlesR;
        union(parent, low[r], high[r]);
      }
    }
    int[] group = new int[n];
    int[] groupSize = new int[n];
    int groups = 0;
    for (int i = 0; i < n; i++) {
      group[i] = find(parent, i);
      groups += groupSize[group[i]]++ == 0 ? 1 : 0;
    }
    boolean bounded = l2 > 0 || strongComponents(n, low, high, wLow, wHigh) == groups;
    double[] groupDiag = new double[n];
    double[] theta = new double[n];
    double[] grad = new double[n];
    double[] hess = new double[n * n];
    double[] step = new double[n];
    double[] trial = new double[n];
    double f = objective(theta, low, high, wLow, wHigh, l2);
    int iteration = 0;
    boolean converged = false;
    double maxResidual = Double.NaN;
    while (true) {
      Arrays.fill(grad, 0);
      Arrays.fill(hess, 0);
      for (int r = 0; r < pairs; r++) {
        double battlesR = wLow[r] + wHigh[r];
        if (battlesR == 0) {
          continue;
        }
        int a = low[r];
        int b = high[r];
        double p = 1 / (1 + Math.exp(-alpha * (theta[a] - theta[b])));
        double g = alpha * (battlesR * p - wLow[r]);
        grad[a] += g;
        grad[b] -= g;
        double h = alpha * alpha * battlesR * p * (1 - p);
        hess[a * n + a] += h;
        hess[b * n + b] += h;
        hess[a * n + b] -= h;
        hess[b * n + a] -= h;
      }
      maxResidual = 0;
      for (int i = 0; i < n; i++) {
        grad[i] += l2 * theta[i];
        hess[i * n + i] += l2;
        maxResidual = Math.max(maxResidual, Math.abs(grad[i]) / Math.max(games[i], 1));
      }
      if (maxResidual <= config.tolerance()) {
        converged = true;
        break;
      }
      if (iteration == config.maxIterations()) {
        break;
      }
      iteration++;
      // fix the free constant of each group: add s·1·1ᵀ on the group's block, s = its mean diagonal
      Arrays.fill(groupDiag, 0);
      for (int i = 0; i < n; i++) {
        groupDiag[group[i]] += hess[i * n + i];
      }
      for (int i = 0; i < n; i++) {
        int gi = group[i];
        double s = groupDiag[gi] > 0 ? groupDiag[gi] / groupSize[gi] : 1;
        for (int j = 0; j < n; j++) {
          if (group[j] == gi) {
            hess[i * n + j] += s;
          }
        }
        step[i] = -grad[i];
      }
      if (!Dense.choleskySolve(hess, step, n)) {
        break;
      }
      centre(step, group, groupSize);
      double slope = 0;
      for (int i = 0; i < n; i++) {
        slope += grad[i] * step[i];
      }
      double t = 1;
      double fTrial;
      while (true) {
        for (int i = 0; i < n; i++) {
          trial[i] = theta[i] + t * step[i];
        }
        fTrial = objective(trial, low, high, wLow, wHigh, l2);
        if (fTrial <= f + 1e-4 * t * slope + 1e-13 * Math.abs(f) || t < 1e-12) {
          break;
        }
        t *= 0.5;
      }
      System.arraycopy(trial, 0, theta, 0, n);
      f = fTrial;
    }
    centre(theta, group, groupSize);
    return new Solution(theta, iteration, converged, bounded, maxResidual,
        objective(theta, low, high, wLow, wHigh, 0));
  }

  /** Negative log-likelihood plus {@code (l2/2)·Σθ²}. */
  private double objective(double[] theta, int[] low, int[] high, double[] wLow, double[] wHigh, double l2) {
    double f = 0;
    for (int r = 0; r < low.length; r++) {
      double d = alpha * (theta[low[r]] - theta[high[r]]);
      if (wLow[r] > 0) {
        f += wLow[r] * softplus(-d);
      }
      if (wHigh[r] > 0) {
        f += wHigh[r] * softplus(d);
      }
    }
    if (l2 > 0) {
      double sq = 0;
      for (double v : theta) {
        sq += v * v;
      }
      f += 0.5 * l2 * sq;
    }
    return f;
  }

  /** {@code log(1 + e^x)} without overflow. */
  static double softplus(double x) {
    return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  }

  /** Subtracts each group's mean. */
  private static void centre(double[] v, int[] group, int[] groupSize) {
    int n = v.length;
    double[] sum = new double[n];
    for (int i = 0; i < n; i++) {
      sum[group[i]] += v[i];
    }
    for (int i = 0; i < n; i++) {
      v[i] -= sum[group[i]] / groupSize[group[i]];
    }
  }

  /**
   * Number of strongly connected components of the graph with an edge i → j when i beat j (ties
   * both ways), by Kosaraju's two depth-first passes over arrays.
   */
  static int strongComponents(int n, int[] low, int[] high, double[] wLow, double[] wHigh) {
    int pairs = low.length;
    int[] outDegree = new int[n + 1];
    int[] inDegree = new int[n + 1];
    for (int r = 0; r < pairs; r++) {
      if (wLow[r] > 0) {
        outDegree[low[r] + 1]++;
        inDegree[high[r] + 1]++;
      }
      if (wHigh[r] > 0) {
        outDegree[high[r] + 1]++;
        inDegree[low[r] + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      outDegree[i + 1] += outDegree[i];
      inDegree[i + 1] += inDegree[i];
    }
    int[] out = new int[outDegree[n]];
    int[] in = new int[inDegree[n]];
    int[] outFill = Arrays.copyOf(outDegree, n);
    int[] inFill = Arrays.copyOf(inDegree, n);
    for (int r = 0; r < pairs; r++) {
      if (wLow[r] > 0) {
        out[outFill[low[r]]++] = high[r];
        in[inFill[high[r]]++] = low[r];
      }
      if (wHigh[r] > 0) {
        out[outFill[high[r]]++] = low[r];
        in[inFill[low[r]]++] = high[r];
      }
    }
    // pass 1: finishing order on the forward graph
    int[] order = new int[n];
    int finished = 0;
    boolean[] seen = new boolean[n];
    int[] stack = new int[n];
    int[] next = new int[n];
    for (int root = 0; root < n; root++) {
      if (seen[root]) {
        continue;
      }
      int top = 0;
      stack[top++] = root;
      seen[root] = true;
      next[root] = outDegree[root];
      while (top > 0) {
        int v = stack[top - 1];
        if (next[v] < outDegree[v + 1]) {
          int w = out[next[v]++];
          if (!seen[w]) {
            seen[w] = true;
            next[w] = outDegree[w];
            stack[top++] = w;
          }
        } else {
          order[finished++] = v;
          top--;
        }
      }
    }
    // pass 2: reverse graph in decreasing finishing time
    Arrays.fill(seen, false);
    int components = 0;
    for (int k = n - 1; k >= 0; k--) {
      int root = order[k];
      if (seen[root]) {
        continue;
      }
      components++;
      int top = 0;
      stack[top++] = root;
      seen[root] = true;
      while (top > 0) {
        int v = stack[--top];
        for (int e = inDegree[v]; e < inDegree[v + 1]; e++) {
          int w = in[e];
          if (!seen[w]) {
            seen[w] = true;
            stack[top++] = w;
          }
        }
      }
    }
    return components;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** Walker's alias method (Vose's construction): O(1) draws from a fixed discrete distribution. */
  private static final class AliasTable {
    private final double[] probability;
    private final int[] alias;

    AliasTable(double[] weights) {
      int k = weights.length;
      double total = 0;
      for (double w : weights) {
        total += w;
      }
      probability = new double[k];
      alias = new int[k];
      double[] scaled = new double[k];
      int[] small = new int[k];
      int[] large = new int[k];
      int ns = 0;
      int nl = 0;
      for (int i = 0; i < k; i++) {
        scaled[i] = weights[i] * k / total;
        if (scaled[i] < 1) {
          small[ns++] = i;
        } else {
          large[nl++] = i;
        }
      }
      while (ns > 0 && nl > 0) {
        int s = small[--ns];
        int l = large[--nl];
        probability[s] = scaled[s];
        alias[s] = l;
        scaled[l] = scaled[l] + scaled[s] - 1;
        if (scaled[l] < 1) {
          small[ns++] = l;
        } else {
          large[nl++] = l;
        }
      }
      while (nl > 0) {
        int l = large[--nl];
        probability[l] = 1;
        alias[l] = l;
      }
      while (ns > 0) {
        int s = small[--ns];
        probability[s] = 1;
        alias[s] = s;
      }
    }

    int sample(SplittableRandom rng) {
      int i = rng.nextInt(probability.length);
      return rng.nextDouble() < probability[i] ? i : alias[i];
    }
  }
}
