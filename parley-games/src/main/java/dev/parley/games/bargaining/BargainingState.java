package dev.parley.games.bargaining;

import dev.parley.core.game.GameState;
import dev.parley.core.game.Turn;
import dev.parley.games.bargaining.BargainAction.Kind;
import java.util.List;
import java.util.Optional;

/**
 * Immutable state of a bargaining game. Moves made after the scripted opening form a persistent
 * linked list shared between successive states, so a move costs two small objects.
 */
final class BargainingState implements GameState<BargainAction> {

  /** Why a game ended. */
  enum End {
    /** A seat accepted the other's standing offer, or the moderator declared a deal. */
    DEAL("deal"),
    /** A seat walked away. */
    WALK("walked away"),
    /** The rounds ran out. */
    DEADLINE("out of time"),
    /** The moderator ruled that the talks broke down. */
    JUDGED("judged no deal"),
    /** The moderator gave {@code no_deal_after} ongoing verdicts. */
    STALLED("no deal after too many checks");

    final String label;

    End(String label) {
      this.label = label;
    }
  }

  /**
   * One move after the opening. {@code named} is the price the move puts on the table: an offer's
   * price, or in free text the message's last dollar amount; −1 when none.
   */
  static final class Event {
    final Event previous;
    final int index;
    final int seat;
    final BargainAction action;
    final long named;

    Event(Event previous, int seat, BargainAction action, long named) {
      this.previous = previous;
      this.index = previous == null ? 0 : previous.index + 1;
      this.seat = seat;
      this.action = action;
      this.named = named;
    }
  }

  final BargainingGame game;
  final Event last;
  private final int mover;
  private final int messages;
  private final long sellerStanding;
  private final long buyerStanding;
  private final long lastNamed;
  private final boolean lastHadNumber;
  private final boolean consulting;
  private final int ongoing;
  private final End end;
  private final int endedBy;
  private final long dealCents;

  private BargainingState(BargainingGame game, Event last, int mover, int messages, long sellerStanding,
      long buyerStanding, long lastNamed, boolean lastHadNumber, boolean consulting, int ongoing, End end, int endedBy,
      long dealCents) {
    this.game = game;
    this.last = last;
    this.mover = mover;
    this.messages = messages;
    this.sellerStanding = sellerStanding;
    this.buyerStanding = buyerStanding;
    this.lastNamed = lastNamed;
    this.lastHadNumber = lastHadNumber;
    this.consulting = consulting;
    this.ongoing = ongoing;
    this.end = end;
    this.endedBy = endedBy;
    this.dealCents = dealCents;
  }

  /** After the opening: the seller to move, the openings as standing offers. */
  static BargainingState initial(BargainingGame game) {
    return new BargainingState(game, null, BargainingGame.SELLER, 0, game.sellerOpeningCents(),
        game.buyerOpeningCents(), game.buyerOpeningCents(), true, game.freeText() && game.consultAlways(), 0, null,
        -1, -1);
  }

  /** The seat to move, or −1 at the end. */
  int mover() {
    return end == null ? mover : -1;
  }

  /** Buyer and seller messages after the opening. */
  int messages() {
    return messages;
  }

  /** Messages {@code seat} has sent after the opening. */
  int messagesOf(int seat) {
    if (seat == BargainingGame.MODERATOR) {
      return 0;
    }
    return seat == BargainingGame.SELLER ? (messages + 1) / 2 : messages / 2;
  }

  /** The standing offer of the buyer or seller (structured), or the last price it named (free text). */
  long standing(int seat) {
    return seat == BargainingGame.SELLER ? sellerStanding : buyerStanding;
  }

  /** The last dollar amount named in any message, openings included. */
  long lastNamed() {
    return lastNamed;
  }

  /** True when the moderator could declare a deal now (the price on the table is allowed). */
  boolean dealAllowed() {
    return game.allowed(lastNamed);
  }

  End end() {
    return end;
  }

  /** The seat whose move ended the game, or −1 (deadline). */
  int endedBy() {
    return endedBy;
  }

