package dev.parley.games.dond;

import dev.parley.core.game.Observation;
import dev.parley.games.dond.DondView.Move;
import dev.parley.games.dond.DondView.Outcome;
import java.util.List;
import java.util.Map;

/**
 * One seat's view of a Deal or No Deal negotiation: the rules, the items, its own values (never
 * the other's), every move so far, the standing proposal and, at the end, what it received. Text
 * and fields are built when asked; scripted agents read {@link #view()}.
 */
public final class DondObservation implements Observation {
  private final DealOrNoDeal game;
  private final DondState state;
  private final int seat;
  private DondView view;

  DondObservation(DealOrNoDeal game, DondState state, int seat) {
    this.game = game;
    this.state = state;
    this.seat = seat;
  }

  @Override
  public int seat() {
    return seat;
  }

  /** What this seat knows. */
  public DondView view() {
    if (view == null) {
      view = state.view(seat);
    }
    return view;
  }

  /** The item counts, null until dealt. */
  public ItemVector counts() {
    return view().counts();
  }

  /** This seat's values, null until dealt. */
  public ItemVector ownValues() {
    return view().ownValues();
  }

  /** What this seat would get by accepting, or null when no proposal of the other seat stands. */
  public ItemVector standingOffer() {
    return view().standingOffer();
  }

  public boolean isMyTurn() {
    return view().myTurn();
  }

  public List<Move> history() {
    return view().history();
  }

  @Override
  public String text() {
    DondView v = view();
    StringBuilder sb = new StringBuilder(game.rules()).append('\n');
    sb.append("You are player ").append(seat).append(seat == 0 ? " (you move first).\n" : " (you move second).\n");
    if (v.counts() == null) {
      sb.append("The items have not been dealt yet.\n");
    } else {
      sb.append("The items: ").append(v.counts().describe()).append(".\n");
    }
    if (v.ownValues() == null) {
      sb.append("Your values have not been dealt yet.\n");
    } else {
      ItemVector x = v.ownValues();
      sb.append("Your values: each book is worth ").append(x.books()).append(", each hat ").append(x.hats())
          .append(", each ball ").append(x.balls()).append("; the whole pool is worth ")
          .append(DondInstance.POOL_VALUE).append(" to you. The other player's values are private and may differ"
              + " from yours.\n");
    }
    if (!v.dealt()) {
      return sb.append("The items and values are being dealt.").toString();
    }
    List<Move> h = v.history();
    if (h.isEmpty()) {
      sb.append("No moves yet.\n");
    } else {
      sb.append("The negotiation so far:\n");
      for (int i = 0; i < h.size(); i++) {
        sb.append(i + 1).append(". ").append(describe(v, h.get(i))).append('\n');
      }
    }
    Outcome out = v.outcome();
    if (out == Outcome.AGREEMENT) {
      ItemVector share = v.agreedShare();
      sb.append("Agreement: you receive ").append(share.describe()).append(", worth ").append(v.value(share))
          .append(" to you.");
    } else if (out == Outcome.ENDED) {
      boolean me = h.get(h.size() - 1).seat() == seat;
      sb.append(me ? "You ended" : "The other player ended")
          .append(" the negotiation without agreement; nobody scores.");
    } else if (out == Outcome.TURN_LIMIT) {
      sb.append("No agreement within ").append(v.maxTurns()).append(" moves; nobody scores.");
    } else if (v.myTurn()) {
      ItemVector offer = v.standingOffer();
      if (offer != null) {
        sb.append("The other player's proposal stands: you would get ").append(offer.describe()).append(", worth ")
            .append(v.value(offer)).append(" to you.\n");
      }
      sb.append("It is your turn. Moves left for both players together: ").append(v.movesLeft()).append('.');
    } else {
      sb.append("Waiting for the other player. Moves left for both players together: ").append(v.movesLeft())
          .append('.');
    }
    return sb.toString();
  }

  private static String describe(DondView v, Move m) {
    boolean mine = m.seat() == v.seat();
    String who = mine ? "You" : "The other player";
    DondAction a = m.action();
    return switch (a.kind()) {
      case PROPOSE -> {
        ItemVector kept = a.items();
        ItemVector given = v.counts().minus(kept);
        ItemVector yours = mine ? kept : given;
        yield who + (mine ? " proposed to keep " + kept.describe() + " and give the other player " + given.describe()
            : " proposed to keep " + kept.describe() + " and give you " + given.describe())
            + " (worth " + v.value(yours) + " to you).";
      }
      case ACCEPT -> who + " accepted.";
      case REJECT -> who + " rejected the proposal.";
      case END -> who + " ended the negotiation.";
      default -> throw new IllegalStateException("chance move in the history: " + a);
    };
  }

  /**
   * JSON-safe fields: {@code game}, {@code seat}, {@code counts} and {@code your_values} (maps
   * books/hats/balls, null until dealt), {@code pool_value}, {@code history} (each
   * {@code {player, action}} with canonical action text), {@code max_turns}, {@code moves_left},
   * {@code dealt}, {@code your_turn}, {@code standing_offer} ({@code {you_get, they_get, your_score}}
   * or null), {@code over}, {@code outcome} ({@code agreement}, {@code ended}, {@code turn limit}
   * or null), {@code your_share} and {@code your_return}.
   */
  @Override
  public Map<String, Object> fields() {
    return view().toFields(DealOrNoDeal.TYPE.id());
  }

  @Override
  public String toString() {
    return "DondObservation{" + state.informationStateKey(seat) + "}";
  }
}
