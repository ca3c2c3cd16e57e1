package dev.parley.games.matrix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The 144 ordinal 2×2 games of the Robinson–Goforth topology (payoffs 1 = worst … 4 = best), as
 * used by "Playing repeated games with Large Language Models" (Akata et al.).
 *
 * <p>Generated, not tabulated: the row player's payoff vector {@code (r1c1, r1c2, r2c1, r2c2)}
 * depends only on the topology row k, the column player's only on the topology column l, and game
 * number {@code 12·(k−1) + l}. Names and families come from a small label table.
 */
public final class RobinsonGoforth {
  /** Row player's payoffs (r1c1, r1c2, r2c1, r2c2) by topology row 1..12. */
  private static final int[][] ROW = {
      {3, 2, 4, 1}, {2, 3, 4, 1}, {1, 3, 4, 2}, {1, 2, 4, 3}, {2, 1, 4, 3}, {3, 1, 4, 2},
      {4, 1, 3, 2}, {4, 1, 2, 3}, {4, 2, 1, 3}, {4, 3, 1, 2}, {4, 3, 2, 1}, {4, 2, 3, 1}};
  /** Column player's payoffs (r1c1, r1c2, r2c1, r2c2) by topology column 1..12. */
  private static final int[][] COLUMN = {
      {4, 3, 2, 1}, {4, 2, 3, 1}, {4, 1, 3, 2}, {4, 1, 2, 3}, {4, 2, 1, 3}, {4, 3, 1, 2},
      {3, 4, 1, 2}, {2, 4, 1, 3}, {1, 4, 2, 3}, {1, 4, 3, 2}, {2, 4, 3, 1}, {3, 4, 2, 1}};

  /** The family names in the order of REFERENCE.md. */
  public static final List<String> FAMILIES =
      List.of("Win-win", "Biased", "Unfair", "Cyclic", "Second Best", "Tragic", "PD Family");

  private static final List<StageGame> GAMES = generate();

  private RobinsonGoforth() {}

  /** All 144 games, game number i at index i−1. */
  public static List<StageGame> all() {
    return GAMES;
  }

  /** Game {@code number} (1..144). */
  public static StageGame game(int number) {
    if (number < 1 || number > 144) {
      throw new IllegalArgumentException("Robinson–Goforth game number must be 1..144, was " + number);
    }
    return GAMES.get(number - 1);
  }

  /** Topology row (1..12) of game {@code number}. */
  public static int topologyRow(int number) {
    return (number - 1) / 12 + 1;
  }

  /** Topology column (1..12) of game {@code number}. */
  public static int topologyColumn(int number) {
    return (number - 1) % 12 + 1;
  }

  private static List<StageGame> generate() {
    String[][] labels = readLabels();
    List<StageGame> games = new ArrayList<>(144);
    for (int k = 1; k <= 12; k++) {
      for (int l = 1; l <= 12; l++) {
        int number = (k - 1) * 12 + l;
        int[] p1 = ROW[k - 1];
        int[] p2 = COLUMN[l - 1];
        double[][] r = {{p1[0], p1[1]}, {p1[2], p1[3]}};
        double[][] c = {{p2[0], p2[1]}, {p2[2], p2[3]}};
        games.add(new StageGame("rg-" + number, labels[number - 1][0], labels[number - 1][1],
            List.of("1", "2"), List.of("1", "2"), r, c));
      }
    }
    return List.copyOf(games);
  }

  private static String[][] readLabels() {
    String[][] labels = new String[144][];
    try (InputStream in = RobinsonGoforth.class.getResourceAsStream("rg144-names.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource rg144-names.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        int number = Integer.parseInt(f[0]);
        if (Integer.parseInt(f[1]) != topologyRow(number) || Integer.parseInt(f[2]) != topologyColumn(number)) {
          throw new IllegalStateException("label table: game " + number + " at the wrong topology position");
        }
        if (!FAMILIES.contains(f[4])) {
          throw new IllegalStateException("label table: unknown family " + f[4]);
        }
        labels[number - 1] = new String[] {f[3], f[4]};
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < 144; i++) {
      if (labels[i] == null) {
        throw new IllegalStateException("label table lacks game " + (i + 1));
      }
    }
    return labels;
  }
}
