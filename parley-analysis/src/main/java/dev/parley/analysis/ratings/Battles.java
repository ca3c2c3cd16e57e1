package dev.parley.analysis.ratings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ordered sequence of pairwise results: row {@code r} says player {@code first(r)} met player
 * {@code second(r)} {@code count(r)} times with score {@code score(r)} for the first player each
 * time (1 win, ½ tie, 0 loss). Order matters to online methods (Elo, TrueSkill), which play a row's
 * repetitions one after another; batch methods use {@link #aggregate()}.
 *
 * <p>Stored as primitive arrays (13 bytes a row), so a million battles take about 13 MB. Immutable.
 */
public final class Battles {
  private final List<String> players;
  private final int[] first;
  private final int[] second;
  /** Score of the first player in half points: 2 win, 1 tie, 0 loss. */
  private final byte[] halfPoints;
  private final int[] count;
  private final long total;

  private Battles(List<String> players, int[] first, int[] second, byte[] halfPoints, int[] count) {
    this.players = players;
    this.first = first;
    this.second = second;
    this.halfPoints = halfPoints;
    this.count = count;
    long t = 0;
    for (int c : count) {
      t += c;
    }
    this.total = t;
  }

  /** One battle per row; see {@link #of(List, int[], int[], double[], int[])}. */
  public static Battles of(List<String> players, int[] first, int[] second, double[] score) {
    Objects.requireNonNull(first, "first");
    int[] ones = new int[first.length];
    Arrays.fill(ones, 1);
    return of(players, first, second, score, ones);
  }

  /**
   * Rows from parallel arrays (copied): player indices into {@code players}, the first player's
   * score in {1, 0.5, 0}, and how many times the row happened (≥ 1).
   */
  public static Battles of(List<String> players, int[] first, int[] second, double[] score, int[] count) {
    List<String> names = checkPlayers(players);
    first = Objects.requireNonNull(first, "first").clone();
    second = Objects.requireNonNull(second, "second").clone();
    score = Objects.requireNonNull(score, "score").clone();
    count = Objects.requireNonNull(count, "count").clone();
    int rows = first.length;
    if (second.length != rows || score.length != rows || count.length != rows) {
      throw new IllegalArgumentException("first, second, score and count must have equal lengths, were " + rows
          + ", " + second.length + ", " + score.length + ", " + count.length);
    }
    int n = names.size();
    byte[] half = new byte[rows];
    for (int r = 0; r < rows; r++) {
      int a = first[r];
      int b = second[r];
      if (a < 0 || a >= n) {
        throw new IllegalArgumentException("first[" + r + "] = " + a + " is not a player index in [0, " + n + ")");
      }
      if (b < 0 || b >= n) {
        throw new IllegalArgumentException("second[" + r + "] = " + b + " is not a player index in [0, " + n + ")");
      }
      if (a == b) {
        throw new IllegalArgumentException("row " + r + " pits player " + a + " against itself");
      }
      half[r] = halfPoints(score[r], r);
      if (count[r] < 1) {
        throw new IllegalArgumentException("count[" + r + "] must be ≥ 1, was " + count[r]);
      }
    }
    return new Battles(names, first, second, half, count);
  }

  private static byte halfPoints(double score, int row) {
    if (score == 1) {
      return 2;
    }
    if (score == 0.5) {
      return 1;
    }
    if (score == 0) {
      return 0;
    }
    throw new IllegalArgumentException("score[" + row + "] must be 1, 0.5 or 0, was " + score);
  }

  private static List<String> checkPlayers(List<String> players) {
    List<String> names = List.copyOf(players);
    if (names.size() < 2) {
      throw new IllegalArgumentException("players: need at least two, got " + names);
    }
    if (names.stream().distinct().count() != names.size()) {
      throw new IllegalArgumentException("players: names must be distinct, got " + names);
    }
    return names;
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<String> players() {
    return players;
  }

  public int playerCount() {
    return players.size();
  }

  /** Number of rows (distinct entries, each with a count). */
  public int rows() {
    return first.length;
  }

  /** Number of battles: the sum of the counts. */
  public long size() {
    return total;
  }

  public int first(int row) {
    return first[row];
  }

  public int second(int row) {
    return second[row];
  }

  /** The first player's score in row {@code row}: 1, 0.5 or 0. */
  public double score(int row) {
    return 0.5 * halfPoints[row];
  }

  int halfPoints(int row) {
    return halfPoints[row];
  }

  public int count(int row) {
    return count[row];
  }

  /** The battles collapsed into one row per unordered pair with win, tie and loss counts. */
  public PairCounts aggregate() {
    return PairCounts.of(this);
  }

  @Override
  public String toString() {
    return "Battles[" + players.size() + " players, " + first.length + " rows, " + total + " battles]";
  }

  /**
   * Collects results by player name, in order. Names get indices in order of first appearance
   * unless declared up front with {@link #players}.
   */
  public static final class Builder {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private int[] first = new int[16];
    private int[] second = new int[16];
    private double[] score = new double[16];
    private int[] count = new int[16];
    private int rows;

    private Builder() {}

    /** Declares players (in this order) before any result, so players without results are rated too. */
    public Builder players(List<String> players) {
      for (String p : players) {
        id(p);
      }
      return this;
    }

    /** One battle: {@code score} is the first player's score, 1, 0.5 or 0. */
    public Builder add(String firstPlayer, String secondPlayer, double firstScore) {
      return add(firstPlayer, secondPlayer, firstScore, 1);
    }

    /** {@code times} battles with the same result. */
    public Builder add(String firstPlayer, String secondPlayer, double firstScore, int times) {
      Objects.requireNonNull(firstPlayer, "first");
      Objects.requireNonNull(secondPlayer, "second");
      if (firstPlayer.equals(secondPlayer)) {
        throw new IllegalArgumentException("a battle needs two different players, got '" + firstPlayer
            + "' twice");
      }
      halfPoints(firstScore, rows);
      if (times < 1) {
        throw new IllegalArgumentException("count must be ≥ 1, was " + times);
      }
      if (rows == first.length) {
        int cap = rows * 2;
        first = Arrays.copyOf(first, cap);
        second = Arrays.copyOf(second, cap);
        score = Arrays.copyOf(score, cap);
        count = Arrays.copyOf(count, cap);
      }
      first[rows] = id(firstPlayer);
      second[rows] = id(secondPlayer);
      score[rows] = firstScore;
      count[rows] = times;
      rows++;
      return this;
    }

    /**
     * A multi-player result reduced to pairs by rank: every two participants form one battle,
     * won by the higher score, tied on equal scores (so an n-player game adds n(n−1)/2 battles).
     * Pairs are added in seat order.
     */
    public Builder addRanking(List<String> participants, double[] scores) {
      Objects.requireNonNull(scores, "scores");
      if (participants.size() != scores.length) {
        throw new IllegalArgumentException("scores has " + scores.length + " entries for "
            + participants.size() + " participants");
      }
      if (participants.stream().distinct().count() != participants.size()) {
        throw new IllegalArgumentException("participants must be distinct, got " + participants);
      }
      for (int i = 0; i < scores.length; i++) {
        if (Double.isNaN(scores[i])) {
          throw new IllegalArgumentException("scores[" + i + "] is NaN");
        }
      }
      for (int i = 0; i < scores.length; i++) {
        for (int j = i + 1; j < scores.length; j++) {
          double s = scores[i] > scores[j] ? 1 : scores[i] < scores[j] ? 0 : 0.5;
          add(participants.get(i), participants.get(j), s);
        }
      }
      return this;
    }

    private int id(String name) {
      Objects.requireNonNull(name, "player name");
      Integer i = index.get(name);
      if (i == null) {
        i = names.size();
        index.put(name, i);
        names.add(name);
      }
      return i;
    }

    public Battles build() {
      return of(names, Arrays.copyOf(first, rows), Arrays.copyOf(second, rows), Arrays.copyOf(score, rows),
          Arrays.copyOf(count, rows));
    }
  }
}
