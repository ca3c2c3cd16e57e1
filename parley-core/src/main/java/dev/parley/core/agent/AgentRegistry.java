package dev.parley.core.agent;

import dev.parley.core.game.Game;
import dev.parley.core.game.Params;
import dev.parley.core.spec.NameNotFoundException;
import dev.parley.core.spec.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Finds agent types by name and binds agent specs such as {@code prober(p=0.2)} to a game. */
public final class AgentRegistry {
  private final Map<String, AgentType> types = new TreeMap<>();
  private final AgentEnvironment environment;

  private AgentRegistry(Iterable<AgentProvider> providers, AgentEnvironment environment) {
    this.environment = environment;
    for (AgentProvider p : providers) {
      for (AgentType t : p.agentTypes()) {
        if (types.putIfAbsent(t.name(), t) != null) {
          throw new IllegalStateException("two providers declare agent '" + t.name() + "'");
        }
      }
    }
  }

  public static AgentRegistry discover() {
    return discover(AgentEnvironment.empty());
  }

  /** Every agent type on the class path; agents it makes share {@code environment}'s services. */
  public static AgentRegistry discover(AgentEnvironment environment) {
    return new AgentRegistry(ServiceLoader.load(AgentProvider.class), environment);
  }

  public static AgentRegistry of(AgentProvider... providers) {
    return new AgentRegistry(List.of(providers), AgentEnvironment.empty());
  }

  public static AgentRegistry of(AgentEnvironment environment, AgentProvider... providers) {
    return new AgentRegistry(List.of(providers), environment);
  }

  public List<AgentType> types() {
    return List.copyOf(types.values());
  }

  /** Agent types that can play {@code game}. */
  public List<AgentType> typesFor(Game<?> game) {
    List<AgentType> r = new ArrayList<>();
    for (AgentType t : types.values()) {
      if (t.incompatibility(game).isEmpty()) {
        r.add(t);
      }
    }
    return r;
  }

  public AgentType type(String name) {
    AgentType t = types.get(name);
    if (t == null) {
      throw new NameNotFoundException("agent", name, List.copyOf(types.keySet()));
    }
    return t;
  }

  /**
   * Parses and checks an agent spec for {@code game}.
   *
   * @throws NameNotFoundException for an unknown agent or parameter
   * @throws IllegalArgumentException for a bad value or an agent that cannot play the game
   */
  public <A> AgentFactory<A> factory(String spec, Game<A> game) {
    AgentType t = null;
    Map<String, String> raw = null;
    for (AgentType candidate : types.values()) {
      var claimed = candidate.shorthand(spec.strip());
      if (claimed.isPresent()) {
        t = candidate;
        raw = claimed.get();
        break;
      }
    }
    if (t == null) {
      Spec s = Spec.parse(spec);
      t = type(s.name());
      raw = s.params();
    }
    Params params = t.normalize(Params.bind("agent " + t.name(), t.parameters(), raw));
    AgentType chosen = t;
    t.incompatibility(game).ifPresent(why -> {
      throw new IllegalArgumentException("agent '" + spec + "' cannot play " + game + ": " + why);
    });
    return new AgentFactory<>(chosen, params, game, environment);
  }
}
