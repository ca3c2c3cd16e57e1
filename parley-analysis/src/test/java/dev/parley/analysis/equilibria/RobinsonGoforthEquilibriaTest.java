package dev.parley.analysis.equilibria;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.games.matrix.RobinsonGoforth;
import dev.parley.games.matrix.StageGame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** REFERENCE §9.3: pure equilibria of the 144 ordinal 2×2 games, by support enumeration. */
class RobinsonGoforthEquilibriaTest {
  private final SupportEnumeration enumeration = new SupportEnumeration();

  @Test
  void ruleGeneratedGamesAreNondegenerateWith18_108_18PureEquilibriumCounts() {
    int[] byCount = new int[3];
    Map<String, int[]> byFamily = new TreeMap<>();
    for (StageGame g : RobinsonGoforth.all()) {
      Bimatrix game = Catalogue.of(g);
      EquilibriumSet set = enumeration.enumerate(game);
      assertThat(set.degenerate()).as(g.name()).isFalse();
      int pure = set.pure().size();
      byCount[pure]++;
      byFamily.computeIfAbsent(g.family(), f -> new int[3])[pure]++;
      // Nondegenerate games have an odd number of equilibria: 1 mixed when no pure one, 3 with two.
      assertThat(set.size()).as(g.name()).isEqualTo(pure == 2 ? 3 : 1);
      assertThat(pure).as(g.name()).isEqualTo(weakBestResponsePureEquilibria(game));
      assertEveryEquilibriumPassesTheBestResponseCheck(game, set);
    }

    assertThat(byCount).containsExactly(18, 108, 18);
    assertThat(byFamily.get("Win-win")).containsExactly(0, 27, 9);
    assertThat(byFamily.get("Biased")).containsExactly(0, 36, 8);
    assertThat(byFamily.get("Unfair")).containsExactly(0, 18, 1);
    assertThat(byFamily.get("Cyclic")).containsExactly(18, 0, 0);
    assertThat(byFamily.get("Second Best")).containsExactly(0, 12, 0);
    assertThat(byFamily.get("Tragic")).containsExactly(0, 8, 0);
    assertThat(byFamily.get("PD Family")).containsExactly(0, 7, 0);
  }

  /**
   * The file as shipped (REFERENCE §1.3.4) differs from the rule on 15 rows with tied payoffs; its
   * pure-equilibrium counts are 14/109/21 (§9.3). Ties in the column player's payoffs against row 2
   * make 7 of those games degenerate; ties within one row of the row player's own payoffs do not.
   */
  @Test
  void shippedFileWithTiesGives14_109_21AndFlagsExactlyTheDegenerateGames() {
    int[] byCount = new int[3];
    TreeSet<Integer> degenerate = new TreeSet<>();
    for (int number = 1; number <= 144; number++) {
      Bimatrix game = shipped(number);
      EquilibriumSet set = enumeration.enumerate(game);
      int pure = set.pure().size();
      byCount[pure]++;
      if (set.degenerate()) {
        degenerate.add(number);
      }
      assertThat(pure).as("game %d", number).isEqualTo(weakBestResponsePureEquilibria(game));
      assertEveryEquilibriumPassesTheBestResponseCheck(game, set);
    }

    assertThat(byCount).containsExactly(14, 109, 21);
    assertThat(degenerate).containsExactly(58, 59, 60, 83, 84, 95, 96);
  }

  private static Bimatrix shipped(int number) {
    StageGame g = RobinsonGoforth.game(number);
    double[][] a = g.rowPayoffs();
    double[][] b = g.columnPayoffs();
    if (number >= 17 && number <= 24) {
      a = cells(3, 3, 4, 1);
    }
    if (number == 58) {
      b = cells(1, 4, 3, 3);
    }
    if (number == 59 || number == 83 || number == 95) {
      b = cells(2, 4, 3, 3);
    }
    if (number == 60 || number == 84 || number == 96) {
      b = cells(3, 4, 2, 2);
    }
    return Bimatrix.of(a, b);
  }

  private static double[][] cells(double r1c1, double r1c2, double r2c1, double r2c2) {
    return new double[][] {{r1c1, r1c2}, {r2c1, r2c2}};
  }

  /** Cells where each action is a weak best response to the other: the definition of §9.3. */
  static int weakBestResponsePureEquilibria(Bimatrix g) {
    int count = 0;
    for (int i = 0; i < g.rows(); i++) {
      for (int j = 0; j < g.columns(); j++) {
        boolean rowBest = true;
        boolean columnBest = true;
        for (int k = 0; k < g.rows(); k++) {
          rowBest &= g.rowPayoff(k, j) <= g.rowPayoff(i, j);
        }
        for (int k = 0; k < g.columns(); k++) {
          columnBest &= g.columnPayoff(i, k) <= g.columnPayoff(i, j);
        }
        count += rowBest && columnBest ? 1 : 0;
      }
    }
    return count;
  }

  /** No pure deviation gains for either player, at the reported strategies. */
  static void assertEveryEquilibriumPassesTheBestResponseCheck(Bimatrix game, EquilibriumSet set) {
    List<String> failures = new ArrayList<>();
    for (Equilibrium e : set.equilibria()) {
      double[] ay = game.rowPayoffsAgainst(e.column());
      double[] xb = game.columnPayoffsAgainst(e.row());
      for (double v : ay) {
        if (v > e.rowPayoff() + 1e-9) {
          failures.add("row deviation " + v + " > " + e.rowPayoff() + " at " + e);
        }
      }
      for (double v : xb) {
        if (v > e.columnPayoff() + 1e-9) {
          failures.add("column deviation " + v + " > " + e.columnPayoff() + " at " + e);
        }
      }
    }
    assertThat(failures).isEmpty();
  }
}
