package dev.parley.analysis.equilibria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.analysis.equilibria.EquilibriumSearch.Status;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LemkeHowsonTest {
  private static final double TOL = 1e-9;

  @Test
  void everyLabelLeadsToTheVonNeumannWinner() {
    Bimatrix p = Catalogue.preference();
    double[] winner = {2.0 / 9, 3.0 / 9, 4.0 / 9};
    for (int label = 0; label < 6; label++) {
      EquilibriumSearch s = new LemkeHowson().find(p, label);
      assertThat(s.status()).isEqualTo(Status.FOUND);
      assertThat(s.droppedLabel()).isEqualTo(label);
      assertThat(s.equilibrium().row()).containsExactly(winner, within(TOL));
      assertThat(s.equilibrium().column()).containsExactly(winner, within(TOL));
      assertThat(s.equilibrium().rowPayoff()).isCloseTo(0.5, within(TOL));
    }
  }

  /** von Stengel (2002) §3.5, nondegenerate 3×2 example: dropping label 1 (index 0) ends at ((1,0,0),(1,0)). */
  @Test
  void vonStengelExamplePathsEndAtItsEquilibria() {
    Bimatrix game = Bimatrix.of(new double[][] {{3, 3}, {2, 5}, {0, 6}}, new double[][] {{3, 2}, {2, 6}, {3, 1}});
    LemkeHowson lh = new LemkeHowson();

    EquilibriumSearch first = lh.find(game);
    assertThat(first.status()).isEqualTo(Status.FOUND);
    assertThat(first.equilibrium().row()).containsExactly(new double[] {1, 0, 0}, within(TOL));
    assertThat(first.equilibrium().column()).containsExactly(new double[] {1, 0}, within(TOL));

    List<Equilibrium> all = lh.findAll(game);
    EquilibriumSet enumerated = new SupportEnumeration().enumerate(game);
    assertThat(all).isNotEmpty().allSatisfy(e -> assertThat(enumerated.equilibria())
        .anySatisfy(f -> assertThat(f.profile().closeTo(e.profile(), 1e-9)).isTrue()));
  }

  @Test
  void lexicographicRuleFinishesOnADegenerateGame() {
    Bimatrix game = Bimatrix.of(new double[][] {{3, 3}, {2, 5}, {0, 6}}, new double[][] {{3, 3}, {2, 6}, {3, 1}});
    for (int label = 0; label < 5; label++) {
      EquilibriumSearch s = new LemkeHowson().find(game, label);
      assertThat(s.status()).as("label %d", label).isEqualTo(Status.FOUND);
      assertThat(game.nashConv(s.equilibrium().row(), s.equilibrium().column())).isLessThanOrEqualTo(TOL);
    }
    // All-ties game: every profile is an equilibrium; the path still ends.
    EquilibriumSearch flat = new LemkeHowson().find(Bimatrix.of(new double[3][3], new double[3][3]), 4);
    assertThat(flat.status()).isEqualTo(Status.FOUND);
  }

  @Test
  void pathsOnRandomGamesEndAtEquilibriaThatSupportEnumerationLists() {
    LemkeHowson lh = new LemkeHowson();
    SupportEnumeration se = new SupportEnumeration();
    for (long seed = 1; seed <= 15; seed++) {
      Bimatrix game = RandomGames.bimatrix(100 + seed, 5, 4);
      EquilibriumSet all = se.enumerate(game);
      for (int label = 0; label < 9; label++) {
        EquilibriumSearch s = lh.find(game, label);
        assertThat(s.status()).isEqualTo(Status.FOUND);
        assertThat(all.equilibria()).as("seed %d label %d", seed, label)
            .anySatisfy(e -> assertThat(e.profile().closeTo(s.equilibrium().profile(), 1e-8)).isTrue());
      }
    }
  }

  @Test
  void budgetsStopLongPaths() {
    Bimatrix game = RandomGames.bimatrix(7, 12, 12);
    LemkeHowson.Config oneStep = new LemkeHowson.Config(0, 1, Duration.ofSeconds(5), 1e-8);
    EquilibriumSearch s = new LemkeHowson(oneStep).find(game);
    // One pivot brings in x_0; the path needs at least one more to pick label 0 back up.
    assertThat(s.status()).isEqualTo(Status.PIVOT_LIMIT);
    assertThat(s.pivots()).isEqualTo(1);
    assertThat(s.result()).isEmpty();
  }

  @Test
  void timeBudgetStopsThePathOnTheInjectedClock() {
    long[] now = {0};
    LemkeHowson.Config oneSecond = new LemkeHowson.Config(0, 1000, Duration.ofSeconds(1), 1e-8);
    // Each reading moves the clock on by 0.4 s: the deadline is 0.4 + 1 s; checks at 0.8 and 1.2 s pass
    // (two pivots), the one at 1.6 s stops the path, which needs more pivots than that.
    LemkeHowson lh = new LemkeHowson(oneSecond, () -> now[0] += 400_000_000L);
    EquilibriumSearch s = lh.find(RandomGames.bimatrix(7, 12, 12));

    assertThat(s.status()).isEqualTo(Status.TIME_LIMIT);
    assertThat(s.pivots()).isEqualTo(2);
    assertThat(new LemkeHowson().find(RandomGames.bimatrix(7, 12, 12)).pivots()).isGreaterThan(2);
  }

  @Test
  void failsFastOnBadLabelsAndSettings() {
    assertThatThrownBy(() -> new LemkeHowson().find(Catalogue.named("pd"), 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0..3").hasMessageContaining("was 4");
    assertThatThrownBy(() -> new LemkeHowson.Config(0, 0, Duration.ofSeconds(1), 1e-8))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPivots");
    assertThatThrownBy(() -> new LemkeHowson.Config(0, 10, Duration.ZERO, 1e-8))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeBudget");
  }
}
