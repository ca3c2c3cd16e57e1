package dev.parley.analysis.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrueSkillTest {
  private static final TrueSkill TS = new TrueSkill(TrueSkillConfig.DEFAULTS);
  private static final TrueSkillRating PRIOR = TrueSkillConfig.DEFAULTS.prior();

  @Test
  void drawMarginWithDefaults() {
    assertThat(TS.drawMargin(2)).isCloseTo(0.740467, within(1e-6));
  }

  /** REFERENCE §9.10: win → 29.395832 / 20.604168, σ 7.171476; draw → 25, σ 6.457516. */
  @Test
  void oneVersusOneClosedForm() {
    List<TrueSkillRating> win = TS.rate1v1(PRIOR, PRIOR, false);
    assertThat(win.get(0).mu()).isCloseTo(29.395832, within(1e-6));
    assertThat(win.get(1).mu()).isCloseTo(20.604168, within(1e-6));
    assertThat(win.get(0).sigma()).isCloseTo(7.171476, within(1e-6));
    assertThat(win.get(1).sigma()).isCloseTo(7.171476, within(1e-6));
    List<TrueSkillRating> draw = TS.rate1v1(PRIOR, PRIOR, true);
    assertThat(draw.get(0).mu()).isCloseTo(25, within(1e-9));
    assertThat(draw.get(1).mu()).isCloseTo(25, within(1e-9));
    assertThat(draw.get(0).sigma()).isCloseTo(6.457516, within(1e-6));
  }

  @Test
  void factorGraphWithTwoTeamsOfOneEqualsTheClosedForm() {
    TrueSkillRating a = new TrueSkillRating(27, 6);
    TrueSkillRating b = new TrueSkillRating(24, 4);
    for (boolean drawn : new boolean[] {false, true}) {
      List<TrueSkillRating> closed = TS.rate1v1(a, b, drawn);
      List<TrueSkillRating> graph = TS.rateFreeForAll(List.of(b, a), new int[] {drawn ? 0 : 1, 0});
      assertThat(graph.get(1).mu()).isCloseTo(closed.get(0).mu(), within(1e-12));
      assertThat(graph.get(1).sigma()).isCloseTo(closed.get(0).sigma(), within(1e-12));
      assertThat(graph.get(0).mu()).isCloseTo(closed.get(1).mu(), within(1e-12));
      assertThat(graph.get(0).sigma()).isCloseTo(closed.get(1).sigma(), within(1e-12));
    }
  }

  /**
   * Two teams of two from the prior: exact two-team update with c² = 4(σ² + τ²) + 4β² and draw margin
   * for four players gives μ 28.108 / 21.892, σ 7.774 (as in Moser's TrueSkill two-on-two test).
   */
  @Test
  void twoOnTwo() {
    List<List<TrueSkillRating>> r = TS.rate(List.of(List.of(PRIOR, PRIOR), List.of(PRIOR, PRIOR)), new int[] {0, 1});
    double var = PRIOR.sigma() * PRIOR.sigma() + Math.pow(25.0 / 300, 2);
    double c2 = 4 * var + 4 * Math.pow(25.0 / 6, 2);
    double c = Math.sqrt(c2);
    double e = TS.drawMargin(4) / c;
    double v = TrueSkill.vWin(0, e);
    double w = TrueSkill.wWin(0, e);
    for (TrueSkillRating winner : r.get(0)) {
      assertThat(winner.mu()).isCloseTo(25 + var / c * v, within(1e-10)).isCloseTo(28.108, within(5e-4));
      assertThat(winner.sigma()).isCloseTo(Math.sqrt(var * (1 - var / c2 * w)), within(1e-10))
          .isCloseTo(7.774, within(5e-4));
    }
    for (TrueSkillRating loser : r.get(1)) {
      assertThat(loser.mu()).isCloseTo(25 - var / c * v, within(1e-10)).isCloseTo(21.892, within(5e-4));
    }
  }

  /**
   * Three players free-for-all from the prior, no draws: Moser's TrueSkill test "three teams of one,
   * not drawn" lists 31.675352419 / 6.655985378, 25.000000000 / 6.207896641, 18.324647581 / 6.655985378
   * (his erfc approximation differs in the seventh digit).
   */
  @Test
  void threePlayerFreeForAll() {
    List<TrueSkillRating> r = TS.rateFreeForAll(List.of(PRIOR, PRIOR, PRIOR), new int[] {1, 2, 3});
    assertRating(r.get(0), 31.675352419172107, 6.6559853776206905, 1e-6);
    assertRating(r.get(1), 25.000000000003912, 6.2078966412243233, 1e-6);
    assertRating(r.get(2), 18.324647580823971, 6.6559853776218318, 1e-6);
  }

  /**
   * Free-for-all with a draw and with unequal priors, against the {@code trueskill} package's output
   * as listed in reference tests of its ports (places 0, 0, 1 from the prior; and (30, 4), (20, 5),
   * (25, 3) finishing third, first, second).
   */
  @Test
  void freeForAllWithADrawAndWithUnequalPriors() {
    List<TrueSkillRating> drawn = TS.rateFreeForAll(List.of(PRIOR, PRIOR, PRIOR), new int[] {0, 0, 1});
    assertRating(drawn.get(0), 27.55196, 5.97413, 1e-5);
    assertRating(drawn.get(1), 27.557338, 5.972007, 1e-6);
    assertRating(drawn.get(2), 19.890701, 6.735245, 1e-6);
    List<TrueSkillRating> mixed = TS.rateFreeForAll(
        List.of(new TrueSkillRating(30, 4), new TrueSkillRating(20, 5), new TrueSkillRating(25, 3)),
        new int[] {2, 0, 1});
    assertRating(mixed.get(0), 25.931499, 3.435828, 1e-6);
    assertRating(mixed.get(1), 25.829133, 4.015526, 1e-6);
    assertRating(mixed.get(2), 25.18978, 2.71974, 1e-5);
  }

  /**
   * Teams of 2, 4 and 2 players with unequal priors; the first team wins, the other two draw. Values
   * from Microsoft's online TrueSkill calculator as listed (3 decimals) in Moser's test suite.
   */
  @Test
  void twoOnFourOnTwoWithADraw() {
    List<List<TrueSkillRating>> r = TS.rate(List.of(
        List.of(new TrueSkillRating(40, 4), new TrueSkillRating(45, 3)),
        List.of(new TrueSkillRating(20, 7), new TrueSkillRating(19, 6), new TrueSkillRating(30, 9),
            new TrueSkillRating(10, 4)),
        List.of(new TrueSkillRating(50, 5), new TrueSkillRating(30, 2))), new int[] {1, 2, 2});
    assertRating(r.get(0).get(0), 40.877, 3.840, 1e-3);
    assertRating(r.get(0).get(1), 45.493, 2.934, 1e-3);
    assertRating(r.get(1).get(0), 19.609, 6.396, 1e-3);
    assertRating(r.get(1).get(1), 18.712, 5.625, 1e-3);
    assertRating(r.get(1).get(2), 29.353, 7.673, 1e-3);
    assertRating(r.get(1).get(3), 9.872, 3.891, 1e-3);
    assertRating(r.get(2).get(0), 48.830, 4.590, 1e-3);
    assertRating(r.get(2).get(1), 29.813, 1.976, 1e-3);
  }

  private static void assertRating(TrueSkillRating r, double mu, double sigma, double tolerance) {
    assertThat(r.mu()).as("mu").isCloseTo(mu, within(tolerance));
    assertThat(r.sigma()).as("sigma").isCloseTo(sigma, within(tolerance));
  }

  @Test
  void ranksNeedNotComeSortedAndEqualRanksDraw() {
    List<TrueSkillRating> sorted = TS.rateFreeForAll(List.of(PRIOR, PRIOR, PRIOR), new int[] {1, 2, 3});
    List<TrueSkillRating> shuffled = TS.rateFreeForAll(List.of(PRIOR, PRIOR, PRIOR), new int[] {3, 1, 2});
    assertThat(shuffled.get(1)).isEqualTo(sorted.get(0));
    assertThat(shuffled.get(2)).isEqualTo(sorted.get(1));
    assertThat(shuffled.get(0)).isEqualTo(sorted.get(2));
    List<TrueSkillRating> allDraw = TS.rateFreeForAll(List.of(PRIOR, PRIOR, PRIOR), new int[] {0, 0, 0});
    for (TrueSkillRating r : allDraw) {
      assertThat(r.mu()).isCloseTo(25, within(1e-9));
      assertThat(r.sigma()).isLessThan(PRIOR.sigma());
    }
  }

  @Test
  void battlesAreRatedInOrderFromThePrior() {
    Battles b = Battles.builder().add("A", "B", 1).add("B", "C", 0.5).build();
    List<TrueSkillRating> all = TS.rateAll(b);
    assertThat(all.get(0).mu()).isCloseTo(29.395832, within(1e-6));
    List<TrueSkillRating> second = TS.rate1v1(new TrueSkillRating(20.604168, 7.171476), PRIOR, true);
    assertThat(all.get(1).mu()).isCloseTo(second.get(0).mu(), within(1e-5));
    assertThat(all.get(2).mu()).isCloseTo(second.get(1).mu(), within(1e-5));
    Ratings r = TS.rate(b);
    assertThat(r.of("A")).isCloseTo(29.395832 - 3 * 7.171476, within(1e-5));
  }

  @Test
  void badInputsAreNamed() {
    assertThatThrownBy(() -> TS.rate(List.of(List.of(PRIOR)), new int[] {0})).hasMessageContaining("teams");
    assertThatThrownBy(() -> TS.rate(List.of(List.of(PRIOR), List.of()), new int[] {0, 1}))
        .hasMessageContaining("team 1");
    assertThatThrownBy(() -> new TrueSkillRating(25, 0)).hasMessageContaining("sigma");
    TrueSkill noDraws = new TrueSkill(TrueSkillConfig.DEFAULTS.withDrawProbability(0));
    assertThatThrownBy(() -> noDraws.rate1v1(PRIOR, PRIOR, true)).hasMessageContaining("drawProbability");
  }
}
