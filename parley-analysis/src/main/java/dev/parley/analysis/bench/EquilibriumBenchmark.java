package dev.parley.analysis.bench;

import dev.parley.analysis.equilibria.Bimatrix;
import dev.parley.analysis.equilibria.DynamicsResult;
import dev.parley.analysis.equilibria.EquilibriumSet;
import dev.parley.analysis.equilibria.RegretMatching;
import dev.parley.analysis.equilibria.SupportEnumeration;
import dev.parley.analysis.equilibria.ZeroSumLp;
import dev.parley.analysis.equilibria.ZeroSumSolution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Speed of the equilibrium solvers against a baseline measured in the same run (DESIGN habit 8),
 * on seeded random games with payoffs uniform in [−1, 1]:
 *
 * <ul>
 *   <li><b>Zero-sum LP, 200×200.</b> Median time of one exact solve with {@link ZeroSumLp} (value and
 *       both strategies). Baseline: RM+ with linear averaging, the fastest first-order method in this
 *       package, run on the same game until its duality gap is 1e-4. The LP's gap is about 1e-13;
 *       RM+ cannot reach that in any useful time (its gap falls roughly as 1/T), so the baseline is
 *       given the much easier target, which favours the baseline.</li>
 *   <li><b>All equilibria, 8×8.</b> Mean time to enumerate every equilibrium of a random 8×8 game by
 *       {@link SupportEnumeration} (dominance pruning on). Baseline: the same enumeration with pruning
 *       off, which solves both indifference systems of all 12,869 support pairs, on the same games;
 *       both must list the same equilibria.</li>
 * </ul>
 *
 * Each line gives the figure, the baseline, their ratio, the target and whether it is met.
 */
public final class EquilibriumBenchmark {
  /** Seconds per exact 200×200 zero-sum solve we aim for. */
  public static final double LP_TARGET_SECONDS = 0.14;
  /** Seconds per complete 8×8 support enumeration we aim for. */
  public static final double ENUMERATION_TARGET_SECONDS = 0.085;

  private static final long SEED = 20_240_601L;
  private static final double BASELINE_GAP = 1e-4;
  private static final int BASELINE_MAX_ITERATIONS = 2_000_000;
  private static final int ENUMERATION_GAMES = 8;

  private EquilibriumBenchmark() {}

  /**
   * Runs both cases, spending about {@code secondsPerCase} on each measured loop (the RM+ baseline
   * runs once, as long as it needs), and returns one line per case.
   */
  public static List<String> run(double secondsPerCase) {
    if (!(secondsPerCase > 0) || !Double.isFinite(secondsPerCase)) {
      throw new IllegalArgumentException("secondsPerCase must be a finite number > 0, was " + secondsPerCase);
    }
    List<String> lines = new ArrayList<>();
    lines.add(zeroSumLp(secondsPerCase));
    lines.add(supportEnumeration(secondsPerCase));
    return List.copyOf(lines);
  }

