package dev.parley.analysis.equilibria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** REFERENCE §9.8: regret matching in simultaneous self-play on A = [[2,−1],[−1,1]]. */
class RegretMatchingTest {
  private static final Bimatrix GAME = Bimatrix.zeroSum(new double[][] {{2, -1}, {-1, 1}});

  private static DynamicsResult rm(int iterations) {
    return new RegretMatching(RegretMatching.Config.regretMatching(iterations)).run(GAME);
  }

  @Test
  void exactIteratesAtTwoAndThree() {
    assertThat(rm(1).last().row()).containsExactly(.5, .5);
    assertThat(rm(2).last().row()).containsExactly(1, 0);
    assertThat(rm(2).last().column()).containsExactly(0, 1);
    assertThat(rm(3).last().row()).containsExactly(new double[] {0.125, 0.875}, within(1e-15));
    assertThat(rm(3).last().column()).containsExactly(0, 1);
  }

  @Test
  void averagesAndDualityGapAfterAThousandIterations() {
    DynamicsResult r = rm(1000);

    assertThat(r.iterations()).isEqualTo(1000);
    assertThat(r.average().row()).containsExactly(new double[] {0.393745, 0.606255}, within(5e-7));
    assertThat(r.average().column()).containsExactly(new double[] {0.379561, 0.620439}, within(5e-7));
    assertThat(r.averageNashConv()).isCloseTo(0.059643, within(5e-7));
  }

  /** RM+ by hand: regrets after t = 1 clip to (1/4, 0) and (0, 1/4); t = 2 adds (0, 2) and (−3, 0). */
  @Test
  void regretMatchingPlusIteratesByHand() {
    RegretMatching.Config three = RegretMatching.Config.regretMatchingPlus(3);
    DynamicsResult r = new RegretMatching(three).run(GAME);

    assertThat(r.last().row()).containsExactly(new double[] {1.0 / 9, 8.0 / 9}, within(1e-15));
    assertThat(r.last().column()).containsExactly(0, 1);
    // Linear averaging: (1·½ + 2·1 + 3·⅑) / 6 for the row player's first action.
    assertThat(r.average().row()[0]).isCloseTo((0.5 + 2 + 3.0 / 9) / 6, within(1e-15));
  }

  @Test
  void regretMatchingPlusConvergesToTheEquilibriumFasterThanPlainRegretMatching() {
    List<Integer> at = List.of(100, 1000, 10000);
    DynamicsResult plain = new RegretMatching(RegretMatching.Config.regretMatching(10000).withCheckpoints(at))
        .run(GAME);
    DynamicsResult plus = new RegretMatching(RegretMatching.Config.regretMatchingPlus(10000).withCheckpoints(at))
        .run(GAME);

    assertThat(plus.average().row()).containsExactly(new double[] {.4, .6}, within(5e-3));
    assertThat(plus.average().column()).containsExactly(new double[] {.4, .6}, within(5e-3));
    assertThat(plus.averageNashConv()).isLessThan(plain.averageNashConv());
    assertThat(plain.at(10000).averageNashConv()).isLessThan(plain.at(100).averageNashConv());
  }

  @Test
  void averageOnRockPaperScissorsApproachesUniform() {
    DynamicsResult r = new RegretMatching(RegretMatching.Config.regretMatchingPlus(20000))
        .run(Catalogue.named("rps"));
    double third = 1.0 / 3;
    assertThat(r.average().row()).containsExactly(new double[] {third, third, third}, within(1e-3));
    assertThat(r.averageNashConv()).isLessThan(1e-3);
  }

  @Test
  void runUntilStopsAtTheRequestedGap() {
    RegretMatching rm = new RegretMatching(RegretMatching.Config.regretMatchingPlus(100000)
        .withCheckpoints(java.util.stream.IntStream.rangeClosed(1, 1000).map(k -> 100 * k).boxed().toList()));
    DynamicsResult r = rm.runUntil(GAME, 1e-3);

    assertThat(r.averageNashConv()).isLessThanOrEqualTo(1e-3);
    assertThat(r.iterations()).isLessThan(100000);
    assertThat(r.checkpoints().get(r.checkpoints().size() - 1).iteration()).isEqualTo(r.iterations());
  }

  @Test
  void configFailsFastNamingTheField() {
    assertThatThrownBy(() -> RegretMatching.Config.regretMatching(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iterations").hasMessageContaining("0");
    assertThatThrownBy(() -> RegretMatching.Config.regretMatching(10).withCheckpoints(List.of(5, 5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("checkpoints");
  }
}
