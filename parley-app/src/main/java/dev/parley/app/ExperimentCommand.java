package dev.parley.app;

import dev.parley.learn.experiments.IntransitiveExperiment;
import dev.parley.learn.experiments.SelfPlayExperiment;
import dev.parley.learn.experiments.TransitiveExperiment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The preference-learning experiments that check the papers' claims, each writing a chart. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
    description = {"Run a preference-learning experiment and write its chart (SVG):",
        "  transitive    every method reaches its KL-regularised optimum; DPO's closed form checked",
        "  intransitive  on REFERENCE §9.8's cyclic preferences, Nash-MD and INPO reach the regularised Nash",
        "                equilibrium, averaged SPPO and DNO the von Neumann winner; the Bradley-Terry reward",
        "                pipeline reaches neither (exploitability and distance over iterations)",
        "  self-play     a policy trained by iterative DPO on judge preferences between branched self-play",
        "                continuations of a repeated matrix game beats its starting policy (--iterations: rounds)"})
final class ExperimentCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "transitive, intransitive or self-play")
  String name;

  @Option(names = "--out", paramLabel = "FILE", description = "chart file (default: NAME.svg)")
  Path out;

  @Option(names = "--iterations", paramLabel = "N", description = "iterations (default: the experiment's full run)")
  Integer iterations;

  @Override
  public void run() {
    PrintWriter w = spec.commandLine().getOut();
    String n = name.toLowerCase(Locale.ROOT);
    Path chart = out != null ? out : Path.of(n + ".svg");
    if (iterations != null && iterations < 1) {
      throw new BadInputException("--iterations must be ≥ 1, got " + iterations);
    }
    try {
      switch (n) {
        case "intransitive" -> {
          var config = iterations == null ? IntransitiveExperiment.Config.full()
              : IntransitiveExperiment.Config.full().withIterations(iterations);
          w.print(IntransitiveExperiment.run(config, chart).summary());
        }
        case "self-play" -> {
          var config = iterations == null ? SelfPlayExperiment.Config.full() : new SelfPlayExperiment.Config(
              SelfPlayExperiment.Config.full().game(), iterations, 150, 2, 1.0, 100, 0.5, 1000, 1);
          w.print(SelfPlayExperiment.run(config, chart).summary());
        }
        case "transitive" -> {
          var config = iterations == null ? TransitiveExperiment.Config.full()
              : TransitiveExperiment.Config.full().withIterations(iterations);
          w.print(TransitiveExperiment.run(config, chart).summary());
        }
        default -> throw new BadInputException(new dev.parley.core.spec.NameNotFoundException("experiment", name,
            java.util.List.of("transitive", "intransitive", "self-play")).getMessage());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + chart + ": " + e.getMessage(), e);
    }
    w.println("chart: " + chart.toAbsolutePath().normalize());
  }
}
