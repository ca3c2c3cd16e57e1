package dev.parley.games.poker;

import dev.parley.core.game.ChanceOutcome;
import dev.parley.core.game.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Immutable Kuhn poker state: the two private cards (−1 until dealt) and the betting history, one
 * bit per move (bit i set = the i-th move was a bet).
 */
final class KuhnState implements PokerState {
  private final KuhnPoker game;
  private final int card0;
  private final int card1;
  private final int bets;
  private final int length;

  private KuhnState(KuhnPoker game, int card0, int card1, int bets, int length) {
    this.game = game;
    this.card0 = card0;
    this.card1 = card1;
    this.bets = bets;
    this.length = length;
  }

  static KuhnState initial(KuhnPoker game) {
    return new KuhnState(game, -1, -1, 0, 0);
  }

  private boolean dealt() {
    return card1 >= 0;
  }

  private int move(int i) {
    return (bets >>> i) & 1;
  }

  /** pp, bp, bb (two moves other than pb) or pbp, pbb (three moves). */
  private boolean over() {
    return length == 3 || length == 2 && !(move(0) == KuhnPoker.PASS && move(1) == KuhnPoker.BET);
  }

  /** The hand ended with a pass facing a bet: bp or pbp. */
  private boolean folded() {
    return over() && move(length - 1) == KuhnPoker.PASS && move(length - 2) == KuhnPoker.BET;
  }

  private int current() {
    return length % 2;
  }

  private int card(int seat) {
    return seat == 0 ? card0 : card1;
  }

  private int stake(int seat) {
    int s = 1;
    for (int i = seat; i < length; i += 2) {
      s += move(i);
    }
    return s;
  }

  @Override
  public Turn turn() {
    if (!dealt()) {
      return Turn.CHANCE;
    }
    return over() ? Turn.TERMINAL : Turn.single(current());
  }

  @Override
  public boolean facingBet(int seat) {
    return dealt() && !over() && seat == current() && length > 0 && move(length - 1) == KuhnPoker.BET;
  }

  @Override
  public List<Integer> legalActions(int seat) {
    return dealt() && !over() && seat == current() ? KuhnPoker.MOVES : List.of();
  }

  @Override
  public Optional<String> check(int seat, Integer action) {
    if (!dealt()) {
      return Optional.of("the dealer is dealing; player " + seat + " cannot move now");
    }
    if (over()) {
      return Optional.of("the hand is over");
    }
    if (seat != current()) {
      return Optional.of("it is player " + current() + "'s turn, not player " + seat + "'s");
    }
    if (action == null) {
      return Optional.of("no action given");
    }
    if (action != KuhnPoker.PASS && action != KuhnPoker.BET) {
      return Optional.of("action " + action + " is not a move of player " + seat + "; legal: pass, bet");
    }
    return Optional.empty();
  }

  @Override
  public List<ChanceOutcome<Integer>> chanceOutcomes() {
    if (card0 < 0) {
      return game.firstDeal();
    }
    return card1 < 0 ? game.secondDeal(card0) : List.of();
  }

  @Override
  public KuhnState apply(Integer action) {
    if (!dealt()) {
      int c = action == null ? -1 : action - KuhnPoker.DEAL;
      if (c < 0 || c >= KuhnPoker.CARDS.size() || c == card0) {
        throw new IllegalArgumentException("the dealer must deal a card still in the deck, got "
            + (action == null ? "no action" : "action " + action));
      }
      return card0 < 0 ? new KuhnState(game, c, -1, 0, 0) : new KuhnState(game, card0, c, 0, 0);
    }
    Optional<String> problem = check(current(), action);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    return new KuhnState(game, card0, card1, bets | (action << length), length + 1);
  }

  @Override
  public double[] returns() {
    double r = returns0();
    return new double[] {r, r == 0 ? 0 : -r};
  }

  @Override
  public double returns(int seat) {
    double r = returns0();
    return seat == 0 || r == 0 ? r : -r;
  }

  /** Player 0's return: the loser pays its stake to the winner. */
  private double returns0() {
    if (!dealt() || !over()) {
      return 0;
    }
    int winner;
    if (folded()) {
      winner = 1 - (length - 1) % 2;
    } else {
      winner = card0 > card1 ? 0 : 1;
    }
    int paid = stake(1 - winner);
    return winner == 0 ? paid : -paid;
  }

  @Override
  public int moveNumber() {
    return (card0 >= 0 ? 1 : 0) + (card1 >= 0 ? 1 : 0) + length;
  }

  /**
   * {@code p<seat>|<cards>|<bets>}: cards dealt so far in deal order, the seat's own by name and the
   * other as {@code ?} until a showdown shows it; bets as {@code p}/{@code b}. Example: {@code p1|?K|p}.
   */
  @Override
  public String informationStateKey(int seat) {
    StringBuilder sb = new StringBuilder(8).append('p').append(seat).append('|');
    boolean shown = showdown();
    for (int s = 0; s < 2; s++) {
      int c = card(s);
      if (c >= 0) {
        sb.append(s == seat || shown ? KuhnPoker.CARDS.get(c) : "?");
      }
    }
    sb.append('|');
    for (int i = 0; i < length; i++) {
      sb.append(move(i) == KuhnPoker.BET ? 'b' : 'p');
    }
    return sb.toString();
  }

  private boolean showdown() {
    return dealt() && over() && !folded();
  }

  @Override
  public TableView view(int seat) {
    List<Bet> list = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      boolean facing = i > 0 && move(i - 1) == KuhnPoker.BET;
      String verb;
      if (move(i) == KuhnPoker.BET) {
        verb = facing ? "bet 1 chip to call" : "bet 1 chip";
      } else {
        verb = facing ? "passed and folded" : "passed";
      }
      list.add(new Bet(1, i % 2, move(i) == KuhnPoker.BET ? "bet" : "pass", verb));
    }
    boolean over = dealt() && over();
    int own = card(seat);
    List<String> legal = new ArrayList<>();
    for (int a : legalActions(seat)) {
      legal.add(game.codec().encode(a));
    }
    return new TableView(seat,
        own >= 0 ? KuhnPoker.CARDS.get(own) : null,
        null,
        showdown() ? KuhnPoker.CARDS.get(card(1 - seat)) : null,
        1,
        list,
        stake(0) + stake(1),
        stake(seat),
        stake(1 - seat),
        dealt() && !over ? current() : -1,
        legal,
        over ? (folded() ? "fold" : "showdown") : null,
        returns(seat));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("KuhnState{cards ");
    sb.append(card0 < 0 ? "-" : KuhnPoker.CARDS.get(card0)).append(' ')
        .append(card1 < 0 ? "-" : KuhnPoker.CARDS.get(card1)).append(", bets ");
    for (int i = 0; i < length; i++) {
      sb.append(move(i) == KuhnPoker.BET ? 'b' : 'p');
    }
    return sb.append('}').toString();
  }
}
