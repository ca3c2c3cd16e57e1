package dev.parley.games.dond;

import dev.parley.core.agent.Scaffold;
import dev.parley.core.game.Game;
import dev.parley.core.game.Observation;
import java.util.Optional;

/**
 * The game-theoretic workflow of Hua et al. 2024 as a reasoning scaffold for model-driven agents
 * ({@code scaffold=workflow}): the advisor's belief about the other side's values, the envy-free
 * proposal it would make and why, put into the prompt; the model still decides.
 */
public final class WorkflowScaffold implements Scaffold {
  @Override
  public String name() {
    return "workflow";
  }

  @Override
  public String description() {
    return "Deal or No Deal: belief over the other side's values and the best envy-free proposal (Hua et al. 2024)";
  }

  @Override
  public Optional<String> incompatibility(Game<?> game) {
    return game instanceof DealOrNoDeal ? Optional.empty()
        : Optional.of("the workflow scaffold reasons about Deal or No Deal only, not " + game.type().id());
  }

  @Override
  public Advice advise(Game<?> game, Observation observation) {
    WorkflowAdvisor.Advice a = WorkflowAdvisor.advise(observation);
    return new Advice(a.text(), Optional.ofNullable(a.suggestedAction()));
  }
}
