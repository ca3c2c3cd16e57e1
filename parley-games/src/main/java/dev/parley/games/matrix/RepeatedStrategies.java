package dev.parley.games.matrix;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.agent.AgentProvider;
import dev.parley.core.agent.AgentType;
import dev.parley.core.agent.Decision;
import dev.parley.core.agent.MatchContext;
import dev.parley.core.game.Game;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParamSpec;
import dev.parley.core.game.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The classic strategies for repeated 2×2 games (REFERENCE §2.1). Action 1 of the stage game is
 * "cooperate" (C; Akata's J), action 2 is "defect" (D; Akata's F). Each strategy reads the history
 * from the {@link MatrixObservation} it is given, so it needs no memory of its own.
 */
public final class RepeatedStrategies implements AgentProvider {
  static final int C = 0;
  static final int D = 1;

  @Override
  public List<AgentType> agentTypes() {
    List<AgentType> t = new ArrayList<>();
    t.add(simple("allc", "always cooperate (action 1; Akata's always-J)", p -> o -> C));
    t.add(simple("alld", "always defect (action 2; Akata's always-F)", p -> o -> D));
    t.add(simple("tft", "tit for tat: cooperate first, then copy the other's last move",
        p -> o -> o.roundsPlayed() == 0 ? C : o.theirMoveAgo(1)));
    t.add(simple("stft", "suspicious tit for tat: defect first, then copy the other's last move",
        p -> o -> o.roundsPlayed() == 0 ? D : o.theirMoveAgo(1)));
    t.add(simple("tf2t", "tit for two tats: defect only after two defections in a row",
        p -> o -> o.theirMoveAgo(1) == D && o.theirMoveAgo(2) == D ? D : C));
    t.add(simple("rtft", "reverse tit for tat: defect first, then play the opposite of the other's last move",
        p -> o -> o.roundsPlayed() == 0 ? D : 1 - o.theirMoveAgo(1)));
    t.add(simple("htft", "hard tit for tat: defect first, then defect if any of the other's last three moves was"
        + " a defection", p -> o -> {
          if (o.roundsPlayed() == 0) {
            return D;
          }
          for (int ago = 1; ago <= 3; ago++) {
            if (o.theirMoveAgo(ago) == D) {
              return D;
            }
          }
          return C;
        }));
    t.add(simple("grim", "grim trigger: cooperate until the other defects once, then defect forever",
        p -> new Function<>() {
          boolean triggered;
          int seen;

          @Override
          public Integer apply(MatrixObservation o) {
            for (int ago = o.roundsPlayed() - seen; ago >= 1 && !triggered; ago--) {
              triggered = o.theirMoveAgo(ago) == D;
            }
            seen = o.roundsPlayed();
            return triggered ? D : C;
          }
        }));
    t.add(simple("wsls", "win-stay lose-shift (Pavlov): cooperate first, then cooperate iff both chose the same"
        + " last round", p -> o -> o.roundsPlayed() == 0 || o.myMoveAgo(1) == o.theirMoveAgo(1) ? C : D));
    t.add(simple("alt", "alternate C, D, C, D, ... (Akata's JF alternation)",
        p -> o -> o.roundsPlayed() % 2 == 0 ? C : D));
    t.add(simple("alt-dc", "alternate D, C, D, C, ... (Akata's FJ alternation)",
        p -> o -> o.roundsPlayed() % 2 == 0 ? D : C));
    t.add(simple("def1", "defect once: defect in the first round, then cooperate forever",
        p -> o -> o.roundsPlayed() == 0 ? D : C));
    t.add(simple("prober", "prober: play D, C, C; if the other cooperated in rounds 2 and 3 defect forever,"
        + " else play tit for tat", p -> o -> {
          int n = o.roundsPlayed();
          if (n < 3) {
            return n == 0 ? D : C;
          }
          boolean exploitable = o.theirMoveAgo(n - 1) == C && o.theirMoveAgo(n - 2) == C;
          return exploitable ? D : o.theirMoveAgo(1);
        }));
    ParamSpec probeP = ParamSpec.real("p", 0.1, 0, 1, "probability of an unprovoked defection");
    t.add(new Type("naive-prober", "naive prober: tit for tat that also defects at random with probability p",
        List.of(probeP), (p, ctx) -> {
          double prob = p.real("p");
          return o -> o.roundsPlayed() == 0 ? C
              : o.theirMoveAgo(1) == D || ctx.random().nextDouble() < prob ? D : C;
        }));
    ParamSpec coopP = ParamSpec.real("p", 0.5, 0, 1, "probability of cooperating each round");
    t.add(new Type("random", "random: cooperate with probability p each round", List.of(coopP), (p, ctx) -> {
      double prob = p.real("p");
      return o -> ctx.random().nextDouble() < prob ? C : D;
    }));
    return t;
  }

  private static Type simple(String name, String description,
      Function<Params, Function<MatrixObservation, Integer>> rule) {
    return new Type(name, description, List.of(), (p, ctx) -> rule.apply(p));
  }

  /** How a strategy is made from its parameters and (for random ones) its match context. */
  private interface Maker {
    Function<MatrixObservation, Integer> make(Params params, MatchContext context);
  }

  private record Type(String name, String description, List<ParamSpec> parameters, Maker maker)
      implements AgentType {

    @Override
    public Optional<String> incompatibility(Game<?> game) {
      if (!(game instanceof MatrixGame m)) {
        return Optional.of("it plays repeated 2×2 matrix games (matrix, repeated), not " + game.type().id());
      }
      if (m.actionCount(0) != 2 || m.actionCount(1) != 2) {
        return Optional.of("it needs two actions per player; " + m.stage().name() + " has "
            + m.actionCount(0) + "×" + m.actionCount(1));
      }
      return Optional.empty();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> Agent<A> create(Params params, Game<A> game, AgentEnvironment environment) {
      return (Agent<A>) new Strategy(this, params);
    }
  }

  /** A strategy seated in one episode. */
  private static final class Strategy implements Agent<Integer> {
    private final Type type;
    private final Params params;
    private Function<MatrixObservation, Integer> rule;

    Strategy(Type type, Params params) {
      this.type = type;
      this.params = params;
    }

    @Override
    public void begin(MatchContext context) {
      rule = type.maker.make(params, context);
    }

    @Override
    public Decision<Integer> act(Observation observation, List<Integer> legalActions) {
      if (rule == null) {
        throw new IllegalStateException(type.name + " asked to act before begin()");
      }
      return Decision.of(rule.apply((MatrixObservation) observation));
    }

    @Override
    public String toString() {
      return params.toSpec(type.name).toString();
    }
  }
}
