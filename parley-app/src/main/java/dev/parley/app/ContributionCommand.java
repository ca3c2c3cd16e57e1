package dev.parley.app;

import dev.parley.analysis.shapley.ExactShapley;
import dev.parley.analysis.shapley.PermutationShapley;
import dev.parley.analysis.shapley.PermutationShapleyConfig;
import dev.parley.analysis.shapley.ShapleyValues;
import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.MatchInfo;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.engine.Seeds;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Provenance;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.spec.SpecList;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Shapley attribution of a multi-player outcome to the agents that produced it: the value of a
 * coalition is the mean group return (or one seat's return) over episodes in which the coalition's
 * agents play their seats and a baseline agent plays every other seat; an agent's Shapley value is
 * its average marginal contribution over all orders (exact for up to 12 seats, permutation
 * sampling with standard errors beyond).
 */
@Command(name = "contribution", mixinStandardHelpOptions = true,
    description = {"Attribute a multi-player outcome to the agents with Shapley values: a coalition plays its own",
        "agents, every other seat plays the baseline agent, and the coalition's value is the mean group return."},
    footer = {"", "Example:", "  parley contribution public-goods --agents contribute,conditional-cooperator,free-rider "
        + "--baseline free-rider"})
final class ContributionCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "GAME", description = "game spec")
  String game;

  @Option(names = "--agents", required = true, description = "one agent spec per seat, comma-separated")
  String agents;

  @Option(names = "--baseline", required = true, description = "the agent that stands in for seats outside a coalition")
  String baseline;

  @Option(names = "--episodes", defaultValue = "20", description = "episodes per coalition (default: ${DEFAULT-VALUE})")
  int episodes;

  @Option(names = "--value", defaultValue = "group", description = "group (sum of returns) or seat:N (one seat's "
      + "return) (default: ${DEFAULT-VALUE})")
  String value;

  @Option(names = "--seed", defaultValue = "1", description = "seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Game<?> g = GameRegistry.discover().load(game);
    attribute(out, g);
  }

  private <A> void attribute(PrintWriter out, Game<A> g) {
    List<String> specs = SpecList.split(agents);
    int n = g.numPlayers();
    if (specs.size() != n) {
      throw new BadInputException(g + " has " + n + " seats but --agents lists " + specs.size());
    }
    if (episodes < 1) {
      throw new BadInputException("--episodes must be ≥ 1, got " + episodes);
    }
    int valueSeat = -1;
    if (value.startsWith("seat:")) {
      try {
        valueSeat = Integer.parseInt(value.substring(5));
      } catch (NumberFormatException e) {
        valueSeat = -2;
      }
      if (valueSeat < 0 || valueSeat >= n) {
        throw new BadInputException("--value seat:N needs N in 0.." + (n - 1) + ", got " + value);
      }
    } else if (!value.equals("group")) {
      throw new BadInputException("--value must be group or seat:N, got " + value);
    }
    AgentRegistry registry = AgentRegistry.discover();
    List<AgentFactory<A>> players = new ArrayList<>();
    for (String s : specs) {
      players.add(registry.factory(s, g));
    }
    AgentFactory<A> stand = registry.factory(baseline, g);
    EpisodeRunner runner = new EpisodeRunner(RunnerConfig.DEFAULT);
    Provenance prov = Versions.provenance(g.type().versionedId(), Map.of("contribution", g.toString()));
    Map<Long, Double> values = new ConcurrentHashMap<>();
    int seatOfValue = valueSeat;
    ShapleyValues result;
    dev.parley.analysis.shapley.CoalitionValue v = coalition -> values.computeIfAbsent(coalition, c -> {
      double total = 0;
      for (int e = 0; e < episodes; e++) {
        List<Agent<A>> seated = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int s = 0; s < n; s++) {
          AgentFactory<A> f = (c & (1L << s)) != 0 ? players.get(s) : stand;
          seated.add(f.create());
          names.add(f.spec());
        }
        Episode ep = runner.run(g, seated, new MatchInfo("contribution", e, Seeds.derive(seed, e), names, prov));
        if (seatOfValue >= 0) {
          total += ep.returnOf(seatOfValue);
        } else {
          for (double r : ep.returns()) {
            total += r;
          }
        }
      }
      return total / episodes;
    });
    if (n <= 12) {
      result = new ExactShapley().compute(n, v);
    } else {
      result = new PermutationShapley(new PermutationShapleyConfig(2000, seed)).compute(n, v);
    }
    out.printf(Locale.ROOT, "%s: value = %s return; %d episodes per coalition; baseline %s%n", g, value, episodes,
        stand.spec());
    out.printf(Locale.ROOT, "all agents: %.4f; all baseline: %.4f%n", result.grandValue(), result.emptyValue());
    for (int s = 0; s < n; s++) {
      out.printf(Locale.ROOT, "  seat %d %-32s %+.4f%s%n", s, players.get(s).spec(), result.value(s),
          result.standardError(s) > 0 ? String.format(Locale.ROOT, " ± %.4f", result.standardError(s)) : "");
    }
    out.printf(Locale.ROOT, "  %-39s %+.4f (= all agents − all baseline)%n", "sum", result.sum());
  }
}
