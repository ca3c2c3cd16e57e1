package dev.parley.core.agent;

import dev.parley.core.game.Game;
import dev.parley.core.game.Params;
import java.util.Objects;

/**
 * A checked agent spec bound to one game: makes fresh agents cheaply, with the parsing and
 * validation done once. {@link #spec()} is the canonical spec string.
 */
public final class AgentFactory<A> {
  private final AgentType type;
  private final Params params;
  private final Game<A> game;
  private final AgentEnvironment environment;
  private final String spec;

  AgentFactory(AgentType type, Params params, Game<A> game, AgentEnvironment environment) {
    this.type = Objects.requireNonNull(type);
    this.params = Objects.requireNonNull(params);
    this.game = Objects.requireNonNull(game);
    this.environment = Objects.requireNonNull(environment);
    this.spec = params.toSpec(type.name()).toString();
  }

  public Agent<A> create() {
    return type.create(params, game, environment);
  }

  public AgentType type() {
    return type;
  }

  public Params params() {
    return params;
  }

  public Game<A> game() {
    return game;
  }

  /** Canonical spec, e.g. {@code prober(p=0.1)}. */
  public String spec() {
    return spec;
  }

  @Override
  public String toString() {
    return spec;
  }
}
