package dev.parley.learn.build;

import dev.parley.core.agent.DecisionTrace;
import dev.parley.core.engine.Replay;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Step;
import dev.parley.core.episode.Violation;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParseResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the decisions of an episode back with their prompt contexts. The episode is replayed from
 * the game's initial state through its codec (every stored action must parse and be legal), so the
 * state before each move is known: its information-state key goes into the context, and for a
 * scripted step (no decision trace with a prompt) the prompt is the acting seat's observation text
 * in that state. A model-driven step's prompt is the one in its {@link DecisionTrace}, and its
 * completion is the model's raw reply.
 *
 * <p>Left out: chance moves, and moves whose action the engine chose in place of the agent (a
 * violation at that move and seat resolved by {@code RANDOM_LEGAL} or {@code DEFAULT_ACTION}).
 */
public final class DecisionPoints {
  private DecisionPoints() {}

  /**
   * Every agent decision of {@code episodes}, in order, each episode's game loaded once from its spec
   * by {@code games} (e.g. {@code GameRegistry::load}).
   */
  public static List<DecisionPoint> ofEpisodes(Iterable<Episode> episodes, Function<String, ? extends Game<?>> games,
      OutcomeMeasure measure) {
    Objects.requireNonNull(episodes, "episodes");
    Objects.requireNonNull(games, "games");
    Map<String, Game<?>> loaded = new HashMap<>();
    List<DecisionPoint> out = new ArrayList<>();
    for (Episode e : episodes) {
      out.addAll(of(e, loaded.computeIfAbsent(e.game(), games), measure));
    }
    return out;
  }

  /** Every agent decision of {@code episode}, in step order. */
  public static <A> List<DecisionPoint> of(Episode episode, Game<A> game, OutcomeMeasure measure) {
    Objects.requireNonNull(measure, "measure");
    List<GameState<A>> before = statesBefore(episode, game);
    Set<Long> substituted = substituted(episode);
    List<DecisionPoint> out = new ArrayList<>();
    List<Step> steps = episode.steps();
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (s.seat() >= 0 && !substituted.contains(key(s.move(), s.seat()))) {
        out.add(point(episode, game, before.get(i), i, -1, measure));
      }
    }
    return out;
  }

  /**
   * The decision at step {@code step} of {@code episode}.
   *
   * @param branch the branch index when {@code episode} is a branch re-play, else −1
   * @throws IllegalArgumentException for a chance step or one whose action the engine substituted
   */
  public static <A> DecisionPoint at(Episode episode, Game<A> game, int step, int branch, OutcomeMeasure measure) {
    Objects.requireNonNull(measure, "measure");
    List<GameState<A>> before = statesBefore(episode, game);
    if (step < 0 || step >= episode.steps().size()) {
      throw new IllegalArgumentException("step must be in 0.." + (episode.steps().size() - 1) + " of episode "
          + episode.id() + ", was " + step);
    }
    Step s = episode.steps().get(step);
    if (s.seat() < 0) {
      throw new IllegalArgumentException("step " + step + " of episode " + episode.id() + " is a chance move");
    }
    if (substituted(episode).contains(key(s.move(), s.seat()))) {
      throw new IllegalArgumentException("step " + step + " of episode " + episode.id() + ": the engine chose the "
          + "action in place of seat " + s.seat());
    }
    return point(episode, game, before.get(step), step, branch, measure);
  }

  private static <A> DecisionPoint point(Episode episode, Game<A> game, GameState<A> state, int index, int branch,
      OutcomeMeasure measure) {
    Step s = episode.steps().get(index);
    DecisionTrace t = s.trace();
    boolean model = t != null && t.prompt() != null && !t.prompt().isBlank();
    boolean raw = model && t.rawOutput() != null;
    Observation seen = model && raw ? null : game.observe(state, s.seat());
    String prompt = model ? t.prompt() : seen.text();
    A action = ((ParseResult.Ok<A>) game.codec().parse(s.action())).action();
    // a scripted move is written as a player following the format instructions would write it
    String completion = raw ? t.rawOutput() : game.codec().reply(action, seen);
    PromptContext context = new PromptContext(episode.game(), s.seat(), state.informationStateKey(s.seat()), prompt);
    String move = game.codec().move(action);
    return new DecisionPoint(context, completion, s.action(), move, episode, index, branch,
        measure.of(episode, s.seat()));
  }

  /**
   * The state before each step of {@code episode} (steps of one simultaneous move share the state
   * before that move), then the state after the last step: {@code steps().size() + 1} states.
   *
   * @throws IllegalArgumentException when the episode is of another game, or a stored action does
   *     not parse, is illegal, or is played by a seat that is not to move
   */
  static <A> List<GameState<A>> statesBefore(Episode episode, Game<A> game) {
    Objects.requireNonNull(episode, "episode");
    Objects.requireNonNull(game, "game");
    if (!game.toString().equals(episode.game())) {
      throw new IllegalArgumentException("episode " + episode.id() + " is of game " + episode.game() + ", not "
          + game);
    }
    try {
      return Replay.statesBefore(game, episode.steps());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("episode " + episode.id() + ", " + e.getMessage(), e);
    }
  }

  /** True when the engine chose {@code step}'s action in place of its seat. */
  static boolean substituted(Episode episode, Step step) {
    return substituted(episode).contains(key(step.move(), step.seat()));
  }

  private static Set<Long> substituted(Episode episode) {
    Set<Long> s = new HashSet<>();
    for (Violation v : episode.violations()) {
      if (v.resolution() == Violation.Resolution.RANDOM_LEGAL || v.resolution() == Violation.Resolution.DEFAULT_ACTION) {
        s.add(key(v.move(), v.seat()));
      }
    }
    return s;
  }

  private static long key(int move, int seat) {
    return ((long) move << 32) | (seat & 0xffffffffL);
  }
}
