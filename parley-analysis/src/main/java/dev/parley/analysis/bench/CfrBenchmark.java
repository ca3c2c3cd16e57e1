package dev.parley.analysis.bench;

import dev.parley.analysis.cfr.CfrSolver;
import dev.parley.analysis.cfr.Exploitability;
import dev.parley.analysis.cfr.ExternalSamplingMccfr;
import dev.parley.analysis.cfr.GameTree;
import dev.parley.analysis.cfr.TabularPolicy;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Iterations per second of CFR on one thread (REFERENCE §11: naive Python manages about 2,600 Kuhn
 * CFR and 14–20 Leduc CFR+ iterations/s; Java should be at least ten times faster): CFR+ on Leduc
 * poker with the exploitability reached in the measured time, and CFR on Kuhn poker. Each is
 * measured for the compiled-array solver ({@link CfrSolver} on a {@link GameTree}) and for a
 * baseline in the same run, {@link StateWalkingCfr}, which walks game states recursively with hash
 * maps; both are timed after an equal warm-up, from a fresh solver, on the thread's CPU time, and
 * the ratio is reported. The
 * games are loaded by name through {@link GameRegistry#discover()}, so they must be on the class
 * path. A check that both solvers reach the same policy after the same iterations comes first.
 *
 * <p>Run: {@code java -cp <core, games and analysis classes> dev.parley.analysis.bench.CfrBenchmark [seconds]}.
 */
public final class CfrBenchmark {
  /** Target rates from the project brief, iterations per second. */
  static final double LEDUC_CFR_PLUS_TARGET = 180;
  static final double KUHN_CFR_TARGET = 33_000;
  /** Keeps results alive so the JIT cannot drop the work. */
  static volatile double sink;

  private CfrBenchmark() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    for (String line : run(seconds)) {
      System.out.println(line);
    }
  }

  /**
   * Runs the benchmark, measuring each configuration for {@code seconds} after a warm-up of
   * {@code min(seconds, 2)} seconds, and returns the report lines.
   */
  public static List<String> run(double seconds) {
    if (!(seconds > 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("seconds must be > 0, was " + seconds);
    }
    GameRegistry registry = GameRegistry.discover();
    Game<?> leduc = registry.load("leduc-poker");
    Game<?> kuhn = registry.load("kuhn-poker");
    double warmUp = Math.min(seconds, 2);
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "CFR benchmark: one thread, %s s of its CPU time per measurement after %s s warm-up; "
        + "Java %s, %d cores",
        fmt(seconds), fmt(warmUp), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
    out.add(check(leduc, 20, true));
    out.add(check(kuhn, 20, false));
    compare(out, leduc, CfrSolver.Variant.CFR_PLUS, seconds, warmUp, LEDUC_CFR_PLUS_TARGET);
    compare(out, kuhn, CfrSolver.Variant.CFR, seconds, warmUp, KUHN_CFR_TARGET);
    sampling(out, leduc, seconds, warmUp);
    return out;
  }

  /**
   * External-sampling MCCFR on the same game for the same CPU time: its iteration rate and the
   * exploitability it reaches, to set beside CFR+'s line (sampling trades exact sweeps for many cheap
   * iterations).
   */
  private static void sampling(List<String> out, Game<?> game, double seconds, double warmUp) {
    GameTree tree = GameTree.compile(game);
    ExternalSamplingMccfr warm = ExternalSamplingMccfr.create(tree, 1);
    time(warm::iterate, warmUp);
    ExternalSamplingMccfr solver = ExternalSamplingMccfr.create(tree, 1);
    Rate rate = time(solver::iterate, seconds);
    out.add(String.format(Locale.ROOT, "%s external-sampling MCCFR: %,.0f iterations/s (%,d in %.2f s CPU), "
            + "exploitability %.3e in the same time", game, rate.perSecond(), rate.iterations(), rate.seconds(),
        Exploitability.exploitability(tree, solver.averagePolicy())));
  }

  /** Same iterations, same policy: the compiled solver and the baseline must agree exactly. */
  private static String check(Game<?> game, int iterations, boolean plus) {
    CfrSolver.Variant variant = plus ? CfrSolver.Variant.CFR_PLUS : CfrSolver.Variant.CFR;
    GameTree tree = GameTree.compile(game);
    CfrSolver compiled = CfrSolver.create(tree, variant);
    StateWalkingCfr<?> baseline = StateWalkingCfr.of(game, plus);
    for (int i = 0; i < iterations; i++) {
      compiled.iterate();
      baseline.iterate();
    }
    TabularPolicy a = compiled.averagePolicy();
    TabularPolicy b = baselinePolicy(tree, baseline);
    double diff = a.maxDifference(b);
    if (diff != 0) {
      throw new IllegalStateException(game + " " + variant + ": compiled and baseline policies differ by " + diff
          + " after " + iterations + " iterations");
    }
    return String.format(Locale.ROOT, "check %s %s: compiled and baseline average policies are identical after %d "
        + "iterations (exploitability %.10f)", game, label(variant), iterations, Exploitability.exploitability(tree, a));
  }

  private static void compare(List<String> out, Game<?> game, CfrSolver.Variant variant, double seconds, double warmUp,
      double target) {
    boolean plus = variant == CfrSolver.Variant.CFR_PLUS;
    long t0 = System.nanoTime();
    GameTree tree = GameTree.compile(game);
    double compileMs = (System.nanoTime() - t0) / 1e6;

    CfrSolver warm = CfrSolver.create(tree, variant);
    time(warm::iterate, warmUp);
    CfrSolver solver = CfrSolver.create(tree, variant);
    Rate fast = time(solver::iterate, seconds);
    double fastExpl = Exploitability.exploitability(tree, solver.averagePolicy());

    StateWalkingCfr<?> warmBase = StateWalkingCfr.of(game, plus);
    time(warmBase::iterate, warmUp);
    t0 = System.nanoTime();
    StateWalkingCfr<?> base = StateWalkingCfr.of(game, plus);
    double initMs = (System.nanoTime() - t0) / 1e6;
    Rate slow = time(base::iterate, seconds);
    double slowExpl = Exploitability.exploitability(tree, baselinePolicy(tree, base));

    String name = game + " " + label(variant);
    out.add(String.format(Locale.ROOT, "%s compiled arrays: %,.0f iterations/s (%,d in %.2f s CPU, %.2f s wall; tree of "
            + "%,d nodes and %d information sets compiled in %.0f ms), exploitability %.3e; target >= %,.0f/s %s",
        name, fast.perSecond(), fast.iterations(), fast.seconds(), fast.wallSeconds(), tree.numNodes(),
        tree.numInfosets(), compileMs, fastExpl, target, fast.perSecond() >= target ? "met" : "NOT met"));
    out.add(String.format(Locale.ROOT, "%s baseline (GameState walk, hash maps): %,.1f iterations/s (%,d in %.2f s CPU, "
            + "%.2f s wall; set-up walk %.0f ms), exploitability %.3e",
        name, slow.perSecond(), slow.iterations(), slow.seconds(), slow.wallSeconds(), initMs, slowExpl));
    out.add(String.format(Locale.ROOT, "%s speed-up: %.1fx", name, fast.perSecond() / slow.perSecond()));
  }

  private static TabularPolicy baselinePolicy(GameTree tree, StateWalkingCfr<?> base) {
    TabularPolicy p = TabularPolicy.of(base.averagePolicy());
    if (p.size() != tree.numInfosets()) {
      throw new IllegalStateException("the baseline found " + p.size() + " information sets in " + tree.game()
          + ", the compiled tree " + tree.numInfosets());
    }
    return p;
  }

  private record Rate(long iterations, double seconds, double wallSeconds) {
    double perSecond() {
      return iterations / seconds;
    }
  }

  /**
   * Runs {@code step} for {@code seconds} of this thread's CPU time (wall time where the JVM cannot
   * measure thread CPU time), so that other processes on a shared machine distort less. The clock
   * is read once per batch of about a millisecond.
   */
  private static Rate time(Runnable step, double seconds) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    boolean useCpu = cpu.isCurrentThreadCpuTimeSupported() && cpu.isThreadCpuTimeEnabled();
    long wallStart = System.nanoTime();
    long start = useCpu ? cpu.getCurrentThreadCpuTime() : wallStart;
    long budget = (long) (seconds * 1e9);
    long n = 0;
    long batch = 1;
    long now = start;
    while (now - start < budget) {
      long before = now;
      for (long i = 0; i < batch; i++) {
        step.run();
      }
      n += batch;
      now = useCpu ? cpu.getCurrentThreadCpuTime() : System.nanoTime();
      if (now - before < 1_000_000 && batch < 1 << 20) {
        batch *= 2;
      }
    }
    sink += n;
    return new Rate(n, (now - start) / 1e9, (System.nanoTime() - wallStart) / 1e9);
  }

  private static String label(CfrSolver.Variant v) {
    return v == CfrSolver.Variant.CFR_PLUS ? "CFR+" : "CFR";
  }

  private static String fmt(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
  }
}
