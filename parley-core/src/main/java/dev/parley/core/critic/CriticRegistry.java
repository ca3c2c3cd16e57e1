package dev.parley.core.critic;

import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.game.Game;
import dev.parley.core.game.Params;
import dev.parley.core.spec.NameNotFoundException;
import dev.parley.core.spec.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Finds critics by spec, e.g. {@code rule}, {@code constant}, {@code tips(count=3)},
 * {@code llm(model=openai:gpt-4o-mini)}. The spec {@code none} means no feedback.
 */
public final class CriticRegistry {
  /** The spec that means "no critic". */
  public static final String NONE = "none";
  private final Map<String, CriticType> types = new TreeMap<>();
  private final AgentEnvironment environment;

  private CriticRegistry(Iterable<CriticProvider> providers, AgentEnvironment environment) {
    this.environment = environment;
    for (CriticProvider p : providers) {
      for (CriticType t : p.criticTypes()) {
        if (types.putIfAbsent(t.name(), t) != null) {
          throw new IllegalStateException("two providers declare critic '" + t.name() + "'");
        }
      }
    }
  }

  public static CriticRegistry discover(AgentEnvironment environment) {
    return new CriticRegistry(ServiceLoader.load(CriticProvider.class), environment);
  }

  public static CriticRegistry of(AgentEnvironment environment, CriticProvider... providers) {
    return new CriticRegistry(List.of(providers), environment);
  }

  public List<CriticType> types() {
    return List.copyOf(types.values());
  }

  /** A checked critic spec bound to a game: makes one critic per campaign. */
  public record Bound(String spec, Supplier<Critic> factory) {
    /** True for {@code none}: no feedback. */
    public boolean isNone() {
      return spec.equals(NONE);
    }
  }

  /**
   * Parses and checks a critic spec for {@code game}.
   *
   * @throws NameNotFoundException for an unknown critic or parameter
   * @throws IllegalArgumentException for a bad value or a critic that cannot read the game
   */
  public Bound bind(String spec, Game<?> game) {
    if (spec.strip().equals(NONE)) {
      return new Bound(NONE, () -> null);
    }
    Spec s = Spec.parse(spec);
    CriticType t = types.get(s.name());
    if (t == null) {
      List<String> names = new ArrayList<>(types.keySet());
      names.add(NONE);
      throw new NameNotFoundException("critic", s.name(), names);
    }
    Params params = t.normalize(Params.bind("critic " + t.name(), t.parameters(), s.params()));
    t.incompatibility(game).ifPresent(why -> {
      throw new IllegalArgumentException("critic '" + spec + "' cannot read " + game + ": " + why);
    });
    return new Bound(params.toSpec(t.name()).toString(), () -> t.create(params, game, environment));
  }
}
