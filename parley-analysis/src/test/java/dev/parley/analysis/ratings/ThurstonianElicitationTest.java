package dev.parley.analysis.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Active elicitation against a simulated chooser whose utilities are known. */
class ThurstonianElicitationTest {
  static final int N = 40;
  static final double[] TRUE_MU = new double[N];
  static final List<String> OPTIONS = new ArrayList<>();

  static {
    SplittableRandom r = new SplittableRandom(11);
    for (int i = 0; i < N; i++) {
      TRUE_MU[i] = r.nextGaussian();
      OPTIONS.add("outcome " + i);
    }
  }

  /** Each question is a draw from the Thurstonian choice probability of the true utilities (σ² = 0.05 each). */
  static ThurstonianElicitation.Chooser simulated(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    return (a, b, asks) -> {
      double p = ThurstonianModel.probability(TRUE_MU[a], 0.05, TRUE_MU[b], 0.05);
      int first = 0;
      for (int k = 0; k < asks; k++) {
        first += r.nextDouble() < p ? 1 : 0;
      }
      return first;
    };
  }

  static double correlation(double[] x, double[] y) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i] / x.length;
      my += y[i] / y.length;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  static double meanTrueGapAfterTheFirstRound(ThurstonianElicitation.Result r) {
    double sum = 0;
    int count = 0;
    for (int[] p : r.pairs().subList(N, r.pairs().size())) {
      sum += Math.abs(TRUE_MU[p[0]] - TRUE_MU[p[1]]);
      count++;
    }
    return sum / count;
  }

  static final ThurstonianElicitation ELICIT =
      new ThurstonianElicitation(ThurstonianElicitation.Config.DEFAULTS.withEdgesPerRound(40).withSeed(3));

  @Test
  void asksOnlyTheTargetNumberOfPairsInRounds() {
    ThurstonianElicitation.Result r = ELICIT.run(OPTIONS, simulated(5));
    // ceil(2 · 40 · log2 40) = 426 of the 780 pairs; 40 in the initial cycle, then 40 a round
    assertThat(ELICIT.targetEdges(N)).isEqualTo(426);
    assertThat(r.pairs()).hasSize(426);
    assertThat(r.rounds()).isEqualTo(1 + 10);
    assertThat(r.questions()).isEqualTo(4260);
    Set<Long> seen = new HashSet<>();
    int[] degree = new int[N];
    for (int[] p : r.pairs()) {
      assertThat(p[0]).isLessThan(p[1]);
      assertThat(seen.add((long) p[0] * N + p[1])).as("asked once").isTrue();
      degree[p[0]]++;
      degree[p[1]]++;
    }
    for (int d : degree) {
      assertThat(d).isGreaterThanOrEqualTo(2);
    }
    assertThat(correlation(r.model().mu(), TRUE_MU)).isGreaterThan(0.97);
  }

  @Test
  void activeRoundsAskAboutCloserPairsThanRandomOnes() {
    ThurstonianElicitation.Result active = ELICIT.run(OPTIONS, simulated(5));
    ThurstonianElicitation.Result random = ELICIT.run(OPTIONS, simulated(5), ThurstonianElicitation.Selection.RANDOM);
    double activeGap = meanTrueGapAfterTheFirstRound(active);
    double randomGap = meanTrueGapAfterTheFirstRound(random);
    assertThat(activeGap).isLessThan(randomGap / 2);
    assertThat(correlation(random.model().mu(), TRUE_MU)).isGreaterThan(0.9);
  }

  @Test
  void theSameSeedAsksTheSamePairs() {
    ThurstonianElicitation.Result a = ELICIT.run(OPTIONS, simulated(5));
    ThurstonianElicitation.Result b = ELICIT.run(OPTIONS, simulated(5));
    assertThat(a.pairs()).zipSatisfy(b.pairs(), (x, y) -> assertThat(x).containsExactly(y));
    assertThat(a.model()).isEqualTo(b.model());
  }

  @Test
  void badInputIsNamed() {
    assertThatThrownBy(() -> ELICIT.run(List.of("a", "a"), simulated(1))).hasMessageContaining("distinct");
    assertThatThrownBy(() -> ELICIT.run(List.of("a", "b"), (x, y, k) -> k + 1))
        .hasMessageContaining("preferred the first option 11.0 times out of 10");
    assertThatThrownBy(() -> ELICIT.run(List.of("a", "b"), (x, y, k) -> 0.3)).hasMessageContaining("multiple of 0.5");
    // ties count half: 5 ties of 10 leave the two options level
    ThurstonianElicitation.Result level = ELICIT.run(List.of("a", "b"), (x, y, k) -> k / 2.0);
    assertThat(level.model().probability(0, 1)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-4));
    assertThatThrownBy(() -> ThurstonianElicitation.Config.DEFAULTS.withAsks(0)).hasMessageContaining("asks");
    // two options: one pair, one round
    ThurstonianElicitation.Result two = ELICIT.run(List.of("a", "b"), (x, y, k) -> k);
    assertThat(two.pairs()).hasSize(1);
    assertThat(two.model().mu()[0]).isGreaterThan(two.model().mu()[1]);
  }
}
