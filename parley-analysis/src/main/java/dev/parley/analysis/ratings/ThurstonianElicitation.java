package dev.parley.analysis.ratings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Utilities elicited from pairwise choices with active sampling, as in Utility Engineering
 * (Mazeika et al. 2025; REFERENCE §4 "Thurstonian utilities"): start from a random 2-regular graph
 * over the options, ask the chooser about each edge {@code asks} times, fit the Thurstonian model,
 * then add edges round by round until {@code 2·N·log2 N} pairs are known, each round preferring
 * pairs whose fitted utilities are close (the bottom share of |Δμ|) and that touch an option with
 * few comparisons (the bottom share of degrees). Only the chosen pairs are ever asked, so the
 * number of questions grows as N log N, not N². Seeded.
 */
public final class ThurstonianElicitation {

  /**
   * Asks which of two options is preferred.
   */
  @FunctionalInterface
  public interface Chooser {
    /**
     * How many of {@code asks} questions about options {@code a} and {@code b} (indices into the
     * option list) preferred {@code a}, a tie counting ½ (so a multiple of ½ in {@code [0, asks]});
     * half of the questions should show {@code a} first, half {@code b}.
     */
    double timesFirstPreferred(int a, int b, int asks);
  }

  /**
   * Settings.
   *
   * @param asks questions per pair (the paper's K = 10), ≥ 1
   * @param edgesPerRound pairs added per round (the paper's 500), ≥ 1
   * @param closeShare the share of candidate pairs with the smallest |Δμ| that count as close (0.1)
   * @param lowDegreeShare the share of options with the fewest comparisons that count as low-degree (0.2)
   * @param targetEdges pairs to know in the end; 0 means {@code ceil(2·N·log2 N)}, capped at every pair
   * @param seed seed of the initial graph and of the choice among preferred pairs
   * @param fit the Thurstonian fit run after every round
   */
  public record Config(int asks, int edgesPerRound, double closeShare, double lowDegreeShare, int targetEdges, long seed,
      ThurstonianConfig fit) {
    /** The paper's settings with the default fit. */
    public static final Config DEFAULTS = new Config(10, 500, 0.1, 0.2, 0, 0, ThurstonianConfig.DEFAULTS);

    public Config {
      if (asks < 1 || edgesPerRound < 1 || targetEdges < 0) {
        throw new IllegalArgumentException("asks and edgesPerRound must be ≥ 1 and targetEdges ≥ 0, were " + asks
            + ", " + edgesPerRound + ", " + targetEdges);
      }
      if (!(closeShare > 0 && closeShare <= 1) || !(lowDegreeShare > 0 && lowDegreeShare <= 1)) {
        throw new IllegalArgumentException("closeShare and lowDegreeShare must be in (0, 1], were " + closeShare
            + " and " + lowDegreeShare);
      }
      Objects.requireNonNull(fit, "fit");
    }

    public Config withAsks(int k) {
      return new Config(k, edgesPerRound, closeShare, lowDegreeShare, targetEdges, seed, fit);
    }

    public Config withEdgesPerRound(int e) {
      return new Config(asks, e, closeShare, lowDegreeShare, targetEdges, seed, fit);
    }

    public Config withTargetEdges(int t) {
      return new Config(asks, edgesPerRound, closeShare, lowDegreeShare, t, seed, fit);
    }

    public Config withSeed(long s) {
      return new Config(asks, edgesPerRound, closeShare, lowDegreeShare, targetEdges, s, fit);
    }
  }

  /**
   * What was elicited: the final model, the pairs asked in the order they were added (each as
   * {@code {a, b}} with {@code a < b}), the rounds (the initial graph is round 1) and the questions.
   */
  public record Result(ThurstonianModel model, List<int[]> pairs, int rounds, long questions) {
    public Result {
      pairs = List.copyOf(pairs);
    }
  }

  /** How the next pairs are chosen: the paper's active rule, or uniformly at random (a baseline). */
  public enum Selection { ACTIVE, RANDOM }

  private final Config config;

