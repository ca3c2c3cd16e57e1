package dev.parley.games.dond;

import java.util.Objects;

/**
 * A move of Deal or No Deal. Players {@link Kind#PROPOSE propose} a full split, written as the
 * items the <em>proposer keeps</em> (the other player gets the rest), {@link Kind#ACCEPT accept} the
 * other's standing proposal, {@link Kind#REJECT reject} it without a counter-proposal, or
 * {@link Kind#END end} the negotiation. The chance player deals the instance: the counts, then A's
 * values, then B's values. Ordered by kind, then by items, so legal actions sort proposals first.
 *
 * @param items the kept bundle of a proposal, the dealt vector of a chance move, {@link ItemVector#ZERO}
 *     otherwise
 */
public record DondAction(Kind kind, ItemVector items) implements Comparable<DondAction> {
  /** What the action does. */
  public enum Kind { PROPOSE, ACCEPT, REJECT, END, DEAL_COUNTS, DEAL_VALUES_A, DEAL_VALUES_B }

  public static final DondAction ACCEPT = new DondAction(Kind.ACCEPT, ItemVector.ZERO);
  public static final DondAction REJECT = new DondAction(Kind.REJECT, ItemVector.ZERO);
  public static final DondAction END = new DondAction(Kind.END, ItemVector.ZERO);

  public DondAction {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(items, "items");
    if ((kind == Kind.ACCEPT || kind == Kind.REJECT || kind == Kind.END) && !items.equals(ItemVector.ZERO)) {
      throw new IllegalArgumentException(kind + " carries no items, was given " + items);
    }
  }

  /** Proposes that the proposer keeps {@code keep} and the other player gets the rest. */
  public static DondAction propose(ItemVector keep) {
    return new DondAction(Kind.PROPOSE, keep);
  }

  public static DondAction propose(int books, int hats, int balls) {
    return propose(new ItemVector(books, hats, balls));
  }

  /** The chance move dealing the item counts. */
  public static DondAction dealCounts(ItemVector counts) {
    return new DondAction(Kind.DEAL_COUNTS, counts);
  }

  /** The chance move dealing {@code seat}'s values. */
  public static DondAction dealValues(int seat, ItemVector values) {
    return new DondAction(seat == 0 ? Kind.DEAL_VALUES_A : Kind.DEAL_VALUES_B, values);
  }

  /** True for a player's move, false for a chance move. */
  public boolean isPlayerMove() {
    return kind.ordinal() <= Kind.END.ordinal();
  }

  @Override
  public int compareTo(DondAction o) {
    int c = kind.compareTo(o.kind);
    return c != 0 ? c : items.compareTo(o.items);
  }

  @Override
  public String toString() {
    return DondCodec.text(this);
  }
}
