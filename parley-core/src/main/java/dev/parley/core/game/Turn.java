package dev.parley.core.game;

import java.util.Arrays;

/**
 * Who moves in a state: one player, several players at once, the chance player, or nobody
 * (terminal). Instances are shared constants where possible, so asking is free.
 */
public final class Turn {
  /** Seat number used for the chance player in steps and records. */
  public static final int CHANCE_SEAT = -1;

  /** The kind of turn. */
  public enum Kind { PLAYERS, CHANCE, TERMINAL }

  public static final Turn TERMINAL = new Turn(Kind.TERMINAL, new int[0]);
  public static final Turn CHANCE = new Turn(Kind.CHANCE, new int[] {CHANCE_SEAT});

  private static final Turn[] SINGLE = new Turn[16];
  private static final Turn[] ALL = new Turn[17];

  static {
    for (int i = 0; i < SINGLE.length; i++) {
      SINGLE[i] = new Turn(Kind.PLAYERS, new int[] {i});
    }
    for (int n = 1; n < ALL.length; n++) {
      int[] seats = new int[n];
      for (int i = 0; i < n; i++) {
        seats[i] = i;
      }
      ALL[n] = new Turn(Kind.PLAYERS, seats);
    }
  }

  private final Kind kind;
  private final int[] players;

  private Turn(Kind kind, int[] players) {
    this.kind = kind;
    this.players = players;
  }

  /** One player to move. */
  public static Turn single(int seat) {
    if (seat < 0) {
      throw new IllegalArgumentException("seat must be ≥ 0, was " + seat);
    }
    return seat < SINGLE.length ? SINGLE[seat] : new Turn(Kind.PLAYERS, new int[] {seat});
  }

  /** Every seat 0..n-1 moves at once. */
  public static Turn everyone(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be ≥ 1, was " + n);
    }
    if (n < ALL.length) {
      return ALL[n];
    }
    return simultaneous(ALL[16].players.length == n ? ALL[16].players : range(n));
  }

  /** These seats move at once, in ascending order. */
  public static Turn simultaneous(int... seats) {
    int[] copy = seats.clone();
    Arrays.sort(copy);
    if (copy.length == 0 || copy[0] < 0) {
      throw new IllegalArgumentException("seats must be non-empty and ≥ 0: " + Arrays.toString(seats));
    }
    return new Turn(Kind.PLAYERS, copy);
  }

  private static int[] range(int n) {
    int[] r = new int[n];
    for (int i = 0; i < n; i++) {
      r[i] = i;
    }
    return r;
  }

  public Kind kind() {
    return kind;
  }

  public boolean isTerminal() {
    return kind == Kind.TERMINAL;
  }

  public boolean isChance() {
    return kind == Kind.CHANCE;
  }

  /** Number of seats acting now (1 for a single mover or chance, 0 when terminal). */
  public int count() {
    return players.length;
  }

  /** The i-th acting seat, ascending. */
  public int seat(int i) {
    return players[i];
  }

  public boolean isSimultaneous() {
    return kind == Kind.PLAYERS && players.length > 1;
  }

  public boolean includes(int seat) {
    for (int p : players) {
      if (p == seat) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Turn t && t.kind == kind && Arrays.equals(t.players, players);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Arrays.hashCode(players);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case TERMINAL -> "terminal";
      case CHANCE -> "chance";
      case PLAYERS -> "players" + Arrays.toString(players);
    };
  }
}
