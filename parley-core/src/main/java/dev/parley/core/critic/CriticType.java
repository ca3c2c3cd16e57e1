package dev.parley.core.critic;

import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.game.Game;
import dev.parley.core.game.ParamSpec;
import dev.parley.core.game.Params;
import java.util.List;
import java.util.Optional;

/** A kind of critic (e.g. the bargaining rule critic): its name, parameters and which games it reads. */
public interface CriticType {
  String name();

  String description();

  List<ParamSpec> parameters();

  /** Why this critic cannot read {@code game}, or empty when it can. */
  Optional<String> incompatibility(Game<?> game);

  /** Checks parameters beyond their types and returns their canonical form (called before any run). */
  default Params normalize(Params params) {
    return params;
  }

  /** A critic for one campaign; {@code environment} holds shared services (models, cache). */
  Critic create(Params params, Game<?> game, AgentEnvironment environment);
}