  public ThurstonianElicitation(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public Config config() {
    return config;
  }

  /** The number of pairs the elicitation ends with for {@code n} options. */
  public int targetEdges(int n) {
    long all = (long) n * (n - 1) / 2;
    long target = config.targetEdges() > 0 ? config.targetEdges()
        : (long) Math.ceil(2.0 * n * Math.log(n) / Math.log(2));
    return (int) Math.min(all, Math.max(target, Math.min(all, n)));
  }

  /** Elicits utilities over {@code options} with the active rule. */
  public Result run(List<String> options, Chooser chooser) {
    return run(options, chooser, Selection.ACTIVE);
  }

  /** Elicits utilities over {@code options}, choosing later pairs by {@code selection}. */
  public Result run(List<String> options, Chooser chooser, Selection selection) {
    Objects.requireNonNull(chooser, "chooser");
    int n = options.size();
    if (n < 2 || new HashSet<>(options).size() != n) {
      throw new IllegalArgumentException("options must be at least two distinct names, got " + options);
    }
    SplittableRandom random = new SplittableRandom(config.seed());
    int target = targetEdges(n);
    Set<Long> known = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    int[] degree = new int[n];
    Battles.Builder battles = Battles.builder().players(options);
    long questions = 0;
    List<int[]> round = initialGraph(n, random);
    int rounds = 0;
    ThurstonianModel model = null;
    while (true) {
      for (int[] e : round) {
        if (pairs.size() == target || !known.add(key(e[0], e[1], n))) {
          continue;
        }
        pairs.add(e);
        degree[e[0]]++;
        degree[e[1]]++;
        double score = chooser.timesFirstPreferred(e[0], e[1], config.asks());
        if (!(score >= 0 && score <= config.asks()) || score * 2 != Math.rint(score * 2)) {
          throw new IllegalStateException("the chooser preferred the first option " + score + " times out of "
              + config.asks() + " questions about " + options.get(e[0]) + " and " + options.get(e[1])
              + "; expected a multiple of 0.5 from 0 to " + config.asks());
        }
        questions += config.asks();
        int halves = (int) Math.rint(score * 2);
        int wins = halves / 2;
        int ties = halves % 2;
        int losses = config.asks() - wins - ties;
        if (wins > 0) {
          battles.add(options.get(e[0]), options.get(e[1]), 1, wins);
        }
        if (ties > 0) {
          battles.add(options.get(e[0]), options.get(e[1]), 0.5, ties);
        }
        if (losses > 0) {
          battles.add(options.get(e[1]), options.get(e[0]), 1, losses);
        }
      }
      rounds++;
      model = new Thurstonian(config.fit()).fit(battles.build().aggregate());
      if (pairs.size() >= target) {
        return new Result(model, pairs, rounds, questions);
      }
      round = next(model.mu(), degree, known, Math.min(config.edgesPerRound(), target - pairs.size()), selection,
          random);
    }
  }

  /** A random 2-regular graph: the options in a random cycle (one edge for two options). */
  private static List<int[]> initialGraph(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    shuffle(order, random);
    List<int[]> edges = new ArrayList<>();
    for (int i = 0; i < (n == 2 ? 1 : n); i++) {
      edges.add(pair(order[i], order[(i + 1) % n]));
    }
    return edges;
  }

  /** The pairs of the next round: close and low-degree first, then close, then any unasked pair. */
  private List<int[]> next(double[] mu, int[] degree, Set<Long> known, int wanted, Selection selection,
      SplittableRandom random) {
    int n = mu.length;
    List<int[]> candidates = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (!known.contains(key(a, b, n))) {
          candidates.add(new int[] {a, b});
        }
      }
    }
    shuffleList(candidates, random);
    if (selection == Selection.RANDOM) {
      return candidates.subList(0, Math.min(wanted, candidates.size()));
    }
    double[] gaps = new double[candidates.size()];
    for (int i = 0; i < gaps.length; i++) {
      int[] c = candidates.get(i);
      gaps[i] = Math.abs(mu[c[0]] - mu[c[1]]);
    }
    double closeLimit = quantile(gaps, config.closeShare());
    double[] degrees = new double[n];
    for (int i = 0; i < n; i++) {
      degrees[i] = degree[i];
    }
    double lowLimit = quantile(degrees, config.lowDegreeShare());
    List<int[]> out = new ArrayList<>(wanted);
    Set<Long> taken = new HashSet<>();
    for (int tier = 0; tier < 3 && out.size() < wanted; tier++) {
      for (int i = 0; i < candidates.size() && out.size() < wanted; i++) {
        int[] c = candidates.get(i);
        boolean close = gaps[i] <= closeLimit;
        boolean low = degree[c[0]] <= lowLimit || degree[c[1]] <= lowLimit;
        boolean fits = tier == 0 ? close && low : tier == 1 ? close : true;
        if (fits && taken.add(key(c[0], c[1], n))) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** The value below which a share {@code q} of {@code xs} lies (the order statistic at ceil(q·n) − 1). */
  private static double quantile(double[] xs, double q) {
    if (xs.length == 0) {
      return 0;
    }
    double[] sorted = xs.clone();
    Arrays.sort(sorted);
    int at = Math.max(0, (int) Math.ceil(q * sorted.length) - 1);
    return sorted[at];
  }

  private static int[] pair(int a, int b) {
    return a < b ? new int[] {a, b} : new int[] {b, a};
  }

  private static long key(int a, int b, int n) {
    return a < b ? (long) a * n + b : (long) b * n + a;
  }

  private static void shuffle(int[] xs, SplittableRandom random) {
    for (int i = xs.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = xs[i];
      xs[i] = xs[j];
      xs[j] = t;
    }
  }

  private static <T> void shuffleList(List<T> xs, SplittableRandom random) {
    for (int i = xs.size() - 1; i > 0; i--) {
      java.util.Collections.swap(xs, i, random.nextInt(i + 1));
    }
  }
}
