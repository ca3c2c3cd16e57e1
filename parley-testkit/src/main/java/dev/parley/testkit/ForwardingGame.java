package dev.parley.testkit;

import dev.parley.core.episode.Episode;
import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.ActionIndex;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Observation;
import dev.parley.core.game.Params;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A game that passes every call to another; override what a test changes (a declared fact, a
 * return bound) to check that a suite or an algorithm notices.
 */
public abstract class ForwardingGame<A> implements Game<A> {
  private final Game<A> delegate;

  protected ForwardingGame(Game<A> delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  protected Game<A> delegate() {
    return delegate;
  }

  @Override
  public GameType type() {
    return delegate.type();
  }

  @Override
  public Params params() {
    return delegate.params();
  }

  @Override
  public int numPlayers() {
    return delegate.numPlayers();
  }

  @Override
  public GameState<A> newInitialState() {
    return delegate.newInitialState();
  }

  @Override
  public Observation observe(GameState<A> state, int seat) {
    return delegate.observe(state, seat);
  }

  @Override
  public ActionCodec<A> codec() {
    return delegate.codec();
  }

  @Override
  public GameType.UtilityKind utility() {
    return delegate.utility();
  }

  @Override
  public String seatName(int seat) {
    return delegate.seatName(seat);
  }

  @Override
  public String rules() {
    return delegate.rules();
  }

  @Override
  public Optional<ActionIndex<A>> actionIndex() {
    return delegate.actionIndex();
  }

  @Override
  public double minReturn() {
    return delegate.minReturn();
  }

  @Override
  public double maxReturn() {
    return delegate.maxReturn();
  }

  @Override
  public Map<String, Double> metrics(Episode episode, int seat) {
    return delegate.metrics(episode, seat);
  }

  @Override
  public Optional<A> defaultAction(GameState<A> state, int seat) {
    return delegate.defaultAction(state, seat);
  }

  @Override
  public double[] forfeitReturns(GameState<A> state, int offender) {
    return delegate.forfeitReturns(state, offender);
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}
