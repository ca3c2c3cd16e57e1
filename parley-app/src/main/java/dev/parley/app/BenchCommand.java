package dev.parley.app;

import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.episode.Provenance;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.tournament.DiscardingRunStore;
import dev.parley.core.tournament.Progress;
import dev.parley.core.tournament.RunRecord;
import dev.parley.core.tournament.RunStatus;
import dev.parley.core.tournament.RunStore;
import dev.parley.core.tournament.Tournament;
import dev.parley.core.tournament.TournamentPlan;
import dev.parley.core.tournament.TournamentResults;
import dev.parley.store.JdbcRunStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Throughput and memory of the engine on a 10-round repeated Prisoner's Dilemma round robin of the
 * deterministic strategy zoo, against a baseline measured in the same run: a hand-written loop over
 * plain arrays playing the same matches with the same strategies (no engine, no records). Both
 * compute the same totals, which are checked to be equal.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {LlmBenchCommand.class, AnalysisBenchCommand.class},
    description = {"Measure episodes/s and moves/s of a 10-round repeated-PD round robin of the strategy zoo:",
        "engine in memory and with the SQLite store, one thread and all cores, against a raw-loop baseline",
        "run in the same process; then the peak heap of a large tournament streamed to SQLite.",
        "Subcommands measure other parts: 'parley bench llm', 'parley bench analysis'."})
