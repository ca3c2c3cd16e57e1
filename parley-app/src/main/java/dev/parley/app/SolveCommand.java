package dev.parley.app;

import dev.parley.analysis.cfr.CfrSolver;
import dev.parley.analysis.cfr.ExtensiveFormSolver;
import dev.parley.analysis.cfr.ExternalSamplingMccfr;
import dev.parley.analysis.cfr.OutcomeSamplingMccfr;
import dev.parley.analysis.cfr.Exploitability;
import dev.parley.analysis.cfr.GameTree;
import dev.parley.analysis.cfr.TabularPolicy;
import dev.parley.analysis.equilibria.Bimatrix;
import dev.parley.analysis.equilibria.BimatrixAdapter;
import dev.parley.analysis.equilibria.Equilibrium;
import dev.parley.analysis.equilibria.EquilibriumSet;
import dev.parley.analysis.equilibria.SupportEnumeration;
import dev.parley.analysis.equilibria.VertexEnumeration;
import dev.parley.analysis.equilibria.ZeroSumLp;
import dev.parley.analysis.equilibria.ZeroSumSolution;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Params;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Equilibria of a game: all equilibria of a matrix game, or a CFR solution of an extensive-form game. */
@Command(name = "solve", mixinStandardHelpOptions = true,
    description = {"Solve a game. Two-player matrix games (matrix, and the stage game of repeated): every Nash",
        "equilibrium by support enumeration, and the value by linear programming when zero-sum.",
        "Two-player zero-sum games with information states (kuhn-poker, leduc-poker): CFR, CFR+ or Monte",
        "Carlo CFR (external or outcome sampling) with the exploitability of the average policy."},
    footer = {"", "Examples:", "  parley solve 'matrix(stage=bos)'", "  parley solve kuhn-poker --iterations 1000",
        "  parley solve leduc-poker --method cfr --iterations 200",
        "  parley solve leduc-poker --method es-mccfr --iterations 50000 --seed 5"})
