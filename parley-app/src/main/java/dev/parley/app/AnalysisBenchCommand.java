package dev.parley.app;

import dev.parley.analysis.bench.CfrBenchmark;
import dev.parley.analysis.bench.EquilibriumBenchmark;
import dev.parley.analysis.bench.RatingsBenchmark;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The analysis benchmarks, each against a baseline measured in the same run. */
@Command(name = "analysis", mixinStandardHelpOptions = true,
    description = {"Ratings (Bradley-Terry on 1,000,000 battles among 100 players, bootstrap, Elo), equilibria",
        "(zero-sum LP 200x200, all equilibria of 8x8 games) and CFR (Leduc CFR+, Kuhn CFR, Leduc external-sampling MCCFR), each against a",
        "simpler baseline measured in the same run."})
final class AnalysisBenchCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--seconds", defaultValue = "2", description = "seconds per case (default: ${DEFAULT-VALUE})")
  double seconds;

  @Option(names = "--only", paramLabel = "PART", description = "ratings, equilibria or cfr (default: all)")
  String only;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    String part = only == null ? "all" : only.toLowerCase(Locale.ROOT);
    if (!List.of("all", "ratings", "equilibria", "cfr").contains(part)) {
      throw new BadInputException("--only must be ratings, equilibria or cfr; got '" + only + "'");
    }
    if (part.equals("all") || part.equals("ratings")) {
      print(out, "Ratings", RatingsBenchmark.run(seconds));
    }
    if (part.equals("all") || part.equals("equilibria")) {
      print(out, "Equilibria", EquilibriumBenchmark.run(seconds));
    }
    if (part.equals("all") || part.equals("cfr")) {
      print(out, "CFR", CfrBenchmark.run(Math.max(seconds, 10)));
    }
  }

  private static void print(PrintWriter out, String title, List<String> lines) {
    out.println("== " + title + " ==");
    lines.forEach(out::println);
    out.flush();
  }
}
