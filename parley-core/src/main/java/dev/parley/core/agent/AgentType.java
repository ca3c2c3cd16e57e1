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

  /** A fresh agent for one seat of one episode. Only called when {@link #incompatibility} is empty. */
  <A> Agent<A> create(Params params, Game<A> game);
}
