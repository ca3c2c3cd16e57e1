package dev.parley.games.dond;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.agent.AgentProvider;
import dev.parley.core.agent.AgentType;
import dev.parley.core.agent.Decision;
import dev.parley.core.game.Game;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParamSpec;
import dev.parley.core.game.Params;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Scripted Deal or No Deal agents: {@code workflow} (Hua et al.'s game-theoretic workflow,
 * {@link WorkflowAdvisor}) and {@code dond-truthful} ({@link TruthfulNegotiator}). Both decide from
 * the observation alone, so they keep no memory between moves.
 */
public final class DondAgents implements AgentProvider {
  static final ParamSpec LAMBDA = ParamSpec.real("lambda", WorkflowAdvisor.DEFAULT_LAMBDA, 0, 1,
      "mixing weight λ of the posterior after each rejection (1 = plain Bayes update)");
  static final ParamSpec GAMMA = ParamSpec.real("gamma", WorkflowAdvisor.DEFAULT_GAMMA, 0, 1,
      "likelihood γ that the opponent rejects an envy-free split when a better envy-free one exists for it");
  static final ParamSpec SHARE = ParamSpec.integer("share", TruthfulNegotiator.DEFAULT_SHARE, 0,
      DondInstance.POOL_VALUE, "least value (of 10) it accepts or proposes to keep");

  @Override
  public List<AgentType> agentTypes() {
    return List.of(
        new Type("workflow", "Hua et al. (2024) Deal or No Deal workflow: belief over the opponent's values, proposes"
            + " its best split that may be envy-free for both, Bayesian update with mixing after each rejection",
            List.of(LAMBDA, GAMMA), p -> {
              double lambda = p.real("lambda");
              double gamma = p.real("gamma");
              return v -> WorkflowAdvisor.advise(v, lambda, gamma).action();
            }),
        new Type("dond-truthful", "truthful Deal or No Deal negotiator: accepts any split envy-free for itself and"
            + " worth at least its share; otherwise proposes its envy-free splits from its best down, each once",
            List.of(SHARE), p -> {
              int share = p.intValue("share");
              return v -> TruthfulNegotiator.decide(v, share);
            }));
  }

  private record Type(String name, String description, List<ParamSpec> parameters,
      Function<Params, Function<DondView, DondAction>> policy) implements AgentType {

    @Override
    public Optional<String> incompatibility(Game<?> game) {
      return game instanceof DealOrNoDeal ? Optional.empty()
          : Optional.of("it plays deal-or-no-deal, not " + game.type().id());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> Agent<A> create(Params params, Game<A> game, AgentEnvironment environment) {
      return (Agent<A>) new Scripted(params.toSpec(name).toString(), policy.apply(params));
    }
  }

  /** A policy seated in one episode. */
  private record Scripted(String spec, Function<DondView, DondAction> policy) implements Agent<DondAction> {
    @Override
    public Decision<DondAction> act(Observation observation, List<DondAction> legalActions) {
      DondAction a = policy.apply(DondView.from(observation));
      return a == null ? Decision.failed(spec + " was asked to move when it is not its turn", null) : Decision.of(a);
    }

    @Override
    public String toString() {
      return spec;
    }
  }
}