  boolean deal() {
    return end == End.DEAL;
  }

  /** The deal price in cents, or −1. */
  long dealCents() {
    return dealCents;
  }

  /** Moves after the opening, oldest first. */
  Event[] events() {
    Event[] all = new Event[last == null ? 0 : last.index + 1];
    for (Event e = last; e != null; e = e.previous) {
      all[e.index] = e;
    }
    return all;
  }

  @Override
  public Turn turn() {
    return end == null ? Turn.single(mover) : Turn.TERMINAL;
  }

  @Override
  public List<BargainAction> legalActions(int seat) {
    if (end != null || seat != mover) {
      return List.of();
    }
    return seat == BargainingGame.MODERATOR ? game.verdicts(dealAllowed()) : game.negotiatorSample();
  }

  /** Buyer and seller may offer any allowed price or say anything: the listed moves are a sample. */
  @Override
  public boolean hasOpenActions(int seat) {
    return end == null && seat == mover && seat != BargainingGame.MODERATOR;
  }

  @Override
  public Optional<String> check(int seat, BargainAction action) {
    if (end != null) {
      return Optional.of("the negotiation is over (" + end.label + ")");
    }
    if (seat != mover) {
      return Optional.of("it is the " + BargainingGame.role(mover) + "'s turn, not "
          + (seat >= 0 && seat < game.numPlayers() ? "the " + BargainingGame.role(seat) + "'s" : "seat " + seat + "'s"));
    }
    if (action == null) {
      return Optional.of("no action given");
    }
    Kind k = action.kind();
    if (seat == BargainingGame.MODERATOR) {
      if (!k.isVerdict()) {
        return Optional.of("the moderator only gives a verdict: DEAL, ONGOING or NO DEAL");
      }
      if (k == Kind.DEAL && !dealAllowed()) {
        return Optional.of("no deal can be declared: the last price named, " + Money.dollars(lastNamed)
            + ", is outside the allowed range $0.01 to " + Money.dollars(game.maxPriceCents()));
      }
      return Optional.empty();
    }
    if (k.isVerdict()) {
      return Optional.of("only the moderator of a free-text game gives verdicts; the " + BargainingGame.role(seat)
          + " negotiates");
    }
    if (game.freeText()) {
      if (k != Kind.SAY) {
        return Optional.of("this game is in free-text mode: write a message; the last dollar amount in it is "
            + "your price (got a structured " + k + ")");
      }
      if (action.talk().isEmpty()) {
        return Optional.of("empty message; write one short message to the " + BargainingGame.role(1 - seat));
      }
      return Optional.empty();
    }
    if (k == Kind.SAY) {
      return Optional.of("this game is in structured mode: move with OFFER <price>, ACCEPT or WALK, with your "
          + "message beside it");
    }
    if (k == Kind.OFFER && !game.allowed(action.cents())) {
      return Optional.of("price " + Money.dollars(action.cents()) + " is outside the allowed range $0.01 to "
          + Money.dollars(game.maxPriceCents()));
    }
    return Optional.empty();
  }

