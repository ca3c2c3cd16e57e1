package dev.parley.games.bargaining;

import dev.parley.games.bargaining.BargainAction.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A finished (or stopped) bargaining episode read back from its record: every move after the
 * opening with the price it put on the table, and how the game ended. Metrics and the rule critic
 * read episodes through this class.
 */
public final class Transcript {
  /**
   * One move after the opening. {@code priceCents} is what the move put on the table: an offer's
   * price, an accepted offer's price, or in free text the message's last dollar amount; −1 when
   * none. {@code message} counts buyer and seller messages from 1 (0 for verdicts).
   */
  public record Move(int seat, BargainAction action, long priceCents, int message) {}

  private final BargainingGame game;
  private final BargainingState state;
  private final List<Move> moves;

  Transcript(BargainingGame game, BargainingState state) {
    this.game = game;
    this.state = state;
    List<Move> m = new ArrayList<>();
    int message = 0;
    for (BargainingState.Event e : state.events()) {
      boolean isMessage = e.action.isMessage();
      if (isMessage) {
        message++;
      }
      long price = e.action.kind() == Kind.ACCEPT ? state.dealCents() : e.named;
      m.add(new Move(e.seat, e.action, price, isMessage ? message : 0));
    }
    this.moves = Collections.unmodifiableList(m);
  }

  public BargainingGame game() {
    return game;
  }

  /** Every move after the opening, oldest first. */
  public List<Move> moves() {
    return moves;
  }

  /** The moves of one seat. */
  public List<Move> movesOf(int seat) {
    List<Move> r = new ArrayList<>();
    for (Move m : moves) {
      if (m.seat() == seat) {
        r.add(m);
      }
    }
    return r;
  }

  /** The prices {@code seat} put on the table after the opening (offers; free text: named prices). */
  public List<Long> offersOf(int seat) {
    List<Long> r = new ArrayList<>();
    for (Move m : moves) {
      if (m.seat() == seat && m.priceCents() >= 0 && m.action().kind() != Kind.ACCEPT) {
        r.add(m.priceCents());
      }
    }
    return r;
  }

  /** True when the game reached its end (false for a forfeited or truncated episode). */
  public boolean finished() {
    return state.isTerminal();
  }

  public boolean deal() {
    return state.deal();
  }

  /** The deal price in cents, or −1. */
  public long dealCents() {
    return state.dealCents();
  }

  /** Buyer and seller messages after the opening. */
  public int messages() {
    return state.messages();
  }

  /** The seat whose move ended the game (the moderator for its verdicts), or −1. */
  public int endedBy() {
    return state.isTerminal() ? state.endedBy() : -1;
  }

  /** True when {@code seat} ended the game by walking away. */
  public boolean walkedAway(int seat) {
    return state.end() == BargainingState.End.WALK && state.endedBy() == seat;
  }

  /** True when {@code seat} accepted the other side's offer (structured mode). */
  public boolean accepted(int seat) {
    return state.deal() && state.endedBy() == seat;
  }

  /** The end in words ({@code deal}, {@code walked away}, {@code out of time}, ...), or {@code unfinished}. */
  public String end() {
    return state.isTerminal() ? state.end().label : "unfinished";
  }
}
