package dev.parley.games.publicgoods;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.agent.AgentProvider;
import dev.parley.core.agent.AgentType;
import dev.parley.core.agent.Decision;
import dev.parley.core.agent.MatchContext;
import dev.parley.core.game.Game;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParamSpec;
import dev.parley.core.game.ParamType;
import dev.parley.core.game.Params;
import java.util.List;
import java.util.Optional;

/**
 * Scripted players of the public goods game ({@link PublicGoodsGame}):
 *
 * <ul>
 *   <li>{@code contribute(amount=a)}: contributes {@code a} every round (default the whole endowment,
 *       the unconditional cooperator);
 *   <li>{@code free-rider}: contributes nothing, the dominant stage-game strategy when {@code m < n};
 *   <li>{@code conditional-cooperator(first=f)}: contributes {@code f} in the first round (default half
 *       the endowment), then the mean of the other players' contributions in the previous round,
 *       rounded to the nearest coin with halves rounded up — the "perfect conditional cooperator" of
 *       Fischbacher, Gächter and Fehr (2001), who match what the others gave;
 *   <li>{@code random-contributor}: a contribution drawn uniformly from {@code 0..E} each round, from
 *       the seat's own seeded random source ({@link MatchContext#random()}).
 * </ul>
 *
 * <p>Each decides from its observation alone. An {@code amount} or {@code first} above the game's
 * endowment is refused when the agent is made, with a message naming the parameter.
 */
public final class PublicGoodsAgents implements AgentProvider {
  static final ParamSpec AMOUNT = new ParamSpec("amount", ParamType.INT, null, 0, 10_000, List.of(),
      "coins contributed every round (default: the whole endowment)");
  static final ParamSpec FIRST = new ParamSpec("first", ParamType.INT, null, 0, 10_000, List.of(),
      "contribution in the first round (default: half the endowment, halves rounded up)");

  @Override
  public List<AgentType> agentTypes() {
    return List.of(
        new Type("contribute", "contributes a fixed amount every round (default the whole endowment)",
            List.of(AMOUNT), (p, g) -> {
              int amount = amount(p, g, "amount", g.endowment());
              return (o, ctx) -> amount;
            }),
        new Type("free-rider", "contributes nothing, every round", List.of(), (p, g) -> (o, ctx) -> 0),
        new Type("conditional-cooperator", "contributes `first` in round 1, then the mean of the others'"
            + " contributions in the previous round, rounded to the nearest coin (Fischbacher, Gächter and Fehr 2001)",
            List.of(FIRST), (p, g) -> {
              int first = amount(p, g, "first", halfRoundedUp(g.endowment(), 2));
              int others = g.numPlayers() - 1;
              return (o, ctx) -> o.roundsPlayed() == 0 ? first : halfRoundedUp(o.othersContributedLastRound(), others);
            }),
        new Type("random-contributor", "contributes a uniformly random whole number of coins from 0 to the"
            + " endowment each round (seeded per seat)", List.of(), (p, g) -> {
              int bound = g.endowment() + 1;
              return (o, ctx) -> ctx.random().nextInt(bound);
            }));
  }

  /** {@code round(sum / count)} with halves rounded up, in exact integer arithmetic. */
  static int halfRoundedUp(long sum, int count) {
    return Math.toIntExact((2 * sum + count) / (2L * count));
  }

  private static int amount(Params params, PublicGoodsGame game, String name, int fallback) {
    if (!params.has(name)) {
      return fallback;
    }
    int value = params.intValue(name);
    if (value > game.endowment()) {
      throw new IllegalArgumentException("parameter '" + name + "': " + value + " is more than the endowment of "
          + game.endowment() + " coins of " + game);
    }
    return value;
  }

  /** Makes a policy from checked parameters and the game it will play. */
  private interface Maker {
    Policy make(Params params, PublicGoodsGame game);
  }

  /** This round's contribution, given the seat's observation and match context. */
  private interface Policy {
    int contribution(PublicGoodsObservation observation, MatchContext context);
  }

  private record Type(String name, String description, List<ParamSpec> parameters, Maker maker)
      implements AgentType {

    @Override
    public Optional<String> incompatibility(Game<?> game) {
      return game instanceof PublicGoodsGame ? Optional.empty()
          : Optional.of("it plays the public goods game (" + PublicGoodsGame.TYPE.id() + "), not "
              + game.type().id());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> Agent<A> create(Params params, Game<A> game, AgentEnvironment environment) {
      String spec = params.toSpec(name).toString();
      if (!(game instanceof PublicGoodsGame g)) {
        throw new IllegalArgumentException("agent " + spec + ": " + incompatibility(game).orElseThrow());
      }
      Policy policy;
      try {
        policy = maker.make(params, g);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("agent " + spec + ": " + e.getMessage(), e);
      }
      return (Agent<A>) new Scripted(spec, policy);
    }
  }

  /** A policy seated in one episode. */
  private static final class Scripted implements Agent<Integer> {
    private final String spec;
    private final Policy policy;
    private MatchContext context;

    Scripted(String spec, Policy policy) {
      this.spec = spec;
      this.policy = policy;
    }

    @Override
    public void begin(MatchContext context) {
      this.context = context;
    }

    @Override
    public Decision<Integer> act(Observation observation, List<Integer> legalActions) {
      if (context == null) {
        throw new IllegalStateException(spec + " asked to act before begin()");
      }
      if (!(observation instanceof PublicGoodsObservation o)) {
        return Decision.failed(spec + " needs a public goods observation, got "
            + observation.getClass().getSimpleName(), null);
      }
      if (o.isOver()) {
        return Decision.failed(spec + " was asked to contribute after the last round", null);
      }
      return Decision.of(policy.contribution(o, context));
    }

    @Override
    public String toString() {
      return spec;
    }
  }
}
