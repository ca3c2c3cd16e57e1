package dev.parley.analysis.equilibria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ZeroSumLpTest {
  private static final double TOL = 1e-9;

  @Test
  void vonNeumannWinnerOfTheIntransitivePreferenceIsTwoThreeFourNinths() {
    Bimatrix p = Catalogue.preference();
    ZeroSumSolution s = new ZeroSumLp().solve(p);

    double[] winner = {2.0 / 9, 3.0 / 9, 4.0 / 9};
    assertThat(s.value()).isCloseTo(0.5, within(TOL));
    assertThat(s.columnValue()).isCloseTo(0.5, within(TOL));
    assertThat(s.row()).containsExactly(winner, within(TOL));
    assertThat(s.column()).containsExactly(winner, within(TOL));
    assertThat(p.rowPayoffsAgainst(s.column())).containsExactly(new double[] {.5, .5, .5}, within(TOL));
    assertThat(s.dualityGap()).isLessThanOrEqualTo(TOL);
  }

  @Test
  void matchingPenniesAndRockPaperScissorsHaveValueZeroAndUniformStrategies() {
    ZeroSumSolution mp = new ZeroSumLp().solve(Catalogue.named("matching-pennies"));
    ZeroSumSolution rps = new ZeroSumLp().solve(Catalogue.named("rps"));

    assertThat(mp.value()).isCloseTo(0, within(TOL));
    assertThat(mp.row()).containsExactly(new double[] {.5, .5}, within(TOL));
    assertThat(mp.column()).containsExactly(new double[] {.5, .5}, within(TOL));
    double third = 1.0 / 3;
    assertThat(rps.value()).isCloseTo(0, within(TOL));
    assertThat(rps.row()).containsExactly(new double[] {third, third, third}, within(TOL));
    assertThat(rps.column()).containsExactly(new double[] {third, third, third}, within(TOL));
  }

  @Test
  void regretMatchingGameHasValueOneFifthAtTwoFifthsThreeFifths() {
    ZeroSumSolution s = new ZeroSumLp().solve(Bimatrix.zeroSum(new double[][] {{2, -1}, {-1, 1}}));

    assertThat(s.value()).isCloseTo(0.2, within(TOL));
    assertThat(s.columnValue()).isCloseTo(-0.2, within(TOL));
    assertThat(s.row()).containsExactly(new double[] {.4, .6}, within(TOL));
    assertThat(s.column()).containsExactly(new double[] {.4, .6}, within(TOL));
    assertThat(s.equilibrium().rowPayoff()).isCloseTo(0.2, within(TOL));
  }

  @Test
  void dualValuesAndTheColumnPlayersOwnProgramGiveTheSameValueOnRandomGames() {
    ZeroSumLp dual = new ZeroSumLp();
    ZeroSumLp twoPrograms = new ZeroSumLp(new ZeroSumLp.Config(ZeroSumLp.ColumnStrategy.SECOND_PROGRAM, 1e-9));
    SupportEnumeration enumeration = new SupportEnumeration();
    for (long seed = 1; seed <= 20; seed++) {
      Bimatrix game = RandomGames.zeroSum(seed, 3 + (int) (seed % 4), 2 + (int) (seed % 5));
      ZeroSumSolution a = dual.solve(game);
      ZeroSumSolution b = twoPrograms.solve(game);
      EquilibriumSet all = enumeration.enumerate(game);

      assertThat(a.value()).as("seed %d", seed).isCloseTo(b.value(), within(TOL));
      assertThat(game.nashConv(a.row(), a.column())).isLessThanOrEqualTo(TOL);
      assertThat(game.nashConv(b.row(), b.column())).isLessThanOrEqualTo(TOL);
      // Every equilibrium of a zero-sum game pays the value (minimax theorem).
      assertThat(all.equilibria()).isNotEmpty()
          .allSatisfy(e -> assertThat(e.rowPayoff()).isCloseTo(a.value(), within(TOL)));
    }
  }

  @Test
  void constantSumGamesKeepTheirConstant() {
    Bimatrix game = Bimatrix.constantSum(new double[][] {{3, 1}, {0, 2}}, 10);
    ZeroSumSolution s = new ZeroSumLp().solve(game);

    // Row mixes (1/2, 1/2); column (1/4, 3/4); value 3/2.
    assertThat(s.value()).isCloseTo(1.5, within(TOL));
    assertThat(s.columnValue()).isCloseTo(8.5, within(TOL));
    assertThat(s.row()).containsExactly(new double[] {.5, .5}, within(TOL));
    assertThat(s.column()).containsExactly(new double[] {.25, .75}, within(TOL));
  }

  @Test
  void refusesGeneralSumGamesNamingTheCellsThatBreakTheSum() {
    assertThatThrownBy(() -> new ZeroSumLp().solve(Catalogue.named("pd")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GENERAL_SUM")
        .hasMessageContaining("sum to 6.0 at (C,C)")
        .hasMessageContaining("to 5.0 at (C,D)")
        .hasMessageContaining("SupportEnumeration");
  }

  @Test
  void configFailsFastOnABadTolerance() {
    assertThatThrownBy(() -> new ZeroSumLp.Config(ZeroSumLp.ColumnStrategy.DUAL_VALUES, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gapTolerance")
        .hasMessageContaining("0.0");
  }
}
