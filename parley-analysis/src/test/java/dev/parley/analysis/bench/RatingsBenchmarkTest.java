package dev.parley.analysis.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The benchmark's baselines must compute the same estimate as the fast path (timings are not tested). */
class RatingsBenchmarkTest {

  /**
   * REFERENCE §9.10 battles, one row each: A>B 7–3, B>C 6–4, A>C 8–2; exact MLE 1128.650175,
   * 974.098285, 897.251540.
   */
  @Test
  void baselinesReachTheMaximumLikelihoodRatings() {
    int[][] spec = {{0, 1, 7}, {1, 0, 3}, {1, 2, 6}, {2, 1, 4}, {0, 2, 8}, {2, 0, 2}};
    int rows = 30;
    int[] a = new int[rows];
    int[] b = new int[rows];
    double[] y = new double[rows];
    int k = 0;
    for (int[] s : spec) {
      for (int t = 0; t < s[2]; t++, k++) {
        a[k] = s[0];
        b[k] = s[1];
        y[k] = 1;
      }
    }
    double[] expected = {1128.650175, 974.098285, 897.251540};
    RatingsBenchmark.RawFit gd = RatingsBenchmark.gradientDescentRaw(a, b, y, 3, 1e-10);
    RatingsBenchmark.RawFit newton = RatingsBenchmark.newtonRaw(a, b, y, 3, 1e-10);
    assertThat(gd.converged()).isTrue();
    assertThat(newton.converged()).isTrue();
    assertThat(gd.ratings()).containsExactly(expected, within(1e-6));
    assertThat(newton.ratings()).containsExactly(expected, within(1e-6));
  }

  @Test
  void syntheticDataIsSeededAndCentred() {
    double[] truth = new double[RatingsBenchmark.PLAYERS];
    var first = RatingsBenchmark.synthetic(truth);
    double[] again = new double[RatingsBenchmark.PLAYERS];
    var second = RatingsBenchmark.synthetic(again);
    assertThat(again).containsExactly(truth);
    assertThat(first.size()).isEqualTo(RatingsBenchmark.BATTLES);
    assertThat(second.first(12345)).isEqualTo(first.first(12345));
    assertThat(second.score(999_999)).isEqualTo(first.score(999_999));
    double mean = 0;
    for (double t : truth) {
      mean += t / truth.length;
    }
    assertThat(mean).isCloseTo(1000, within(1e-9));
  }

  @Test
  void rejectsANonPositiveDuration() {
    assertThatThrownBy(() -> RatingsBenchmark.run(0)).hasMessageContaining("secondsPerCase");
  }
}
