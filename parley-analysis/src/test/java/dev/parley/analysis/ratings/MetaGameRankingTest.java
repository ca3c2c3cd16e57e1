package dev.parley.analysis.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MetaGameRankingTest {
  private static final NashAveraging NASH = new NashAveraging(NashAveragingConfig.DEFAULTS);
  private static final AlphaRank ALPHA = new AlphaRank(AlphaRankConfig.OPENSPIEL);
  private static final double[][] RPS = {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}};
  /** OpenSpiel's transitive test matrix. */
  private static final double[][] TRANSITIVE = {{0, -1, -1}, {1, 0, -1}, {1, 1, 0}};
  /** P − ½ for P of REFERENCE §9.8. */
  private static final double[][] P_MINUS_HALF = {{0, 0.4, -0.3}, {-0.4, 0, 0.2}, {0.3, -0.2, 0}};

  @Test
  void rockPaperScissorsIsUniformForBoth() {
    MetaRanking nash = NASH.rank(MetaGame.of(RPS));
    assertThat(nash.mass()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-12));
    assertThat(nash.scores()).containsExactly(new double[] {0, 0, 0}, within(1e-12));
    assertThat(ALPHA.rank(MetaGame.of(RPS)).mass()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3},
        within(1e-12));
  }

  @Test
  void transitiveGameConcentratesOnTheBestStrategy() {
    MetaRanking nash = NASH.rank(MetaGame.of(TRANSITIVE));
    assertThat(nash.mass()).containsExactly(new double[] {0, 0, 1}, within(1e-12));
    assertThat(nash.scores()).containsExactly(new double[] {-1, -1, 0}, within(1e-12));
    MetaRanking alpha = ALPHA.rank(MetaGame.of(TRANSITIVE));
    assertThat(alpha.mass()).containsExactly(new double[] {0, 0, 1}, within(1e-12));
  }

  @Test
  void intransitivePreferenceGameOfSection98() {
    MetaRanking nash = NASH.rank(MetaGame.of(P_MINUS_HALF));
    assertThat(nash.mass()).containsExactly(new double[] {2.0 / 9, 3.0 / 9, 4.0 / 9}, within(1e-12));
    assertThat(nash.scores()).containsExactly(new double[] {0, 0, 0}, within(1e-12));
    assertThat(ALPHA.rank(MetaGame.of(P_MINUS_HALF)).mass())
        .containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-9));
    MetaRanking alpha1 = new AlphaRank(AlphaRankConfig.OPENSPIEL.withAlpha(1)).rank(MetaGame.of(P_MINUS_HALF));
    assertThat(alpha1.mass()).containsExactly(new double[] {0.3137, 0.2570, 0.4293}, within(5e-5));
    assertThat(alpha1.mass()).containsExactly(new double[] {0.31368538, 0.25701587, 0.42929875}, within(1e-8));
  }

  /** A copy of rock splits rock's mass in two (maximum entropy), leaving every rating at 0. */
  @Test
  void nashAveragingIsInvariantToACopiedStrategy() {
    double[][] rrps = {{0, 0, -1, 1}, {0, 0, -1, 1}, {1, 1, 0, -1}, {-1, -1, 1, 0}};
    MetaRanking nash = NASH.rank(MetaGame.of(rrps));
    assertThat(nash.mass()).containsExactly(new double[] {1.0 / 6, 1.0 / 6, 1.0 / 3, 1.0 / 3}, within(1e-9));
    assertThat(nash.scores()).containsExactly(new double[] {0, 0, 0, 0}, within(1e-9));
  }

  @Test
  void nashAveragingOfDrawsIsUniformAndLosersGetNegativeRatings() {
    MetaRanking draws = NASH.rank(MetaGame.of(new double[4][4]));
    assertThat(draws.mass()).containsExactly(new double[] {0.25, 0.25, 0.25, 0.25}, within(1e-9));
    // s0 and s1 tie and both beat s2: any mix of s0 and s1 is an equilibrium; maximum entropy halves it
    double[][] twoTop = {{0, 0, 1}, {0, 0, 2}, {-1, -2, 0}};
    MetaRanking top = NASH.rank(MetaGame.of(twoTop));
    assertThat(top.mass()).containsExactly(new double[] {0.5, 0.5, 0}, within(1e-9));
    assertThat(top.scores()).containsExactly(new double[] {0, 0, -1.5}, within(1e-9));
  }

  /**
   * s2 loses to s1, so equilibria mix s0 and s1 only, and s2 must not gain: p0 − p1/2 ≤ 0. Entropy
   * would pick p0 = ½, but the constraint caps it: p = (1/3, 2/3, 0), on the boundary.
   */
  @Test
  void nashAveragingWhenTheMaximumEntropyPointSitsOnAConstraint() {
    double[][] a = {{0, 0, -1}, {0, 0, 0.5}, {1, -0.5, 0}};
    MetaRanking nash = NASH.rank(MetaGame.of(a));
    assertThat(nash.mass()).containsExactly(new double[] {1.0 / 3, 2.0 / 3, 0}, within(1e-9));
    assertThat(nash.scores()).containsExactly(new double[] {0, 0, 0}, within(1e-9));
  }

  /**
   * Random antisymmetric games: the result is an equilibrium (no strategy scores above 0), its
   * support has odd size (generic symmetric zero-sum games, Kaplansky 1945), and copying a strategy
   * splits its mass evenly between the copies and changes no score.
   */
  @Test
  void randomGamesGiveEquilibriaAndCopiesSplitMassEvenly() {
    SplittableRandom rng = new SplittableRandom(11);
    for (int n : new int[] {5, 12, 40}) {
      double[][] a = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          a[i][j] = rng.nextDouble() * 2 - 1;
          a[j][i] = -a[i][j];
        }
      }
      MetaRanking r = NASH.rank(MetaGame.of(a));
      int support = 0;
      double total = 0;
      for (int i = 0; i < n; i++) {
        assertThat(r.scores()[i]).isLessThanOrEqualTo(1e-9);
        support += r.mass()[i] > 0 ? 1 : 0;
        total += r.mass()[i];
      }
      assertThat(support % 2).as("support size %d of n = %d", support, n).isEqualTo(1);
      assertThat(total).isCloseTo(1, within(1e-12));
      int copied = 0;
      for (int i = 1; i < n; i++) {
        copied = r.mass()[i] > r.mass()[copied] ? i : copied;
      }
      double[][] b = new double[n + 1][n + 1];
      for (int i = 0; i <= n; i++) {
        for (int j = 0; j <= n; j++) {
          b[i][j] = a[i == n ? copied : i][j == n ? copied : j];
        }
      }
      MetaRanking withCopy = NASH.rank(MetaGame.of(b));
      assertThat(withCopy.mass()[copied]).isCloseTo(r.mass()[copied] / 2, within(1e-8));
      assertThat(withCopy.mass()[n]).isCloseTo(r.mass()[copied] / 2, within(1e-8));
      for (int i = 0; i < n; i++) {
        assertThat(withCopy.scores()[i]).isCloseTo(r.scores()[i], within(1e-8));
      }
    }
  }

  @Test
  void nashAveragingRejectsANonAntisymmetricGame() {
    assertThatThrownBy(() -> NASH.rank(MetaGame.of(new double[][] {{0, 1}, {0, 0}})))
        .hasMessageContaining("antisymmetric");
  }

  /**
   * Two agents each best at one task: value ½, uniform mixes, skills 0. A copied task does not move
   * the agents' skills; a hopeless third agent rates −½.
   */
  @Test
  void agentVersusTask() {
    NashAveraging.AgentTaskRanking base = NASH.agentVsTask(List.of("a", "b"), List.of("t", "u"),
        new double[][] {{10, 0}, {0, 5}});
    assertThat(base.value()).isCloseTo(0.5, within(1e-12));
    assertThat(base.agents().mass()).containsExactly(new double[] {0.5, 0.5}, within(1e-9));
    assertThat(base.tasks().mass()).containsExactly(new double[] {0.5, 0.5}, within(1e-9));
    NashAveraging.AgentTaskRanking copied = NASH.agentVsTask(List.of("a", "b", "c"), List.of("t", "t'", "u"),
        new double[][] {{10, 10, 0}, {0, 0, 5}, {0, 0, 0}});
    assertThat(copied.tasks().mass()).containsExactly(new double[] {0.25, 0.25, 0.5}, within(1e-9));
    assertThat(copied.agents().mass()).containsExactly(new double[] {0.5, 0.5, 0}, within(1e-9));
    assertThat(copied.agents().scores()).containsExactly(new double[] {0, 0, -0.5}, within(1e-9));
  }

  /** Infinite α, two strategies, s0 beats s1: s1 → s0 with 1 − ε, s0 → s1 with ε, so π = (1 − ε, ε). */
  @Test
  void infiniteAlphaWithTwoStrategies() {
    AlphaRank infinite = new AlphaRank(AlphaRankConfig.OPENSPIEL.infinite());
    MetaRanking r = infinite.rank(MetaGame.of(new double[][] {{0, 1}, {-1, 0}}));
    assertThat(r.mass()).containsExactly(new double[] {0.99, 0.01}, within(1e-12));
    assertThat(infinite.rank(MetaGame.of(RPS)).mass()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3},
        within(1e-12));
  }

  /** Two strategies, finite α: π ∝ (ρ_{0,1}, ρ_{1,0}) in closed form. */
  @Test
  void finiteAlphaWithTwoStrategiesMatchesTheFixationRatio() {
    AlphaRank ar = new AlphaRank(new AlphaRankConfig(0.5, 10, 0.01));
    MetaRanking r = ar.rank(MetaGame.of(new double[][] {{0, 1}, {-1, 0}}));
    double u = 0.5 * 2;
    double rhoUp = (1 - Math.exp(-u)) / (1 - Math.exp(-10 * u));
    double rhoDown = (1 - Math.exp(u)) / (1 - Math.exp(10 * u));
    assertThat(r.mass()[0]).isCloseTo(rhoUp / (rhoUp + rhoDown), within(1e-14));
  }

  @Test
  void meanScoresBecomeAnAntisymmetricGame() {
    Battles b = Battles.builder().add("x", "y", 1, 3).add("y", "x", 1, 1).add("x", "z", 0.5).build();
    MetaGame g = MetaGame.fromMeanScores(b.aggregate());
    assertThat(g.payoff(0, 1)).isCloseTo(0.25, within(1e-15));
    assertThat(g.payoff(1, 0)).isCloseTo(-0.25, within(1e-15));
    assertThat(g.payoff(1, 2)).isZero();
    assertThat(g.asymmetry()).isZero();
  }
}