final class SolveCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "GAME", description = "game spec (see: parley games)")
  String game;

  @Option(names = "--method", paramLabel = "M", defaultValue = "auto",
      description = "auto, support (all equilibria), vertex (all extreme equilibria, degenerate games too), lp "
          + "(zero-sum value), cfr, cfr+, or the Monte Carlo es-mccfr "
          + "(external sampling) and os-mccfr (outcome sampling) (default: ${DEFAULT-VALUE})")
  String method;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "seed of the Monte Carlo solvers (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "1000",
      description = "CFR iterations (default: ${DEFAULT-VALUE})")
  int iterations;

  @Option(names = "--policy", description = "print the average policy of every information state")
  boolean printPolicy;

  static final String DEGENERATE_NOTE = "; the game is degenerate: these are its extreme equilibria, and where "
      + "several row strategies each pair in equilibrium with several column strategies, every mix of those rows "
      + "with every mix of those columns is an equilibrium too";

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Game<?> g = GameRegistry.discover().load(game);
    String m = method.toLowerCase(Locale.ROOT);
    if (!List.of("auto", "support", "vertex", "lp", "cfr", "cfr+", "es-mccfr", "os-mccfr").contains(m)) {
      throw new BadInputException("--method must be auto, support, vertex, lp, cfr, cfr+, es-mccfr or os-mccfr; got '"
          + method + "'");
    }
    boolean matrix = g.numPlayers() == 2 && g.type().dynamics() == GameType.Dynamics.SIMULTANEOUS;
    if (m.equals("cfr") || m.equals("cfr+") || m.endsWith("mccfr") || (m.equals("auto") && !matrix)) {
      cfr(out, g, m.equals("auto") ? "cfr+" : m);
    } else {
      matrix(out, g, m);
    }
  }

  private void matrix(PrintWriter out, Game<?> g, String m) {
    Bimatrix b = g.type().id().equals("repeated") ? BimatrixAdapter.stage(g) : BimatrixAdapter.oneShot(g);
    out.println(g + (g.type().id().equals("repeated") ? " — its stage game:" : ":"));
    if (!m.equals("lp")) {
      EquilibriumSet set;
      String how;
      if (m.equals("vertex")) {
        set = new VertexEnumeration().enumerate(b);
        how = "vertex enumeration" + (set.degenerate() ? DEGENERATE_NOTE : "");
      } else {
        set = new SupportEnumeration().enumerate(b);
        how = "support enumeration";
        if (set.degenerate() && m.equals("auto") && b.rows() + b.columns() <= 20) {
          // support enumeration can miss equilibria of degenerate games; vertex enumeration lists every extreme one
          set = new VertexEnumeration().enumerate(b);
          how = "vertex enumeration" + DEGENERATE_NOTE;
        } else if (set.degenerate()) {
          how += "; the game is degenerate: equilibria with unequal supports may be missing";
        }
      }
      out.println(set.size() + " Nash equilibri" + (set.size() == 1 ? "um" : "a") + " (" + how + "):");
      for (Equilibrium e : set.equilibria()) {
        out.println("  row " + mix(b.rowActions(), e.row()) + "  column " + mix(b.columnActions(), e.column())
            + "  → payoffs " + Params.formatNumber(round(e.rowPayoff())) + ", "
            + Params.formatNumber(round(e.columnPayoff())));
      }
    }
    if (m.equals("lp") || b.isConstantSum()) {
      ZeroSumSolution z = new ZeroSumLp().solve(b);
      out.println("Zero-sum value (linear programming): " + Params.formatNumber(round(z.value())) + "; row "
          + mix(b.rowActions(), z.profile().row()) + ", column " + mix(b.columnActions(), z.profile().column()));
    }
  }

  private void cfr(PrintWriter out, Game<?> g, String m) {
    if (iterations < 1) {
      throw new BadInputException("--iterations must be ≥ 1, got " + iterations);
    }
    GameTree tree = GameTree.compile(g);
    ExtensiveFormSolver solver;
    String name;
    switch (m) {
      case "cfr" -> {
        solver = CfrSolver.create(tree, CfrSolver.Variant.CFR);
        name = "CFR";
      }
      case "es-mccfr" -> {
        solver = ExternalSamplingMccfr.create(tree, seed);
        name = "external-sampling MCCFR (seed " + seed + ")";
      }
      case "os-mccfr" -> {
        solver = OutcomeSamplingMccfr.create(tree, OutcomeSamplingMccfr.Config.seeded(seed));
        name = "outcome-sampling MCCFR (seed " + seed + ")";
      }
      default -> {
        solver = CfrSolver.create(tree, CfrSolver.Variant.CFR_PLUS);
        name = "CFR+";
      }
    }
    long start = System.nanoTime();
    solver.iterate(iterations);
    double secs = (System.nanoTime() - start) / 1e9;
    TabularPolicy avg = solver.averagePolicy();
    Exploitability.Report report = Exploitability.evaluate(tree, avg);
    out.printf(Locale.ROOT, "%s: %d nodes, %d information states; %s, %d iterations in %.2f s%n", g, tree.numNodes(),
        tree.numInfosets(), name, iterations, secs);
    out.printf(Locale.ROOT, "average policy: values %s, NashConv %.10f, exploitability %.10f%n",
        format(report.values()), report.nashConv(), report.exploitability());
    if (printPolicy) {
      for (int i = 0; i < tree.numInfosets(); i++) {
        double[] p = avg.probabilities(tree.infosetKey(i)).orElseThrow();
        List<String> parts = new ArrayList<>();
        List<String> actions = tree.infosetActions(i);
        for (int a = 0; a < p.length; a++) {
          parts.add(actions.get(a) + " " + String.format(Locale.ROOT, "%.4f", p[a]));
        }
        out.println("  " + tree.infosetKey(i) + ": " + String.join(", ", parts));
      }
    }
  }

  private static String format(double[] v) {
    List<String> s = new ArrayList<>();
    for (double x : v) {
      s.add(String.format(Locale.ROOT, "%.7f", x));
    }
    return "[" + String.join(", ", s) + "]";
  }

  private static double round(double x) {
    return Math.round(x * 1e9) / 1e9;
  }

  private static String mix(List<String> actions, double[] p) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      if (p[i] > 1e-12) {
        parts.add(actions.get(i) + (Math.abs(p[i] - 1) < 1e-12 ? "" : " " + Params.formatNumber(round(p[i]))));
      }
    }
    return "(" + String.join(", ", parts) + ")";
  }
}
