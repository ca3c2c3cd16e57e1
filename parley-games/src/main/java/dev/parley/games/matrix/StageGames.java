package dev.parley.games.matrix;

import dev.parley.core.spec.NameNotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of named stage games (REFERENCE §1.3): exact matrices from the papers Parley
 * reproduces, plus the 144 Robinson–Goforth games as {@code rg-1} … {@code rg-144}.
 */
public final class StageGames {
  private static final Map<String, StageGame> NAMED = new LinkedHashMap<>();

  static {
    add(two("pd", "Prisoner's Dilemma (T=5, R=3, P=1, S=0)", "C", "D", 3, 3, 0, 5, 5, 0, 1, 1));
    add(two("pd-akata", "Prisoner's Dilemma (Akata et al.: T=10, R=8, P=5, S=0)", "C", "D",
        8, 8, 0, 10, 10, 0, 5, 5));
    add(two("bos", "Battle of the Sexes (Akata et al.; player 1 prefers J, player 2 prefers F)", "J", "F",
        10, 7, 0, 0, 0, 0, 7, 10));
    add(two("bos-hua", "Battle of the Sexes (Hua et al.: Opera, Football)", "O", "F", 2, 1, 0, 0, 0, 0, 1, 2));
    add(two("stag-hunt", "Stag Hunt (Hua et al.: Stag, Hare)", "S", "H", 3, 3, 0, 1, 1, 0, 1, 1));
    add(two("stag-hunt-ordinal", "Stag Hunt (ordinal, catalogue #78)", "S", "H", 4, 4, 1, 3, 3, 1, 2, 2));
    add(two("chicken", "Chicken (ordinal, catalogue #12: Swerve, Straight)", "Swerve", "Straight",
        3, 3, 2, 4, 4, 2, 1, 1));
    add(two("wait-go", "Wait-Go (Hua et al.)", "W", "G", 0, 0, 0, 2, 2, 0, -4, -4));
    add(two("matching-pennies", "Matching Pennies (zero-sum)", "H", "T", 1, -1, -1, 1, -1, 1, 1, -1));
    double[][] rps = {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}};
    add(new StageGame("rps", "Rock-Paper-Scissors (zero-sum)", "", List.of("R", "P", "S"),
        List.of("R", "P", "S"), rps, negate(rps)));
    add(cournot());
  }

  private StageGames() {}

  private static void add(StageGame g) {
    NAMED.put(g.name(), g);
  }

  private static StageGame two(String name, String title, String a1, String a2, double... cells) {
    double[][] r = {{cells[0], cells[2]}, {cells[4], cells[6]}};
    double[][] c = {{cells[1], cells[3]}, {cells[5], cells[7]}};
    return new StageGame(name, title, "", List.of(a1, a2), List.of(a1, a2), r, c);
  }

  private static double[][] negate(double[][] a) {
    double[][] n = new double[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) {
        n[i][j] = a[i][j] == 0 ? 0 : -a[i][j];
      }
    }
    return n;
  }

  private static StageGame cournot() {
    double[][] row = {
        {0, 0, 0, 0, 0, 0},
        {9, 7, 5, 3, 1, -1},
        {14, 10, 6, 2, -2, -2},
        {15, 9, 3, -3, -3, -3},
        {12, 4, -4, -4, -4, -4},
        {5, -5, -5, -5, -5, -5}};
    double[][] col = new double[6][6];
    for (int i = 0; i < 6; i++) {
      for (int j = 0; j < 6; j++) {
        col[i][j] = row[j][i];
      }
    }
    List<String> actions = List.of("a1", "a2", "a3", "a4", "a5", "a6");
    return new StageGame("cournot", "Cournot duopoly 6×6 (Hua et al.)", "", actions, actions, row, col);
  }

  /** The named games (not the rg-N catalogue). */
  public static List<StageGame> named() {
    return List.copyOf(NAMED.values());
  }

  /** Every name accepted by {@link #get}: the named games, then rg-1 … rg-144. */
  public static List<String> names() {
    List<String> all = new ArrayList<>(NAMED.keySet());
    for (int i = 1; i <= 144; i++) {
      all.add("rg-" + i);
    }
    return all;
  }

  /** A named game or {@code rg-N}. */
  public static StageGame get(String name) {
    StageGame g = NAMED.get(name);
    if (g != null) {
      return g;
    }
    if (name.startsWith("rg-")) {
      try {
        int n = Integer.parseInt(name.substring(3));
        if (n >= 1 && n <= 144) {
          return RobinsonGoforth.game(n);
        }
      } catch (NumberFormatException ignored) {
        // fall through to the error below
      }
    }
    List<String> accepted = new ArrayList<>(NAMED.keySet());
    accepted.add("rg-1 … rg-144");
    accepted.add("custom (with payoffs=...)");
    throw new NameNotFoundException("stage game", name, accepted);
  }
}
