package dev.parley.games.bargaining;

import dev.parley.core.game.Observation;
import dev.parley.games.bargaining.BargainAction.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One seat's view of a bargaining game: its role, the rules as it knows them, its own private
 * values (never the other seat's), the conversation so far (the moderator's verdicts are not
 * shown to the buyer and seller) and what it may do now. Text and fields are built when asked;
 * scripted agents read the typed accessors.
 */
public final class BargainingObservation implements Observation {
  private final BargainingGame game;
  private final BargainingState state;
  private final int seat;
  private List<Line> conversation;

  BargainingObservation(BargainingGame game, BargainingState state, int seat) {
    this.game = game;
    this.state = state;
    this.seat = seat;
  }

  /** One message of the conversation, the scripted opening included. */
  public record Line(int seat, boolean opening, BargainAction action, long priceCents) {
    /** The move's name for fields: open, offer, accept, walk or say. */
    String move() {
      return opening ? "open" : action.kind().name().toLowerCase(Locale.ROOT);
    }
  }

  @Override
  public int seat() {
    return seat;
  }

  public BargainingGame game() {
    return game;
  }

  /** seller, buyer or moderator. */
  public String role() {
    return BargainingGame.role(seat);
  }

  public boolean isNegotiator() {
    return seat != BargainingGame.MODERATOR;
  }

  public boolean yourTurn() {
    return state.mover() == seat;
  }

  public boolean over() {
    return state.isTerminal();
  }

  public boolean deal() {
    return state.deal();
  }

  /** The deal price in cents, or −1. */
  public long dealCents() {
    return state.dealCents();
  }

  /** Messages this seat has sent after the opening. */
  public int messagesSent() {
    return state.messagesOf(seat);
  }

  /** Messages this seat may still send. */
  public int messagesLeft() {
    return isNegotiator() ? Math.max(0, game.rounds() - messagesSent()) : 0;
  }

  /**
   * Relative time of this seat's next message, {@code t = k/(R−1)} for its k-th message
   * (k = 0 … R−1) of R rounds: 0 at its first message after the opening, 1 at its last (1 when
   * R = 1). The clock of time-dependent negotiators (REFERENCE §2.2).
   */
  public double time() {
    int r = game.rounds();
    return r == 1 ? 1 : Math.min(1.0, (double) messagesSent() / (r - 1));
  }

  /** This seat's standing offer (free text: the last price it named) in cents; −1 for the moderator. */
  public long myOfferCents() {
    return isNegotiator() ? state.standing(seat) : -1;
  }

  /** The other side's standing offer (free text: the last price it named) in cents; −1 for the moderator. */
  public long theirOfferCents() {
    return isNegotiator() ? state.standing(1 - seat) : -1;
  }

  /** The prices {@code who} has put on the table, its opening first. */
  public List<Long> offersBy(int who) {
    List<Long> r = new ArrayList<>();
    for (Line l : conversation()) {
      if (l.seat() == who && l.priceCents() >= 0 && (l.opening() || l.action().kind() != Kind.ACCEPT)) {
        r.add(l.priceCents());
      }
    }
    return r;
  }

  /** The last dollar amount named in any message, the price a free-text deal would be made at. */
  public long priceOnTableCents() {
    return state.lastNamed();
  }

  /** True when the moderator may declare a deal now. */
  public boolean dealAllowed() {
    return state.dealAllowed();
  }

  /** The text of the last message (openings included). */
  public String lastMessage() {
    List<Line> c = conversation();
    return c.get(c.size() - 1).action().talk();
  }

  /** The seller's cost in cents, or −1 when this seat is not the seller. */
  public long costCents() {
    return seat == BargainingGame.SELLER ? game.costCents() : -1;
  }

  /** The seller's reserve in cents, or −1 when unset or this seat is not the seller. */
  public long reserveCents() {
    return seat == BargainingGame.SELLER ? game.sellerReserveCents().orElse(-1L) : -1;
  }

