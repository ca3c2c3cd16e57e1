package dev.parley.app;

import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.GameType;
import dev.parley.core.game.ParamSpec;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists the games, their facts and parameters. */
@Command(name = "games", mixinStandardHelpOptions = true,
    description = "List the games with their facts and parameters (or describe one game).")
final class GamesCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "GAME", description = "a game id or spec to describe")
  String game;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    GameRegistry registry = GameRegistry.discover();
    if (game != null) {
      var g = registry.load(game);
      describe(out, g.type());
      out.println();
      out.println("Canonical spec: " + g);
      out.println();
      out.println("Rules as seat 0 reads them:");
      out.println(g.rules());
      return;
    }
    for (GameType t : registry.types()) {
      describe(out, t);
      out.println();
    }
    out.println("Write a game as id(param=value,...), e.g. repeated(stage=bos,rounds=10); unset parameters "
        + "take their defaults.");
  }

  static void describe(PrintWriter out, GameType t) {
    out.println(t.id() + "  (" + t.versionedId() + ")  " + t.description());
    out.println("  " + lower(t.dynamics()) + ", " + lower(t.information()) + " information, " + lower(t.utility())
        + ", chance " + lower(t.chance()) + ", " + t.minPlayers()
        + (t.maxPlayers() == t.minPlayers() ? "" : "–" + t.maxPlayers()) + " players");
    for (ParamSpec p : t.parameters()) {
      out.println("  " + p.name() + " = " + (p.defaultValue() == null ? "(unset)" : p.defaultValue()) + "  — "
          + p.description() + " [" + p.accepted() + "]");
    }
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
