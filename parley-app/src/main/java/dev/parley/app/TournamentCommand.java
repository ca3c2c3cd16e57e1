package dev.parley.app;

import dev.parley.core.tournament.TournamentResults;
import dev.parley.store.JdbcRunStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a tournament described in a YAML file. */
@Command(name = "tournament", mixinStandardHelpOptions = true,
    description = {"Run a tournament described in a YAML file, streaming every episode to the store.",
        "If it stops (crash, kill, Ctrl-C), 'parley resume RUN' finishes it: no match lost, none played twice."},
    footer = {"", "File format (all keys but game and agents optional):",
        "  name: strategy-zoo",
        "  game: repeated(stage=pd,rounds=10)",
        "  agents: [allc, alld, tft, grim, wsls]",
        "  repetitions: 1          # matches per lineup",
        "  swap_seats: true        # play both seat orders",
        "  self_play: true         # each agent also meets itself",
        "  seed: 42",
        "  illegal_action: reprompt-then-forfeit   # random-legal | default-action | forfeit",
        "  max_reprompts: 2",
        "  decision_timeout: none  # e.g. 30s",
        "  threads: 2              # default: all cores",
        "  store: parley.db"})
final class TournamentCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "tournament file (YAML)")
  Path file;

  @Mixin
  StoreOption store;

  @Option(names = "--threads", paramLabel = "N", description = "episodes played at once (default: the file's, "
      + "else all cores)")
  Integer threads;

  @Option(names = "--run-id", paramLabel = "ID", description = "id for the new run (default: name and time)")
  String runId;

  @Option(names = "--no-progress", description = "do not show progress")
  boolean noProgress;

  @Option(names = "--cache", paramLabel = "MODE", description = "model reply cache in the store: read-write "
      + "(default), replay (offline: a reply not cached is an error), write-only or off")
  String cache;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    TournamentFile tf = TournamentFile.load(file);
    if (store.store == null && tf.store() != null) {
      store.store = tf.store();
    }
    AgentSetup.CacheMode mode = RunOptions.cache(cache, tf.cache());
    Clock clock = Clock.systemUTC();
    try (AgentSetup agents = AgentSetup.open(store.target(), mode)) {
      TournamentDriver.Prepared p = TournamentDriver.prepare(tf.settings(), agents.environment());
      int n = RunOptions.threads(threads, tf.threads(), p.defaultThreads(), p.interactive());
      run(p, n, clock, agents, out);
    }
  }

  private void run(TournamentDriver.Prepared p, int n, Clock clock, AgentSetup agents, PrintWriter out) {
    try (JdbcRunStore s = store.open()) {
      String id = RunOptions.newRunId(s, store.flag(), runId, p.settings().name(), clock);
      s.createRun(TournamentDriver.record(id, p, clock));
      out.printf("Run %s: %d episodes of %s among %d agents, %d thread(s); store %s%n", id,
          p.tournament().plan().size(), p.settings().game(), p.settings().agents().size(), n, s.description());
      out.flush();
      long start = System.nanoTime();
      TournamentResults r = ResumableRun.play(id, store.flag(), () -> TournamentDriver.play(id, p, s, n,
          new ConsoleProgress(p.settings().name(), !noProgress && !p.interactive(), System.err), clock));
      double secs = (System.nanoTime() - start) / 1e9;
      out.println();
      out.print(ResultsTable.render(r));
      out.printf("%nRun %s complete: %d episodes in %.2f s; stored in %s%n", id, r.episodes(), secs, s.description());
      agents.printUsage(out);
      out.println("Export with: parley export " + id + store.flag());
    }
  }
}
