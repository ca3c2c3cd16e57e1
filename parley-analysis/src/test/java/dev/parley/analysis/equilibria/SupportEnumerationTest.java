package dev.parley.analysis.equilibria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SupportEnumerationTest {
  private static final double TOL = 1e-9;

  @Test
  void vonNeumannWinnerIsTheOnlyEquilibriumOfThePreferenceGame() {
    EquilibriumSet set = new SupportEnumeration().enumerate(Catalogue.preference());

    double[] winner = {2.0 / 9, 3.0 / 9, 4.0 / 9};
    assertThat(set.equilibria()).hasSize(1);
    Equilibrium e = set.equilibria().get(0);
    assertThat(e.row()).containsExactly(winner, within(TOL));
    assertThat(e.column()).containsExactly(winner, within(TOL));
    assertThat(e.rowPayoff()).isCloseTo(0.5, within(TOL));
    assertThat(e.columnPayoff()).isCloseTo(0.5, within(TOL));
    assertThat(set.degenerate()).isFalse();
  }

  /**
   * von Stengel (2002) §2.6, the degenerate variant of the 3×2 example: row 1 of B ties, so the pure
   * strategy (1,0,0) has two best responses and a segment of equilibria (1,0,0) × {y₁ ≥ 2/3}
   * appears. Equal-size supports find its vertex (row 1, column 1) and the mixed equilibrium
   * ((0,1/3,2/3), (1/3,2/3)) → (4, 8/3), not the segment's other end (1,0,0) × (2/3,1/3).
   */
  @Test
  void degenerateGameIsFlaggedAndWhatIsFoundIsAnEquilibrium() {
    Bimatrix game = Bimatrix.of(new double[][] {{3, 3}, {2, 5}, {0, 6}}, new double[][] {{3, 3}, {2, 6}, {3, 1}});
    EquilibriumSet set = new SupportEnumeration().enumerate(game);

    assertThat(set.degenerate()).isTrue();
    assertThat(set.equilibria()).hasSize(2);
    Equilibrium pure = set.equilibria().get(0);
    assertThat(pure.row()).containsExactly(new double[] {1, 0, 0}, within(TOL));
    assertThat(pure.column()).containsExactly(new double[] {1, 0}, within(TOL));
    Equilibrium mixed = set.equilibria().get(1);
    assertThat(mixed.row()).containsExactly(new double[] {0, 1.0 / 3, 2.0 / 3}, within(TOL));
    assertThat(mixed.column()).containsExactly(new double[] {1.0 / 3, 2.0 / 3}, within(TOL));
    assertThat(mixed.rowPayoff()).isCloseTo(4, within(TOL));
    assertThat(mixed.columnPayoff()).isCloseTo(8.0 / 3, within(TOL));
    RobinsonGoforthEquilibriaTest.assertEveryEquilibriumPassesTheBestResponseCheck(game, set);
  }

  /** The nondegenerate original of the same example has exactly three equilibria (von Stengel 2002). */
  @Test
  void nondegenerateExampleHasItsThreeEquilibria() {
    Bimatrix game = Bimatrix.of(new double[][] {{3, 3}, {2, 5}, {0, 6}}, new double[][] {{3, 2}, {2, 6}, {3, 1}});
    EquilibriumSet set = new SupportEnumeration().enumerate(game);

    assertThat(set.degenerate()).isFalse();
    assertThat(set.equilibria()).hasSize(3);
    assertThat(set.equilibria().get(0).row()).containsExactly(new double[] {1, 0, 0}, within(TOL));
    assertThat(set.equilibria().get(1).row()).containsExactly(new double[] {.8, .2, 0}, within(TOL));
    assertThat(set.equilibria().get(1).column()).containsExactly(new double[] {2.0 / 3, 1.0 / 3}, within(TOL));
    assertThat(set.equilibria().get(2).row()).containsExactly(new double[] {0, 1.0 / 3, 2.0 / 3}, within(TOL));
    assertThat(set.equilibria().get(2).column()).containsExactly(new double[] {1.0 / 3, 2.0 / 3}, within(TOL));
  }

  @Test
  void pruningChangesNothingButTheWorkOnRandomGames() {
    SupportEnumeration fast = new SupportEnumeration();
    SupportEnumeration naive = new SupportEnumeration(SupportEnumeration.Config.defaults().withoutPruning());
    long pruned = 0;
    for (long seed = 1; seed <= 30; seed++) {
      int m = 2 + (int) (seed % 5);
      int n = 2 + (int) ((seed / 5) % 5);
      Bimatrix game = RandomGames.bimatrix(seed, m, n);
      EquilibriumSet a = fast.enumerate(game);
      EquilibriumSet b = naive.enumerate(game);

      assertThat(a.degenerate()).isFalse();
      // Nondegenerate games have an odd number of equilibria (Lemke–Howson 1964).
      assertThat(a.size() % 2).as("seed %d: %s", seed, a.equilibria()).isEqualTo(1);
      assertThat(a.size()).as("seed %d", seed).isEqualTo(b.size());
      for (int k = 0; k < a.size(); k++) {
        assertThat(a.equilibria().get(k).profile().closeTo(b.equilibria().get(k).profile(), 1e-9)).isTrue();
      }
      assertThat(a.supportPairs()).isLessThanOrEqualTo(b.supportPairs());
      assertThat(b.supportPairs()).isEqualTo((long) SupportEnumeration.supportPairs(m, n));
      RobinsonGoforthEquilibriaTest.assertEveryEquilibriumPassesTheBestResponseCheck(game, a);
      pruned += a.prunedPairs() + (b.supportPairs() - a.supportPairs());
    }
    assertThat(pruned).isPositive();
  }

  @Test
  void countsSupportPairsAsBinomial() {
    assertThat(SupportEnumeration.supportPairs(2, 2)).isEqualTo(5);
    assertThat(SupportEnumeration.supportPairs(8, 8)).isEqualTo(12869);
    assertThat(SupportEnumeration.supportPairs(3, 5)).isEqualTo(55);
  }

  @Test
  void refusesGamesBeyondTheSupportPairBudget() {
    SupportEnumeration small = new SupportEnumeration(new SupportEnumeration.Config(1e-9, true, 100));
    assertThatThrownBy(() -> small.enumerate(RandomGames.bimatrix(1, 5, 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("251")
        .hasMessageContaining("maxSupportPairs 100")
        .hasMessageContaining("LemkeHowson");
    assertThatThrownBy(() -> new SupportEnumeration.Config(0, true, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tolerance");
  }
}
