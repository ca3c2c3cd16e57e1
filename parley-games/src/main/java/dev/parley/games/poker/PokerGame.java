package dev.parley.games.poker;

import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.ActionIndex;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Observation;
import dev.parley.core.game.Params;
import java.util.Optional;

/**
 * What Kuhn and Leduc poker share as games: two seats, a codec over integer actions with a dense
 * index, rules text, a symmetric return bound, observations built from their {@link PokerState},
 * and identity by canonical spec.
 */
abstract class PokerGame implements Game<Integer> {
  private final GameType type;
  private final Params params;
  private final String spec;
  private final PokerCodec codec;
  private final String rules;
  private final int actions;
  private final double bound;
  private final boolean publicCard;
  private final Class<? extends PokerState> stateType;

  PokerGame(GameType type, Params params, PokerCodec codec, String rules, int actions, double bound,
      boolean publicCard, Class<? extends PokerState> stateType) {
    this.type = type;
    this.params = params;
    this.spec = params.toSpec(type.id()).toString();
    this.codec = codec;
    this.rules = rules;
    this.actions = actions;
    this.bound = bound;
    this.publicCard = publicCard;
    this.stateType = stateType;
  }

  @Override
  public GameType type() {
    return type;
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public int numPlayers() {
    return 2;
  }

  @Override
  public Observation observe(GameState<Integer> state, int seat) {
    if (seat != 0 && seat != 1) {
      throw new IllegalArgumentException("seat must be 0 or 1, was " + seat);
    }
    if (!stateType.isInstance(state)) {
      throw new IllegalArgumentException("not a " + type.id() + " state: " + state);
    }
    return new PokerObservation(type.id(), rules, publicCard, (PokerState) state, seat);
  }

  @Override
  public ActionCodec<Integer> codec() {
    return codec;
  }

  @Override
  public Optional<ActionIndex<Integer>> actionIndex() {
    return Optional.of(ActionIndex.integers(actions));
  }

  @Override
  public String rules() {
    return rules;
  }

  @Override
  public double minReturn() {
    return -bound;
  }

  @Override
  public double maxReturn() {
    return bound;
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((PokerGame) o).spec.equals(spec);
  }

  @Override
  public int hashCode() {
    return spec.hashCode();
  }

  @Override
  public String toString() {
    return spec;
  }
}
