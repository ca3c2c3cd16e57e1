package dev.parley.analysis.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinearSystemTest {
  @Test
  void solvesASystemThatNeedsPivoting() {
    // zero in the first pivot position: without row exchange this fails
    double[][] a = {{0, 2, 1}, {1, 1, 1}, {2, 1, 3}};
    double[] b = {7, 6, 13};
    double[] x = LinearSystem.solve(a, b);
    assertThat(x).containsExactly(new double[] {1, 2, 3}, within(1e-12));
    assertThat(a[0]).as("inputs untouched").containsExactly(0, 2, 1);
    assertThat(b).containsExactly(7, 6, 13);
  }

  @Test
  void randomSystemsSatisfyTheirEquations() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int trial = 0; trial < 50; trial++) {
      int n = 1 + rng.nextInt(12);
      double[][] a = new double[n][n];
      double[] b = new double[n];
      for (int i = 0; i < n; i++) {
        b[i] = rng.nextDouble(-1, 1);
        for (int j = 0; j < n; j++) {
          a[i][j] = rng.nextDouble(-1, 1) + (i == j ? n : 0);
        }
      }
      double[] x = LinearSystem.solve(a, b);
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
          s += a[i][j] * x[j];
        }
        assertThat(s).isCloseTo(b[i], within(1e-10));
      }
    }
  }

  @Test
  void aSingularSystemIsReportedNotSolved() {
    assertThat(LinearSystem.solve(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 2})).isNull();
    assertThat(LinearSystem.solve(new double[][] {{Double.NaN}}, new double[] {1})).isNull();
    assertThatThrownBy(() -> LinearSystem.solveInPlace(new double[2][2], new double[3], new double[2]))
        .hasMessageContaining("needs b and x of length 2");
  }
}
