package dev.parley.app;

import dev.parley.analysis.equilibria.Bimatrix;
import dev.parley.analysis.equilibria.BimatrixAdapter;
import dev.parley.analysis.play.StagePlayMetrics;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.tournament.RunRecord;
import dev.parley.store.JdbcRunStore;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Rationality metrics of the agents of a stored run of a matrix game. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
    description = {"Rationality metrics per agent for a stored run of a two-player matrix game (matrix or repeated):",
        "NE-hit rate (Pareto-best pure equilibria), coordination rate, regret per decision against the best",
        "response to the other's move, hindsight regret per episode, and accuracy of stated predictions."})
final class MetricsCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "RUN", description = "run id (see: parley runs)")
  String runId;

  @Mixin
  StoreOption store;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (JdbcRunStore s = store.open()) {
      RunRecord run = s.findRun(runId).orElseThrow(() -> new BadInputException(RunsCommand.unknownRun(s, runId)));
      Game<?> game = GameRegistry.discover().load(run.game());
      Bimatrix stage;
      try {
        stage = BimatrixAdapter.stage(game);
      } catch (IllegalArgumentException e) {
        throw new BadInputException("run '" + runId + "' is not of a two-player matrix game (" + e.getMessage() + ")");
      }
      Map<String, StagePlayMetrics> byAgent = new TreeMap<>();
      s.forEachEpisode(runId, e -> {
        for (int seat = 0; seat < 2; seat++) {
          byAgent.computeIfAbsent(e.seats().get(seat), a -> new StagePlayMetrics(stage)).add(e, seat);
        }
      });
      int w = Math.max(5, byAgent.keySet().stream().mapToInt(String::length).max().orElse(5));
      out.printf(Locale.ROOT, "Rationality metrics of run %s (%s)%n", runId, run.game());
      out.printf(Locale.ROOT, "%-" + w + "s %8s %9s %9s %12s %12s %12s%n", "agent", "rounds", "NE-hit", "coordin.",
          "regret/move", "hindsight", "predictions");
      byAgent.forEach((agent, m) -> out.printf(Locale.ROOT, "%-" + w + "s %8d %9s %9s %12s %12s %12s%n", agent,
          m.rounds(), pct(m.nashHitRate()), pct(m.coordinationRate()), num(m.regretPerDecision()),
          num(m.hindsightRegretPerEpisode()), m.predictions() == 0 ? "-" : pct(m.predictionAccuracy()) + " of "
              + m.predictions()));
    }
  }

  private static String pct(double x) {
    return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * x);
  }

  private static String num(double x) {
    return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.3f", x);
  }
}
