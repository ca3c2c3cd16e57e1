package dev.parley.games.bargaining;

import java.util.Objects;

/**
 * One move of the bargaining game with the talk beside it. Moves are what the engine checks; talk
 * is recorded and shown to the other seat, never trusted.
 *
 * <ul>
 *   <li>{@link Kind#OFFER}, {@link Kind#ACCEPT}, {@link Kind#WALK}: structured mode; an offer
 *       carries its price in whole cents.
 *   <li>{@link Kind#SAY}: free-text mode; the talk is the whole message.
 *   <li>{@link Kind#DEAL}, {@link Kind#ONGOING}, {@link Kind#NO_DEAL}: the moderator's verdicts in
 *       free-text mode; they carry no talk.
 * </ul>
 *
 * <p>Talk is normalised on construction (control characters and runs of white space become one
 * space, ends stripped), so every action has one canonical text. Actions sort by kind, then price,
 * then talk.
 *
 * @param kind the move
 * @param cents the offered price in cents (only for {@code OFFER}; 0 otherwise)
 * @param talk the message beside the move (may be empty, except for {@code SAY})
 */
public record BargainAction(Kind kind, long cents, String talk) implements Comparable<BargainAction> {

  /** The kinds of move, in sort order. */
  public enum Kind {
    ACCEPT, OFFER, WALK, SAY, DEAL, ONGOING, NO_DEAL;

    /** True for the moderator's verdicts. */
    public boolean isVerdict() {
      return this == DEAL || this == ONGOING || this == NO_DEAL;
    }
  }

  public BargainAction {
    Objects.requireNonNull(kind, "kind");
    talk = normalize(talk);
    if (kind == Kind.OFFER ? cents < 0 : cents != 0) {
      throw new IllegalArgumentException(kind == Kind.OFFER ? "cents of an offer must be ≥ 0, was " + cents
          : "cents is only for OFFER; " + kind + " had " + cents);
    }
    if (kind.isVerdict() && !talk.isEmpty()) {
      throw new IllegalArgumentException("a verdict carries no talk, got '" + talk + "'");
    }
  }

  public static BargainAction offer(long cents, String talk) {
    return new BargainAction(Kind.OFFER, cents, talk);
  }

  public static BargainAction accept(String talk) {
    return new BargainAction(Kind.ACCEPT, 0, talk);
  }

  public static BargainAction walk(String talk) {
    return new BargainAction(Kind.WALK, 0, talk);
  }

  public static BargainAction say(String message) {
    return new BargainAction(Kind.SAY, 0, message);
  }

  public static BargainAction verdict(Kind verdict) {
    if (!verdict.isVerdict()) {
      throw new IllegalArgumentException("not a verdict: " + verdict);
    }
    return new BargainAction(verdict, 0, "");
  }

  /** True for moves of the buyer and seller (not the moderator's verdicts). */
  public boolean isMessage() {
    return !kind.isVerdict();
  }

  @Override
  public int compareTo(BargainAction o) {
    int c = kind.compareTo(o.kind);
    if (c == 0) {
      c = Long.compare(cents, o.cents);
    }
    return c != 0 ? c : talk.compareTo(o.talk);
  }

  /** One line of talk: control characters and white-space runs become single spaces. */
  static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isWhitespace(ch) || Character.isISOControl(ch) || Character.isSpaceChar(ch)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(ch);
      }
    }
    return sb.toString();
  }
}
