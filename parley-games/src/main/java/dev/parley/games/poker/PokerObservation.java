package dev.parley.games.poker;

import dev.parley.core.game.Observation;
import dev.parley.core.game.Params;
import dev.parley.games.poker.PokerState.Bet;
import dev.parley.games.poker.PokerState.TableView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One seat's view of a poker hand: the rules, its own card, the public card once dealt, every bet
 * so far, the pot, and at the end how the hand ended. The opponent's card appears only after a
 * showdown. Text and fields are built when asked.
 */
public final class PokerObservation implements Observation {
  private final String gameId;
  private final String rules;
  private final boolean hasPublicCard;
  private final PokerState state;
  private final int seat;
  private TableView view;

  PokerObservation(String gameId, String rules, boolean hasPublicCard, PokerState state, int seat) {
    this.gameId = gameId;
    this.rules = rules;
    this.hasPublicCard = hasPublicCard;
    this.state = state;
    this.seat = seat;
  }

  @Override
  public int seat() {
    return seat;
  }

  private TableView view() {
    if (view == null) {
      view = state.view(seat);
    }
    return view;
  }

  @Override
  public String text() {
    TableView v = view();
    StringBuilder sb = new StringBuilder(rules).append('\n');
    sb.append("You are player ").append(seat).append(seat == 0 ? " (you act first" : " (you act second")
        .append(hasPublicCard ? " in each betting round).\n" : ").\n");
    sb.append(v.ownCard() == null ? "Your card has not been dealt yet.\n" : "Your card: " + v.ownCard() + ".\n");
    if (hasPublicCard) {
      sb.append(v.publicCard() == null ? "Public card: not revealed yet.\n" : "Public card: " + v.publicCard() + ".\n");
    }
    if (v.bets().isEmpty()) {
      sb.append("No bets yet.\n");
    } else {
      int round = 0;
      for (Bet b : v.bets()) {
        if (b.round() != round) {
          if (round != 0) {
            sb.append(".\n");
          }
          round = b.round();
          sb.append(hasPublicCard ? "Betting round " + round + ": " : "Betting: ");
        } else {
          sb.append(", ");
        }
        sb.append(b.seat() == seat ? "you " : "the opponent ").append(b.verb());
      }
      sb.append(".\n");
    }
    sb.append("Pot: ").append(chips(v.pot())).append(" (you put in ").append(v.ownStake())
        .append(", the opponent ").append(v.opponentStake()).append(").\n");
    if (v.over()) {
      if (v.ending().equals("fold")) {
        boolean iFolded = v.bets().get(v.bets().size() - 1).seat() == seat;
        sb.append("The hand is over: ").append(iFolded ? "you folded" : "the opponent folded").append(". ");
      } else {
        sb.append("Showdown: your ").append(v.ownCard()).append(" against the opponent's ").append(v.opponentCard());
        if (hasPublicCard) {
          sb.append(", public card ").append(v.publicCard());
        }
        sb.append(". ");
      }
      double r = v.ownReturn();
      sb.append(r > 0 ? "You win " + chips(r) : r < 0 ? "You lose " + chips(-r) : "It is a tie; the pot is split")
          .append('.');
    } else if (v.toAct() < 0) {
      sb.append("The dealer is dealing.");
    } else if (v.toAct() == seat) {
      sb.append("It is your turn. Your options: ").append(String.join(", ", v.legal())).append('.');
    } else {
      sb.append("Waiting for the opponent.");
    }
    return sb.toString();
  }

  private static String chips(double n) {
    return Params.formatNumber(n) + (n == 1 ? " chip" : " chips");
  }

  @Override
  public Map<String, Object> fields() {
    TableView v = view();
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("game", gameId);
    f.put("seat", seat);
    f.put("your_card", v.ownCard());
    if (hasPublicCard) {
      f.put("public_card", v.publicCard());
    }
    f.put("opponent_card", v.opponentCard());
    f.put("round", v.round());
    List<Map<String, Object>> history = new ArrayList<>();
    for (Bet b : v.bets()) {
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("round", b.round());
      h.put("player", b.seat());
      h.put("action", b.action());
      history.add(h);
    }
    f.put("history", history);
    f.put("pot", v.pot());
    f.put("your_stake", v.ownStake());
    f.put("their_stake", v.opponentStake());
    f.put("your_turn", v.toAct() == seat);
    f.put("legal", v.legal());
    f.put("over", v.over());
    f.put("ending", v.ending());
    f.put("your_return", v.ownReturn());
    return f;
  }

  @Override
  public String toString() {
    // Only what this seat knows: the state itself would show the other seat's card.
    return "PokerObservation{" + gameId + ", seat " + seat + ", " + state.informationStateKey(seat) + "}";
  }
}
