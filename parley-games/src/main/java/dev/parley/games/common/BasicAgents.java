package dev.parley.games.common;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.agent.AgentProvider;
import dev.parley.core.agent.AgentType;
import dev.parley.core.agent.Decision;
import dev.parley.core.agent.MatchContext;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParamSpec;
import dev.parley.core.game.Params;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** Agents that play any game with listed legal actions: {@code uniform} (random) and {@code first}. */
public final class BasicAgents implements AgentProvider {
  @Override
  public List<AgentType> agentTypes() {
    return List.of(new Basic("uniform", "picks a legal action uniformly at random (seeded per seat)", true),
        new Basic("first", "always plays the first legal action", false));
  }

  private record Basic(String name, String description, boolean random) implements AgentType {
    @Override
    public List<ParamSpec> parameters() {
      return List.of();
    }

    @Override
    public Optional<String> incompatibility(Game<?> game) {
      return game.type().has(GameType.Capability.OPEN_ACTIONS)
          ? Optional.of(name + " picks from listed legal actions, and " + game.type().id()
              + " leaves some moves open (e.g. free-text offers)")
          : Optional.empty();
    }

    @Override
    public <A> Agent<A> create(Params params, Game<A> game, AgentEnvironment environment) {
      return new Agent<>() {
        private SplittableRandom rng;

        @Override
        public void begin(MatchContext context) {
          rng = random ? context.random() : null;
        }

        @Override
        public Decision<A> act(Observation observation, List<A> legal) {
          if (legal.isEmpty()) {
            return Decision.failed(name + " needs listed legal actions; this game leaves them open", null);
          }
          return Decision.of(random ? legal.get(rng.nextInt(legal.size())) : legal.get(0));
        }
      };
    }
  }
}
