package dev.parley.games.publicgoods;

import dev.parley.core.game.GameState;
import dev.parley.core.game.Turn;
import java.util.List;
import java.util.Optional;

/**
 * Immutable state of a public goods game: the rounds played so far, as a persistent linked history
 * shared between successive states, and the running totals. Every player moves at once in each
 * round ({@link #applyJoint}); the state after the last round is terminal.
 */
final class PublicGoodsState implements GameState<Integer> {

  /** One played round; {@code number} counts from 1. Arrays are never modified after construction. */
  static final class Round {
    final Round previous;
    final int number;
    final int[] contributions;
    final long total;
    final double share;
    final double[] payoffs;

    Round(Round previous, int[] contributions, long total, double share, double[] payoffs) {
      this.previous = previous;
      this.number = previous == null ? 1 : previous.number + 1;
      this.contributions = contributions;
      this.total = total;
      this.share = share;
      this.payoffs = payoffs;
    }
  }

  final PublicGoodsGame game;
  final Round last;
  private final double[] totals;

  private PublicGoodsState(PublicGoodsGame game, Round last, double[] totals) {
    this.game = game;
    this.last = last;
    this.totals = totals;
  }

  static PublicGoodsState initial(PublicGoodsGame game) {
    return new PublicGoodsState(game, null, new double[game.numPlayers()]);
  }

  int roundsPlayed() {
    return last == null ? 0 : last.number;
  }

  /** Played rounds, oldest first. */
  Round[] rounds() {
    Round[] all = new Round[roundsPlayed()];
    for (Round r = last; r != null; r = r.previous) {
      all[r.number - 1] = r;
    }
    return all;
  }

  /** The round {@code ago} rounds back (1 = the last one), or null when there is none. */
  Round roundAgo(int ago) {
    if (ago < 1) {
      return null;
    }
    Round r = last;
    for (int i = 1; i < ago && r != null; i++) {
      r = r.previous;
    }
    return r;
  }

  @Override
  public Turn turn() {
    return roundsPlayed() >= game.rounds() ? Turn.TERMINAL : Turn.everyone(game.numPlayers());
  }

  @Override
  public List<Integer> legalActions(int seat) {
    return isTerminal() || seat < 0 || seat >= game.numPlayers() ? List.of() : game.contributions();
  }

  @Override
  public Optional<String> check(int seat, Integer action) {
    if (seat < 0 || seat >= game.numPlayers()) {
      return Optional.of("no seat " + seat + " in a " + game.numPlayers() + "-player game");
    }
    if (isTerminal()) {
      return Optional.of("the game is over after " + game.rounds() + (game.rounds() == 1 ? " round" : " rounds"));
    }
    if (action == null) {
      return Optional.of("no contribution given");
    }
    int c = action;
    if (c < 0 || c > game.endowment()) {
      return Optional.of("contribution " + c + " is outside 0.." + game.endowment()
          + ": contribute a whole number of coins from 0 to your endowment of " + game.endowment());
    }
    return Optional.empty();
  }

  @Override
  public GameState<Integer> apply(Integer action) {
    throw new IllegalStateException("all " + game.numPlayers() + " players contribute at once: use applyJoint ("
        + turn() + ")");
  }

  @Override
  public GameState<Integer> applyJoint(List<Integer> actions) {
    if (isTerminal()) {
      throw new IllegalStateException("the game is over after " + game.rounds() + " rounds; no more contributions");
    }
    int n = game.numPlayers();
    if (actions.size() != n) {
      throw new IllegalArgumentException("expected " + n + " contributions (one per player), got " + actions.size());
    }
    int[] contributions = new int[n];
    long total = 0;
    for (int i = 0; i < n; i++) {
      Integer a = actions.get(i);
      Optional<String> problem = check(i, a);
      if (problem.isPresent()) {
        throw new IllegalArgumentException(game.seatName(i) + ": " + problem.get());
      }
      contributions[i] = a;
      total += a;
    }
    double share = game.share(total);
    double[] payoffs = new double[n];
    double[] next = new double[n];
    for (int i = 0; i < n; i++) {
      payoffs[i] = game.endowment() - contributions[i] + share;
      next[i] = totals[i] + payoffs[i];
    }
    return new PublicGoodsState(game, new Round(last, contributions, total, share, payoffs), next);
  }

  @Override
  public double[] returns() {
    return totals.clone();
  }

  @Override
  public double returns(int seat) {
    return totals[seat];
  }

  @Override
  public int moveNumber() {
    return roundsPlayed();
  }

  /** Everything is public once a round is over, so a seat knows the whole history: its seat and the contributions. */
  @Override
  public String informationStateKey(int seat) {
    StringBuilder sb = new StringBuilder("p").append(seat).append('|');
    for (Round r : rounds()) {
      if (r.number > 1) {
        sb.append(';');
      }
      for (int i = 0; i < r.contributions.length; i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(r.contributions[i]);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "PublicGoodsState{round " + roundsPlayed() + "/" + game.rounds() + ", contributions "
        + informationStateKey(0).substring(3) + "}";
  }
}
