package dev.parley.core.agent;

import dev.parley.core.game.Game;
import dev.parley.core.game.ParamSpec;
import dev.parley.core.game.Params;
import java.util.List;
import java.util.Optional;

/** A kind of agent (e.g. tit-for-tat): its name, parameters, which games it plays, how to make one. */
public interface AgentType {
  String name();

  String description();

  List<ParamSpec> parameters();

  /** Why this agent cannot play {@code game}, or empty when it can. */
  Optional<String> incompatibility(Game<?> game);

  /**
   * A fresh agent for one seat of one episode. Only called when {@link #incompatibility} is empty.
   * {@code environment} holds the run's shared services (see {@link AgentEnvironment}).
   */
  <A> Agent<A> create(Params params, Game<A> game, AgentEnvironment environment);

  /**
   * True for agents that spend their time waiting on something outside the process (a model
   * server, a person): runs then play many episodes at once instead of one per core.
   */
  default boolean waitsOnIo() {
    return false;
  }

  /**
   * True for agents a person answers at a terminal: runs that seat one play a single episode at a
   * time, so questions never interleave.
   */
  default boolean interactive() {
    return false;
  }

  /**
   * Checks parameters beyond their declared types and returns them in canonical form (for example
   * a model spec written out in full). Called once when a spec is bound, before any run starts,
   * so that bad input fails early. The default accepts them as they are.
   */
  default Params normalize(Params params) {
    return params;
  }

  /**
   * Parameters for a shorthand spec that is not of the form {@code name(k=v)}, such as a model
   * spec {@code openai:gpt-4o-mini?temperature=0}; empty when this type does not claim it.
   */
  default Optional<java.util.Map<String, String>> shorthand(String spec) {
    return Optional.empty();
  }
}