  /** Prints the lines of {@link #run(double)}; the optional argument is seconds per case (default 2). */
  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
    run(seconds).forEach(System.out::println);
  }

  private static String zeroSumLp(double seconds) {
    int n = 200;
    Bimatrix game = Bimatrix.zeroSum(matrix(new SplittableRandom(SEED), n, n));
    ZeroSumLp lp = new ZeroSumLp();
    ZeroSumSolution solution = null;
    for (int warm = 0; warm < 3; warm++) {
      solution = lp.solve(game);
    }
    List<Double> times = new ArrayList<>();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    while (times.size() < 5 || System.nanoTime() < end) {
      long t0 = System.nanoTime();
      solution = lp.solve(game);
      times.add((System.nanoTime() - t0) / 1e9);
    }
    double median = median(times);

    List<Integer> every100 = IntStream.rangeClosed(1, BASELINE_MAX_ITERATIONS / 100).map(k -> 100 * k).boxed()
        .toList();
    RegretMatching rmPlus = new RegretMatching(
        RegretMatching.Config.regretMatchingPlus(BASELINE_MAX_ITERATIONS).withCheckpoints(every100));
    rmPlus.runUntil(Bimatrix.zeroSum(matrix(new SplittableRandom(SEED + 1), 20, 20)), 1e-2); // JIT warm-up
    long t0 = System.nanoTime();
    DynamicsResult baseline = rmPlus.runUntil(game, BASELINE_GAP);
    double baselineSeconds = (System.nanoTime() - t0) / 1e9;
    boolean reached = baseline.averageNashConv() <= BASELINE_GAP;

    return String.format(Locale.ROOT,
        "zero-sum LP %d×%d (ojalgo, seed %d): %.4f s/solve (median of %d; value %.6f, duality gap %.1e)"
            + " | baseline RM+ to duality gap %.0e: %s%.3f s (%d iterations, gap %.2e)"
            + " | ratio %s%.4f | target ≤ %.2f s: %s",
        n, n, SEED, median, times.size(), solution.value(), solution.dualityGap(), BASELINE_GAP,
        reached ? "" : "> ", baselineSeconds, baseline.iterations(), baseline.averageNashConv(),
        reached ? "" : "< ", median / baselineSeconds, LP_TARGET_SECONDS, verdict(median, LP_TARGET_SECONDS));
  }

  private static String supportEnumeration(double seconds) {
    int n = 8;
    Bimatrix[] games = new Bimatrix[ENUMERATION_GAMES];
    SplittableRandom random = new SplittableRandom(SEED);
    for (int g = 0; g < games.length; g++) {
      games[g] = Bimatrix.of(matrix(random, n, n), matrix(random, n, n));
    }
    SupportEnumeration pruned = new SupportEnumeration();
    SupportEnumeration naive = new SupportEnumeration(SupportEnumeration.Config.defaults().withoutPruning());
    int[] counts = new int[games.length];
    long prunedPairs = 0;
    for (int g = 0; g < games.length; g++) {
      EquilibriumSet a = pruned.enumerate(games[g]);
      EquilibriumSet b = naive.enumerate(games[g]);
      if (a.size() != b.size()) {
        throw new IllegalStateException("pruned and naive support enumeration disagree on game " + g + ": "
            + a.size() + " vs " + b.size() + " equilibria");
      }
      counts[g] = a.size();
      prunedPairs += a.prunedPairs() + (b.supportPairs() - a.supportPairs());
    }
    double fast = perGame(pruned, games, seconds);
    double slow = perGame(naive, games, seconds);
    long pairs = (long) (games.length * (double) 12_869);
    return String.format(Locale.ROOT,
        "all equilibria %d×%d, support enumeration (%d seeded games, equilibria per game %s): %.2f ms/game"
            + " (%.0f%% of support pairs pruned) | baseline without pruning: %.2f ms/game | ratio %.3f"
            + " | target ≤ %.0f ms: %s",
        n, n, games.length, Arrays.toString(counts), fast * 1e3, 100.0 * prunedPairs / pairs, slow * 1e3,
        fast / slow, ENUMERATION_TARGET_SECONDS * 1e3, verdict(fast, ENUMERATION_TARGET_SECONDS));
  }

  /** Mean seconds per game over repeated passes through {@code games} (after one warm-up pass). */
  private static double perGame(SupportEnumeration solver, Bimatrix[] games, double seconds) {
    long sink = 0;
    for (Bimatrix g : games) {
      sink += solver.enumerate(g).size();
    }
    long solved = 0;
    long t0 = System.nanoTime();
    long end = t0 + (long) (seconds * 1e9);
    while (solved < 2L * games.length || System.nanoTime() < end) {
      for (Bimatrix g : games) {
        sink += solver.enumerate(g).size();
        solved++;
      }
    }
    double elapsed = (System.nanoTime() - t0) / 1e9;
    if (sink < 0) {
      throw new AssertionError("unreachable");
    }
    return elapsed / solved;
  }

  private static String verdict(double figure, double target) {
    return figure <= target ? "met" : "not met";
  }

  private static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static double[][] matrix(SplittableRandom random, int m, int n) {
    double[][] p = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        p[i][j] = random.nextDouble(-1, 1);
      }
    }
    return p;
  }
}
