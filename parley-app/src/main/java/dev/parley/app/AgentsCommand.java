package dev.parley.app;

import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.agent.AgentType;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.ParamSpec;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists agent types, optionally only those that can play a game. */
@Command(name = "agents", mixinStandardHelpOptions = true,
    description = "List the agents and their parameters; with GAME, only those that can play it.")
final class AgentsCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "GAME", description = "only agents that can play this game spec")
  String game;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    AgentRegistry agents = AgentRegistry.discover();
    List<AgentType> types;
    if (game != null) {
      Game<?> g = GameRegistry.discover().load(game);
      types = agents.typesFor(g);
      out.println("Agents that can play " + g + ":");
    } else {
      types = agents.types();
    }
    for (AgentType t : types) {
      out.println("  " + t.name() + "  — " + t.description());
      for (ParamSpec p : t.parameters()) {
        out.println("      " + p.name() + " = " + p.defaultValue() + "  — " + p.description() + " [" + p.accepted()
            + "]");
      }
    }
    out.println("Write an agent as name or name(param=value), e.g. naive-prober(p=0.2).");
  }
}