  /** The buyer's value in cents, or −1 when unset or this seat is not the buyer. */
  public long valueCents() {
    return seat == BargainingGame.BUYER ? game.buyerValueCents().orElse(-1L) : -1;
  }

  /** The conversation: the three opening messages, then every buyer and seller message. */
  public List<Line> conversation() {
    if (conversation == null) {
      conversation = buildConversation();
    }
    return conversation;
  }

  private List<Line> buildConversation() {
    List<Line> lines = new ArrayList<>();
    List<String> opening = game.opening();
    lines.add(new Line(BargainingGame.BUYER, true, BargainAction.say(opening.get(0)), -1));
    lines.add(new Line(BargainingGame.SELLER, true, BargainAction.say(opening.get(1)), game.sellerOpeningCents()));
    lines.add(new Line(BargainingGame.BUYER, true, BargainAction.say(opening.get(2)), game.buyerOpeningCents()));
    for (BargainingState.Event e : state.events()) {
      if (e.action.isMessage()) {
        long price = e.action.kind() == Kind.ACCEPT ? state.dealCents() : e.named;
        lines.add(new Line(e.seat, false, e.action, price));
      }
    }
    return Collections.unmodifiableList(lines);
  }

  @Override
  public String text() {
    String[] parts = parts();
    return parts[0] + parts[1] + parts[2];
  }

  /** The text as {@code rules}, {@code conversation} and {@code question} (what to do now, or the outcome). */
  @Override
  public Map<String, String> sections() {
    String[] parts = parts();
    Map<String, String> m = new LinkedHashMap<>();
    m.put("rules", parts[0].strip());
    m.put("conversation", parts[1].strip());
    m.put("question", parts[2].strip());
    return m;
  }

  private String[] parts() {
    String rules = rules(game, seat);
    StringBuilder sb = new StringBuilder();
    List<Line> conversation = conversation();
    int from = 0;
    if (seat == BargainingGame.MODERATOR && game.judgeWindow() > 0) {
      from = Math.max(0, conversation.size() - game.judgeWindow());
      sb.append("\nThe last ").append(conversation.size() - from == 1 ? "message" : (conversation.size() - from)
          + " messages").append(":\n");
    } else {
      sb.append("\nConversation so far:\n");
    }
    for (int i = from; i < conversation.size(); i++) {
      sb.append(render(conversation.get(i))).append('\n');
    }
    String history = sb.toString();
    sb.setLength(0);
    sb.append('\n');
    if (state.isTerminal()) {
      sb.append(outcome());
    } else if (!yourTurn()) {
      sb.append(seat == BargainingGame.MODERATOR ? "Waiting for the next message." : "It is not your turn yet.");
    } else if (seat == BargainingGame.MODERATOR) {
      sb.append("The price on the table (the last dollar amount named) is ")
          .append(Money.dollars(state.lastNamed())).append(".\n")
          .append("Question: have the seller and the buyer agreed on a deal? Answer DEAL if both have agreed on a "
              + "price, NO DEAL if one of them has broken off the negotiation for good, and ONGOING if they are "
              + "still negotiating.");
      if (!state.dealAllowed()) {
        sb.append(" A deal cannot be declared now: that price is outside the allowed range.");
      }
    } else {
      sb.append(turnText());
    }
    return new String[] {rules, history, sb.toString()};
  }

  private String turnText() {
    String other = BargainingGame.role(1 - seat);
    StringBuilder sb = new StringBuilder();
    if (game.freeText()) {
      sb.append("The price on the table (the last dollar amount named) is ").append(Money.dollars(state.lastNamed()))
          .append(".\n");
    } else {
      sb.append("Standing offers: yours ").append(Money.dollars(myOfferCents())).append(", the ").append(other)
          .append("'s ").append(Money.dollars(theirOfferCents())).append(".\n");
    }
    int k = messagesSent() + 1;
    sb.append("Round ").append(k).append(" of ").append(game.rounds()).append(". ");
    if (k == game.rounds()) {
      sb.append("This is your last message. ");
    }
    if (game.freeText()) {
      sb.append("It is your turn: write your next message to the ").append(other).append('.');
    } else {
      sb.append("It is your turn: OFFER a new price, ACCEPT the ").append(other).append("'s offer of ")
          .append(Money.dollars(theirOfferCents())).append(", or WALK away.");
    }
    return sb.toString();
  }