final class BenchCommand implements Runnable {
  static final List<String> ZOO =
      List.of("allc", "alld", "tft", "stft", "tf2t", "grim", "wsls", "alt", "def1", "prober", "rtft");
  static final String GAME = "repeated(stage=pd,rounds=10)";

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "3",
      description = "measuring time per configuration after an equal warm-up (default: ${DEFAULT-VALUE})")
  double seconds;

  @Option(names = "--heap-episodes", paramLabel = "N", defaultValue = "1000000",
      description = "episodes of the peak-heap tournament; 0 skips it (default: ${DEFAULT-VALUE})")
  int heapEpisodes;

  @Option(names = "--threads", paramLabel = "N", description = "threads of the multi-threaded runs (default: all cores)")
  Integer threads;

  @Option(names = "--dir", paramLabel = "DIR", description = "folder for the temporary SQLite files (default: system temp)")
  Path dir;

  private PrintWriter out;
  /** Keeps the baseline's results alive so the compiler cannot drop its work. */
  static volatile double sink;

  @Override
  public void run() {
    out = spec.commandLine().getOut();
    if (seconds <= 0) {
      throw new BadInputException("--seconds must be > 0, got " + seconds);
    }
    int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    @SuppressWarnings("unchecked")
    Game<Integer> game = (Game<Integer>) GameRegistry.discover().load(GAME);
    AgentRegistry registry = AgentRegistry.discover();
    List<AgentFactory<Integer>> zoo = new ArrayList<>();
    for (String s : ZOO) {
      zoo.add(registry.factory(s, game));
    }
    TournamentPlan plan = new TournamentPlan(zoo.size(), 2, 100, true, true);
    Provenance prov = Versions.provenance(game.type().versionedId(), Map.of("bench", GAME));
    Tournament<Integer> t = new Tournament<>(game, zoo, plan, new EpisodeRunner(RunnerConfig.DEFAULT), 1, prov);
    out.printf(Locale.ROOT, "Bench: %s, %d strategies, %d matches per tournament, %d core(s) available, Java %s%n",
        GAME, ZOO.size(), plan.size(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    out.printf(Locale.ROOT, "%-34s %14s %14s %12s %s%n", "configuration", "matches/s", "moves/s", "vs baseline",
        "target");

    Baseline baseline = new Baseline(plan);
    double[] engineTotals = totals(t, plan);
    boolean same = java.util.Arrays.equals(baseline.play(plan.size()), engineTotals);
    double base = measure(() -> {
      double[] totals = baseline.play(plan.size());
      sink += totals[totals.length - 1];
      return (long) plan.size();
    });
    row("raw-loop baseline, 1 thread", base, base, null);
    double mem1 = measure(() -> runTournament(t, new DiscardingRunStore(), 1));
    row("engine, in memory, 1 thread", mem1, base, "≥ 450000/s: " + pass(mem1 >= 450_000));
    double memN = measure(() -> runTournament(t, new DiscardingRunStore(), cores));
    row("engine, in memory, " + cores + " threads", memN, base, null);
    Path folder = tempFolder();
    try {
      double sql1 = measure(() -> runTournament(t, JdbcRunStore.open(folder.resolve("bench-1.db").toString()), 1));
      row("engine, SQLite, 1 thread", sql1, base, "≥ 50000/s: " + pass(sql1 >= 50_000));
      double sqlN = measure(() -> runTournament(t, JdbcRunStore.open(folder.resolve("bench-n.db").toString()), cores));
      row("engine, SQLite, " + cores + " threads", sqlN, base, "≥ 50000/s: " + pass(sqlN >= 50_000));
      out.println("Baseline and engine totals " + (same ? "agree" : "DIFFER") + " (checksum of all pair scores).");
      if (heapEpisodes > 0) {
        heap(game, zoo, prov, folder, cores);
      }
    } finally {
      delete(folder);
    }
  }

  private static String pass(boolean ok) {
    return ok ? "met" : "NOT met";
  }

  private void row(String name, double matchesPerSecond, double base, String target) {
    out.printf(Locale.ROOT, "%-34s %,14.0f %,14.0f %11.2fx %s%n", name, matchesPerSecond, matchesPerSecond * 20,
        matchesPerSecond / base, target == null ? "" : target);
    out.flush();
  }

  /** Runs {@code work} (returning matches played) for the warm-up, then measures matches per second. */
  private double measure(Supplier<Long> work) {
    long warmEnd = System.nanoTime() + (long) (seconds * 1e9);
    while (System.nanoTime() < warmEnd) {
      work.get();
    }
    long matches = 0;
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    long now;
    do {
      matches += work.get();
      now = System.nanoTime();
    } while (now < end);
    return matches / ((now - start) / 1e9);
  }

  private static int counter;

  private static long runTournament(Tournament<Integer> t, RunStore store, int threads) {
    try (store) {
      String id = "bench-" + (++counter);
      store.createRun(new RunRecord(id, "bench", "bench", GAME, Map.of(), 1, t.plan().size(), RunStatus.RUNNING, 0, 0,
          new Provenance("bench", "bench", "repeated-v1", "bench")));
      TournamentResults r = t.run(id, store, threads, Progress.NONE);
      return r.episodes();
    }
  }

  private static double[] totals(Tournament<Integer> t, TournamentPlan plan) {
    DiscardingRunStore store = new DiscardingRunStore();
    store.createRun(new RunRecord("check", "bench", "bench", GAME, Map.of(), 1, plan.size(), RunStatus.RUNNING, 0, 0,
        new Provenance("bench", "bench", "repeated-v1", "bench")));
    TournamentResults r = t.run("check", store, 1, Progress.NONE);
    int n = ZOO.size();
    double[] totals = new double[n * n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        totals[a * n + b] = r.meanAgainst(a, b) * r.meetings(a, b);
      }
    }
    return totals;
  }

  private void heap(Game<Integer> game, List<AgentFactory<Integer>> zoo, Provenance prov, Path folder, int cores) {
    int lineups = zoo.size() * zoo.size();
    int reps = Math.max(1, heapEpisodes / lineups);
    TournamentPlan plan = new TournamentPlan(zoo.size(), 2, reps, true, true);
    Tournament<Integer> big = new Tournament<>(game, zoo, plan, new EpisodeRunner(RunnerConfig.DEFAULT), 2, prov);
    System.gc();
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    long played = runTournament(big, JdbcRunStore.open(folder.resolve("heap.db").toString()), cores);
    double secs = (System.nanoTime() - start) / 1e9;
    long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long max = Runtime.getRuntime().maxMemory();
    out.printf(Locale.ROOT, "Peak heap of a %,d-episode tournament to SQLite (%d threads, %.1f s, %,.0f matches/s): "
            + "%.1f MiB (sum of pool peaks; heap limit %.0f MiB); target < 512 MiB: %s%n", played, cores, secs,
        played / secs, peak / 1048576.0, max / 1048576.0, pass(peak < 512L * 1048576));
  }

  private Path tempFolder() {
    try {
      return dir == null ? Files.createTempDirectory("parley-bench") : Files.createTempDirectory(dir, "parley-bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // temporary files; the system cleans up
    }
  }

  /**
   * The same matches with the same strategies as plain code over int arrays: the speed a
   * special-purpose loop reaches, to compare the engine against.
   */
  static final class Baseline {
    static final double[][] PAYOFF = {{3, 0}, {5, 1}};
    final TournamentPlan plan;
    final int[] a = new int[10];
    final int[] b = new int[10];

    Baseline(TournamentPlan plan) {
      this.plan = plan;
    }

    double[] play(int matches) {
      int n = ZOO.size();
      double[] totals = new double[n * n];
      for (int m = 0; m < matches; m++) {
        int[] lineup = plan.lineup(m);
        double ra = 0;
        double rb = 0;
        for (int r = 0; r < 10; r++) {
          int x = move(lineup[0], r, a, b);
          int y = move(lineup[1], r, b, a);
          a[r] = x;
          b[r] = y;
          ra += PAYOFF[x][y];
          rb += PAYOFF[y][x];
        }
        totals[lineup[0] * n + lineup[1]] += ra;
        totals[lineup[1] * n + lineup[0]] += rb;
      }
      return totals;
    }

    /** Strategy {@code s} (index into ZOO) in round r given its own and the other's moves so far. */
    static int move(int s, int r, int[] me, int[] other) {
      int last = r > 0 ? other[r - 1] : -1;
      switch (s) {
        case 0: return 0;
        case 1: return 1;
        case 2: return r == 0 ? 0 : last;
        case 3: return r == 0 ? 1 : last;
        case 4: return r >= 2 && other[r - 1] == 1 && other[r - 2] == 1 ? 1 : 0;
        case 5:
          for (int i = 0; i < r; i++) {
            if (other[i] == 1) {
              return 1;
            }
          }
          return 0;
        case 6: return r == 0 || me[r - 1] == other[r - 1] ? 0 : 1;
        case 7: return r % 2;
        case 8: return r == 0 ? 1 : 0;
        case 9:
          if (r < 3) {
            return r == 0 ? 1 : 0;
          }
          return other[1] == 0 && other[2] == 0 ? 1 : last;
        case 10: return r == 0 ? 1 : 1 - last;
        default: throw new IllegalArgumentException("strategy " + s);
      }
    }
  }
}