  @Override
  public GameState<BargainAction> apply(BargainAction action) {
    int seat = mover();
    check(seat < 0 ? 0 : seat, action).ifPresent(why -> {
      throw new IllegalArgumentException(why);
    });
    if (seat == BargainingGame.MODERATOR) {
      return judge(action);
    }
    int other = 1 - seat;
    int sent = messages + 1;
    boolean outOfTime = sent >= 2 * game.rounds();
    if (!game.freeText()) {
      Event e = new Event(last, seat, action, action.kind() == Kind.OFFER ? action.cents() : -1);
      return switch (action.kind()) {
        case OFFER -> {
          long s = seat == BargainingGame.SELLER ? action.cents() : sellerStanding;
          long b = seat == BargainingGame.BUYER ? action.cents() : buyerStanding;
          yield new BargainingState(game, e, other, sent, s, b, action.cents(), true, false, 0,
              outOfTime ? End.DEADLINE : null, -1, -1);
        }
        case ACCEPT -> new BargainingState(game, e, other, sent, sellerStanding, buyerStanding, lastNamed, false, false,
            0, End.DEAL, seat, standing(other));
        case WALK -> new BargainingState(game, e, other, sent, sellerStanding, buyerStanding, lastNamed, false, false,
            0, End.WALK, seat, -1);
        default -> throw new IllegalStateException("unchecked " + action.kind());
      };
    }
    String message = action.talk();
    long named = Money.lastDollarAmount(message);
    boolean number = Money.hasNumber(message);
    long s = seat == BargainingGame.SELLER && named >= 0 ? named : sellerStanding;
    long b = seat == BargainingGame.BUYER && named >= 0 ? named : buyerStanding;
    boolean consult = consulting || !number || !lastHadNumber;
    Event e = new Event(last, seat, action, named);
    long table = named >= 0 ? named : lastNamed;
    if (consult) {
      return new BargainingState(game, e, BargainingGame.MODERATOR, sent, s, b, table, number, true, ongoing, null, -1,
          -1);
    }
    return new BargainingState(game, e, other, sent, s, b, table, number, false, ongoing,
        outOfTime ? End.DEADLINE : null, -1, -1);
  }

  private BargainingState judge(BargainAction verdict) {
    Event e = new Event(last, BargainingGame.MODERATOR, verdict, -1);
    int next = messages % 2 == 0 ? BargainingGame.SELLER : BargainingGame.BUYER;
    return switch (verdict.kind()) {
      case DEAL -> new BargainingState(game, e, next, messages, sellerStanding, buyerStanding, lastNamed,
          lastHadNumber, true, ongoing, End.DEAL, BargainingGame.MODERATOR, lastNamed);
      case NO_DEAL -> new BargainingState(game, e, next, messages, sellerStanding, buyerStanding, lastNamed,
          lastHadNumber, true, ongoing, End.JUDGED, BargainingGame.MODERATOR, -1);
      case ONGOING -> {
        int n = ongoing + 1;
        End over = n >= game.noDealAfter() ? End.STALLED : messages >= 2 * game.rounds() ? End.DEADLINE : null;
        yield new BargainingState(game, e, next, messages, sellerStanding, buyerStanding, lastNamed, lastHadNumber,
            true, n, over, over == End.STALLED ? BargainingGame.MODERATOR : -1, -1);
      }
      default -> throw new IllegalStateException("unchecked " + verdict.kind());
    };
  }

  @Override
  public double[] returns() {
    double[] r = new double[game.numPlayers()];
    if (end == null) {
      return r;
    }
    for (int s = 0; s < r.length; s++) {
      r[s] = deal() ? game.dealUtility(s, dealCents) : game.noDealUtility(s);
    }
    return r;
  }

  @Override
  public int moveNumber() {
    return last == null ? 0 : last.index + 1;
  }

  /**
   * What {@code seat} knows: the moves it has seen (the buyer and seller do not see the
   * moderator's verdicts; everybody sees every message), whether it is its turn, and the outcome
   * once the game is over. Private values are fixed by the game, so they need no place here.
   */
  @Override
  public String informationStateKey(int seat) {
    StringBuilder sb = new StringBuilder(BargainingGame.role(seat));
    for (Event e = last; e != null; e = e.previous) {
      if (seat == BargainingGame.MODERATOR || e.action.isMessage()) {
        sb.append('\u0001').append(e.seat).append(':').append(game.codec().encode(e.action));
      }
    }
    if (end == null) {
      sb.append(mover == seat ? "\u0002to-move" : "\u0002waiting");
    } else {
      sb.append("\u0002end:").append(end.name()).append(':').append(endedBy).append(':').append(dealCents);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "BargainingState{" + game.mode().label() + ", messages " + messages + "/" + 2 * game.rounds()
        + ", standing " + Money.plain(sellerStanding) + "/" + Money.plain(buyerStanding)
        + (end == null ? ", " + BargainingGame.role(mover) + " to move" : ", " + end.label
            + (dealCents >= 0 ? " at " + Money.dollars(dealCents) : "")) + "}";
  }
}