  private String render(Line l) {
    String who = BargainingGame.role(l.seat());
    StringBuilder sb = new StringBuilder(Character.toUpperCase(who.charAt(0)) + who.substring(1));
    if (l.seat() == seat) {
      sb.append(" (you)");
    }
    sb.append(": ");
    BargainAction a = l.action();
    if (!l.opening() && !game.freeText()) {
      switch (a.kind()) {
        case OFFER -> sb.append("[OFFER ").append(Money.dollars(a.cents())).append("] ");
        case ACCEPT -> sb.append("[ACCEPT ").append(Money.dollars(l.priceCents())).append("] ");
        case WALK -> sb.append("[WALK] ");
        default -> { }
      }
    }
    return sb.append(a.talk()).toString().strip();
  }

  private String outcome() {
    StringBuilder sb = new StringBuilder("The negotiation is over: ");
    int by = state.endedBy();
    String byName = by >= 0 ? (by == seat ? "you" : "the " + BargainingGame.role(by)) : null;
    switch (state.end()) {
      case DEAL -> {
        sb.append("deal at ").append(Money.dollars(state.dealCents()));
        if (by == BargainingGame.MODERATOR) {
          sb.append(by == seat ? " (you declared it)." : " (declared by the moderator).");
        } else {
          sb.append(" (").append(byName).append(by == seat ? " accepted)." : " accepted).");
        }
      }
      case WALK -> sb.append("no deal; ").append(byName).append(" walked away.");
      case DEADLINE -> sb.append("no deal; the rounds ran out.");
      case JUDGED -> sb.append("no deal; the moderator ruled that the talks broke down.");
      case STALLED -> sb.append("no deal; the moderator found no deal after ").append(game.noDealAfter())
          .append(" checks.");
      default -> throw new IllegalStateException("unknown end " + state.end());
    }
    if (isNegotiator()) {
      double u = state.returns()[seat];
      sb.append("\nYour utility: ").append(String.format(Locale.ROOT, "%.2f", u)).append(" dollars.");
    }
    return sb.toString();
  }

