package dev.parley.llm;

import dev.parley.core.agent.Scaffold;
import dev.parley.core.game.Game;
import dev.parley.core.game.Observation;
import java.util.Optional;

/** A test scaffold that always recommends the first action of a matrix game. */
public final class AlwaysCooperateScaffold implements Scaffold {
  @Override
  public String name() {
    return "always-cooperate";
  }

  @Override
  public String description() {
    return "recommends cooperation";
  }

  @Override
  public Optional<String> incompatibility(Game<?> game) {
    return game.type().id().equals("repeated") ? Optional.empty() : Optional.of("only repeated games");
  }

  @Override
  public Advice advise(Game<?> game, Observation observation) {
    return new Advice("cooperating builds trust (round " + observation.fields().get("round") + ")", Optional.of("C"));
  }
}
