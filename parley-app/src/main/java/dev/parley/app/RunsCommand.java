package dev.parley.app;

import dev.parley.core.tournament.RunRecord;
import dev.parley.store.JdbcRunStore;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** Lists the runs in a store. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List the runs in the store, newest first.")
final class RunsCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  StoreOption store;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (JdbcRunStore s = store.open()) {
      List<RunRecord> runs = s.runs();
      if (runs.isEmpty()) {
        out.println("No runs in " + s.description() + ".");
        return;
      }
      out.printf("%-40s %-10s %-11s %-21s %s%n", "run", "kind", "status", "episodes", "game");
      for (RunRecord r : runs) {
        out.printf("%-40s %-10s %-11s %-21s %s%n", r.id(), r.kind(), r.status().name().toLowerCase(),
            s.countEpisodes(r.id()) + "/" + r.planned(), r.game());
      }
      out.println("(store " + s.description() + "; newest " + Instant.ofEpochMilli(runs.get(0).createdAtMillis()) + ")");
    }
  }

  /** Message for a run id that is not in the store, listing some that are. */
  static String unknownRun(JdbcRunStore s, String runId) {
    List<String> ids = s.runs().stream().map(RunRecord::id).toList();
    if (ids.isEmpty()) {
      return "no run '" + runId + "' in " + s.description() + " (the store has no runs; is --store right?)";
    }
    return new dev.parley.core.spec.NameNotFoundException("run in " + s.description(), runId,
        ids.subList(0, Math.min(10, ids.size()))).getMessage() + (ids.size() > 10 ? ", … (see: parley runs)" : "");
  }
}
