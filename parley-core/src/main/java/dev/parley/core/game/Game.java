package dev.parley.core.game;

import java.util.Optional;

/**
 * A configured game: its facts, its parameters, how to start, what each seat sees and how actions
 * are written. Games are pure: no I/O, clock or global random source; chance is an explicit player.
 *
 * <p>{@link #toString()} is the canonical spec (name and every parameter) and
 * {@code GameRegistry.load(game.toString())} gives an equal game. Implementations compute it once:
 * the engine asks for it every episode.
 */
public interface Game<A> {
  GameType type();

  Params params();

  int numPlayers();

  GameState<A> newInitialState();

  /** What {@code seat} sees in {@code state}; never another seat's private information. */
  Observation observe(GameState<A> state, int seat);

  ActionCodec<A> codec();

  /** How this configured game's returns relate (may be more specific than the type's). */
  default GameType.UtilityKind utility() {
    return type().utility();
  }

  /** A name for a seat, e.g. {@code buyer}, {@code seller}; {@code seat N} by default. */
  default String seatName(int seat) {
    return "seat " + seat;
  }

  /** Rules in plain language, for prompts and help. */
  String rules();

  /** A dense action index when the game is finite and has one. */
  default Optional<ActionIndex<A>> actionIndex() {
    return Optional.empty();
  }

  /** The lowest return a player can get over a whole episode. */
  double minReturn();

  /** The highest return a player can get over a whole episode. */
  double maxReturn();

  /**
   * Numbers describing how an episode went for {@code seat}, for campaign tables and reports
   * (e.g. {@code deal}, {@code price}, {@code turns}). The default is the seat's return.
   */
  default java.util.Map<String, Double> metrics(dev.parley.core.episode.Episode episode, int seat) {
    return java.util.Map.of("return", episode.returnOf(seat));
  }

  /** The action used by the default-action illegal-move policy: the first legal action. */
  default Optional<A> defaultAction(GameState<A> state, int seat) {
    var legal = state.legalActions(seat);
    return legal.isEmpty() ? Optional.empty() : Optional.of(legal.get(0));
  }

  /**
   * Returns when {@code offender} forfeits in {@code state}: everyone keeps what they have, the
   * offender gets {@link #minReturn()}.
   */
  default double[] forfeitReturns(GameState<A> state, int offender) {
    double[] r = state.returns();
    r[offender] = minReturn();
    return r;
  }
}
