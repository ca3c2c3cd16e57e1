package dev.parley.games.common;

import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.agent.Feedback;
import dev.parley.core.critic.Critic;
import dev.parley.core.critic.CriticProvider;
import dev.parley.core.critic.CriticType;
import dev.parley.core.game.Game;
import dev.parley.core.game.ParamSpec;
import dev.parley.core.game.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Critics that need no model, after the feedback ablations of Fu et al. (2023; REFERENCE §1.1):
 *
 * <ul>
 *   <li>{@code constant}: the same message every time, "Play again and do better." (the paper's
 *       constant-feedback ablation); no suggestions, no score.
 *   <li>{@code tips(count=3)}: {@code count} different tips drawn from a pool of ten
 *       hand-written negotiation tips ({@link #TIPS}), seeded by the request's seed (the paper's
 *       human feedback: three suggestions drawn from a pool of ten).
 *   <li>{@code rule}: the game family's own rule critic, for games that implement
 *       {@link RuleCritiqued} (the bargaining game does).
 * </ul>
 *
 * <p>{@code constant} and {@code tips} read any game.
 */
public final class Critics implements CriticProvider {
  /** The constant feedback of the paper's ablation. */
  public static final String CONSTANT_TEXT = "Play again and do better.";

  /** Ten general negotiation tips, written for Parley; none names a price. */
  public static final List<String> TIPS = List.of(
      "Decide before you start what the least favourable result is that you would still accept, and keep to it.",
      "Let your first offer be ambitious but defensible; it anchors the rest of the talk.",
      "Make concessions in shrinking steps, so the other side sees you approaching your limit.",
      "Never concede twice in a row without getting something back.",
      "Give a short reason with every offer; reasons make numbers easier to accept.",
      "Ask questions to learn what matters to the other side before you move.",
      "Stay polite and calm, even when the other side is not; a friendly tone keeps a deal possible.",
      "Do not accept the first counter-offer you get; there is usually more room.",
      "Keep track of how much time is left, and save your last concession for the end.",
      "Be willing to walk away from a bad deal, and let the other side know it without threatening.");

  static final ParamSpec COUNT = ParamSpec.integer("count", 3, 1, TIPS.size(), "number of tips drawn each time");

  @Override
  public List<CriticType> criticTypes() {
    return List.of(new Type("constant", "the same message every time: \"" + CONSTANT_TEXT + "\" (Fu et al.'s "
        + "constant-feedback ablation)", List.of()),
        new Type("tips", "count tips drawn from a pool of ten hand-written negotiation tips (Fu et al.'s human "
            + "feedback ablation)", List.of(COUNT)),
        new Type("rule", "the game's own rule critic: structured adjustments for scripted agents plus suggestions",
            List.of()));
  }

  /** Feedback with {@code count} distinct tips drawn from {@link #TIPS} with a generator seeded by {@code seed}. */
  static Feedback tips(int seat, int count, long seed) {
    List<String> pool = new ArrayList<>(TIPS);
    SplittableRandom rng = new SplittableRandom(seed);
    List<String> drawn = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int j = i + rng.nextInt(pool.size() - i);
      String pick = pool.get(j);
      pool.set(j, pool.get(i));
      pool.set(i, pick);
      drawn.add(pick);
    }
    return new Feedback(seat, Double.NaN, Map.of(), drawn, Map.of(), "Some advice for your next game:", "human-tips");
  }

  private record Type(String name, String description, List<ParamSpec> parameters) implements CriticType {
    @Override
    public Optional<String> incompatibility(Game<?> game) {
      if (name.equals("rule") && !(game instanceof RuleCritiqued)) {
        return Optional.of("no rule critic is written for " + game.type().id() + " (rule critics exist for games "
            + "that implement " + RuleCritiqued.class.getSimpleName() + ", e.g. bargaining)");
      }
      return Optional.empty();
    }

    @Override
    public Critic create(Params params, Game<?> game, AgentEnvironment environment) {
      return switch (name) {
        case "constant" -> request -> Feedback.text(request.seat(), "constant", CONSTANT_TEXT, List.of());
        case "tips" -> {
          int count = params.intValue("count");
          yield request -> tips(request.seat(), count, request.seed());
        }
        case "rule" -> ((RuleCritiqued) game).ruleCritic();
        default -> throw new IllegalStateException("unknown critic type " + name);
      };
    }
  }
}
