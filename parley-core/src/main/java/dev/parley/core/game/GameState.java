package dev.parley.core.game;

import java.util.List;
import java.util.Optional;

/**
 * An immutable game state. {@link #apply} and {@link #applyJoint} return new states and leave this
 * one unchanged, so a state may be shared between threads and branched from freely.
 *
 * @param <A> the action type
 */
public interface GameState<A> {

  /** Who moves now. */
  Turn turn();

  default boolean isTerminal() {
    return turn().isTerminal();
  }

  /**
   * The legal actions of {@code seat}, sorted and stable (the same list for the same state); empty
   * when the seat does not act now. When the action space is open ({@link #hasOpenActions(int)},
   * e.g. any price), a representative sample of legal actions for random play and the random-legal
   * policy — agents are then shown no list and {@link #check} decides.
   */
  List<A> legalActions(int seat);

  /** True when {@code seat}'s actions cannot all be listed (free prices, free text); use {@link #check}. */
  default boolean hasOpenActions(int seat) {
    return false;
  }

  /** Why {@code action} is illegal for {@code seat} now, or empty when it is legal. */
  Optional<String> check(int seat, A action);

  /** Outcomes of the chance node with their probabilities; empty unless chance moves. */
  default List<ChanceOutcome<A>> chanceOutcomes() {
    return List.of();
  }

  /** The state after the single mover (a player or chance) takes {@code action}. */
  GameState<A> apply(A action);

  /**
   * The state after every acting seat moves at once; {@code actions.get(i)} is the action of
   * {@code turn().seat(i)}. For a single mover this is {@code apply(actions.get(0))}.
   */
  default GameState<A> applyJoint(List<A> actions) {
    if (actions.size() != 1) {
      throw new IllegalArgumentException("expected 1 action for " + turn() + ", got " + actions.size());
    }
    return apply(actions.get(0));
  }

  /** Each player's return so far (final returns at a terminal state). A fresh array. */
  double[] returns();

  /** One player's return so far. */
  default double returns(int seat) {
    return returns()[seat];
  }

  /** Number of moves (joint moves count once, chance moves count) made from the initial state. */
  int moveNumber();

  /**
   * A key identifying what {@code seat} knows here (its information set); equal keys mean the seat
   * cannot tell the states apart.
   */
  String informationStateKey(int seat);
}