  /** The rules as {@code seat} knows them (−1: as anybody knows them, no private values). */
  static String rules(BargainingGame game, int seat) {
    String item = game.item();
    StringBuilder sb = new StringBuilder();
    switch (seat) {
      case BargainingGame.SELLER -> sb.append("You are the seller. You want to sell the ").append(item)
          .append(" to the buyer at as high a price as you can.\n");
      case BargainingGame.BUYER -> sb.append("You are the buyer. You want to buy the ").append(item)
          .append(" from the seller at as low a price as you can.\n");
      case BargainingGame.MODERATOR -> sb.append("You are the moderator of a negotiation between a seller and a buyer"
          + " over a ").append(item).append(". You do not negotiate: after a message you judge whether the two have"
          + " reached a deal.\n");
      default -> sb.append("A seller and a buyer negotiate the price of a ").append(item).append(".\n");
    }
    if (seat == BargainingGame.SELLER) {
      sb.append("What only you know: the ").append(item).append(" cost you ").append(Money.dollars(game.costCents()))
          .append(", so a price above that is profit and a price below it is a loss.");
      game.sellerReserveCents().ifPresent(r -> sb.append(" You can sell it elsewhere for ").append(Money.dollars(r))
          .append(", so a deal below that is worse for you than no deal."));
      sb.append(" The buyer does not know these figures, and you do not know what the ").append(item)
          .append(" is worth to the buyer.\n");
    } else if (seat == BargainingGame.BUYER) {
      if (game.buyerValueCents().isPresent()) {
        sb.append("What only you know: the ").append(item).append(" is worth ")
            .append(Money.dollars(game.buyerValueCents().get()))
            .append(" to you, so paying more than that is worse for you than no deal. The seller does not know this.");
      } else {
        sb.append("You have no fixed budget: every dollar below the seller's opening price of ")
            .append(Money.dollars(game.sellerOpeningCents())).append(" is a dollar saved.");
      }
      sb.append(" You do not know what the ").append(item).append(" cost the seller.\n");
    }
    sb.append("How it works: the conversation opened with the buyer asking the price, the seller asking ")
        .append(Money.dollars(game.sellerOpeningCents())).append(" and the buyer proposing ")
        .append(Money.dollars(game.buyerOpeningCents())).append(". Then the seller and the buyer take turns, the seller"
            + " first, for at most ").append(game.rounds()).append(game.rounds() == 1 ? " round" : " rounds")
        .append(" (a round is one seller message and one buyer message). ");
    if (game.freeText()) {
      sb.append("Each message is free text; mention prices with a dollar sign. The last dollar amount mentioned is "
          + "the price on the table. A moderator reads the conversation and decides when the two have agreed on a "
          + "deal, at the price on the table, or have broken off; if neither happens within the rounds, there is no "
          + "deal. A deal must be at a price from $0.01 to ").append(Money.dollars(game.maxPriceCents())).append(".\n");
    } else {
      sb.append("Each message is a move with a short message beside it: OFFER a price (it becomes your standing "
          + "offer), ACCEPT the other side's standing offer, or WALK away. A deal is made only when one side ACCEPTs "
          + "the other side's standing offer, at that price; what is said in messages never makes a deal by itself. "
          + "If someone walks away, or the rounds run out, there is no deal. Prices are in dollars and cents, from "
          + "$0.01 to ").append(Money.dollars(game.maxPriceCents())).append(".\n");
    }
    return sb.toString();
  }

  @Override
  public Map<String, Object> fields() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("game", game.type().id());
    f.put("mode", game.mode().label());
    f.put("item", game.item());
    f.put("role", role());
    f.put("seat", seat);
    f.put("rounds", game.rounds());
    f.put("seller_opening", Money.toDollars(game.sellerOpeningCents()));
    f.put("buyer_opening", Money.toDollars(game.buyerOpeningCents()));
    f.put("max_price", Money.toDollars(game.maxPriceCents()));
    f.put("messages", state.messages());
    f.put("your_turn", yourTurn());
    f.put("over", over());
    f.put("outcome", !over() ? "ongoing" : deal() ? "deal" : "no-deal");
    f.put("end", over() ? state.end().label : null);
    f.put("deal_price", deal() ? Money.toDollars(dealCents()) : null);
    f.put("price_on_table", Money.toDollars(state.lastNamed()));
    if (isNegotiator()) {
      f.put("round", Math.min(game.rounds(), messagesSent() + 1));
      f.put("your_messages", messagesSent());
      f.put("messages_left", messagesLeft());
      f.put("t", time());
      f.put("your_offer", Money.toDollars(myOfferCents()));
      f.put("their_offer", Money.toDollars(theirOfferCents()));
      if (seat == BargainingGame.SELLER) {
        f.put("cost", Money.toDollars(game.costCents()));
        game.sellerReserveCents().ifPresent(r -> f.put("reserve", Money.toDollars(r)));
      } else {
        game.buyerValueCents().ifPresent(v -> f.put("value", Money.toDollars(v)));
      }
    } else {
      f.put("deal_allowed", dealAllowed());
      f.put("window", game.judgeWindow());
    }
    List<Map<String, Object>> lines = new ArrayList<>();
    for (Line l : conversation()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("speaker", BargainingGame.role(l.seat()));
      m.put("move", l.move());
      m.put("price", l.priceCents() >= 0 ? Money.toDollars(l.priceCents()) : null);
      m.put("text", l.action().talk());
      lines.add(m);
    }
    f.put("conversation", lines);
    return f;
  }

  @Override
  public String toString() {
    return "BargainingObservation{" + role() + ", " + state + "}";
  }
}
