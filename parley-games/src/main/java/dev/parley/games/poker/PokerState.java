package dev.parley.games.poker;

import dev.parley.core.game.GameState;
import java.util.List;

/** What the poker states share: whether a seat faces a bet, and a seat's view of the table. */
interface PokerState extends GameState<Integer> {

  /** True when {@code seat} must add chips to stay in (fold is an option). */
  boolean facingBet(int seat);

  /** What {@code seat} sees: only its own card, the public card and cards shown at showdown. */
  TableView view(int seat);

  /**
   * One betting move, public to both seats: {@code round} counts from 1, {@code action} is the
   * canonical text, {@code verb} says it in words ({@code checked}, {@code raised by 2}).
   */
  record Bet(int round, int seat, String action, String verb) {}

  /**
   * One seat's view of the table.
   *
   * @param ownCard the seat's private card, null before it is dealt
   * @param publicCard the public card, null when none is showing
   * @param opponentCard the opponent's card, null unless shown at showdown
   * @param toAct the seat to act, or −1 while the dealer deals or when the hand is over
   * @param legal this seat's legal moves now (empty unless it is to act)
   * @param ending {@code fold} or {@code showdown} once the hand is over, else null
   * @param ownReturn chips won (negative: lost) once the hand is over, else 0
   */
  record TableView(
      int seat,
      String ownCard,
      String publicCard,
      String opponentCard,
      int round,
      List<Bet> bets,
      int pot,
      int ownStake,
      int opponentStake,
      int toAct,
      List<String> legal,
      String ending,
      double ownReturn) {
    public TableView {
      bets = List.copyOf(bets);
      legal = List.copyOf(legal);
    }

    boolean over() {
      return ending != null;
    }
  }
}
