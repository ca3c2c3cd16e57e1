package dev.parley.core.engine;

import dev.parley.core.episode.Step;
import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import dev.parley.core.game.ParseResult;
import dev.parley.core.game.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rebuilds the states of recorded play from the steps' canonical action text: observations are not
 * stored, they are a pure function of the game and the history, so anything that needs what a seat
 * saw (preference data, branching, continuations) replays the steps through the game's codec.
 */
public final class Replay {
  private Replay() {}

  /**
   * The state before each step (the steps of one simultaneous move share the state before that
   * move), then the state after the last step: {@code steps.size() + 1} states from the game's
   * initial state.
   *
   * @throws IllegalArgumentException naming the move when the steps of a move do not match the
   *     seats that move there, an action does not parse, or a seat's action is illegal
   */
  public static <A> List<GameState<A>> statesBefore(Game<A> game, List<Step> steps) {
    return of(game, steps).states();
  }

  /**
   * Recorded steps replayed: {@code states} as {@link #statesBefore} gives them, and the action
   * each step's text parsed to.
   */
  public record Trace<A>(List<GameState<A>> states, List<A> actions) {
    public Trace {
      states = List.copyOf(states);
      actions = List.copyOf(actions);
    }
  }

  /**
   * Replays {@code steps} from the game's initial state.
   *
   * @throws IllegalArgumentException as {@link #statesBefore}
   */
  public static <A> Trace<A> of(Game<A> game, List<Step> steps) {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(steps, "steps");
    ActionCodec<A> codec = game.codec();
    List<GameState<A>> out = new ArrayList<>(steps.size() + 1);
    List<A> actions = new ArrayList<>(steps.size());
    GameState<A> state = game.newInitialState();
    int i = 0;
    while (i < steps.size()) {
      int move = steps.get(i).move();
      int end = i;
      while (end < steps.size() && steps.get(end).move() == move) {
        end++;
      }
      Turn turn = state.turn();
      if (turn.isTerminal() || turn.count() != end - i) {
        throw new IllegalArgumentException("move " + move + ": " + (end - i) + " stored step(s) where the game has "
            + turn);
      }
      List<A> joint = new ArrayList<>(end - i);
      for (int k = i; k < end; k++) {
        Step s = steps.get(k);
        int expected = turn.seat(k - i);
        if (s.seat() != expected) {
          throw new IllegalArgumentException("move " + move + ": seat " + s.seat() + " stored where "
              + (expected < 0 ? "chance" : "seat " + expected) + " moves");
        }
        ParseResult<A> parsed = codec.parse(s.action());
        if (!(parsed instanceof ParseResult.Ok<A> ok)) {
          throw new IllegalArgumentException("move " + move + ": stored action '" + s.action()
              + "' does not parse: " + parsed);
        }
        if (s.seat() >= 0) {
          state.check(s.seat(), ok.action()).ifPresent(why -> {
            throw new IllegalArgumentException("move " + move + ": stored action '" + s.action() + "' is illegal: "
                + why);
          });
        }
        joint.add(ok.action());
        actions.add(ok.action());
        out.add(state);
      }
      state = joint.size() == 1 ? state.apply(joint.get(0)) : state.applyJoint(joint);
      i = end;
    }
    out.add(state);
    return new Trace<>(out, actions);
  }
}
