package dev.parley.learn.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.learn.losses.Logistic;
import org.junit.jupiter.api.Test;

/** REFERENCE §9.8: the intransitive preference, its von Neumann winner and regularised Nash table. */
class PreferenceMatrixTest {
  private static final PreferenceMatrix P = PreferenceMatrix.intransitiveExample();
  private static final double[] UNIFORM = {1.0 / 3, 1.0 / 3, 1.0 / 3};

  @Test
  void vonNeumannWinnerByTheLinearProgram() {
    double[] winner = P.vonNeumannWinner();

    assertThat(winner).containsExactly(new double[] {2.0 / 9, 3.0 / 9, 4.0 / 9}, within(1e-12));
    assertThat(P.winRates(winner)).containsExactly(new double[] {.5, .5, .5}, within(1e-12));
    assertThat(P.exploitability(winner)).isCloseTo(0, within(1e-12));
    assertThat(P.dualityGap(winner)).isCloseTo(0, within(1e-12));
  }

  @Test
  void regularisedNashTable() {
    assertNash(1, UNIFORM, 0.34065765, 0.31211766, 0.34722470);
    assertNash(0.1, UNIFORM, 0.27435063, 0.27924156, 0.44640781);
    assertNash(0.05, UNIFORM, 0.24558872, 0.29902894, 0.45538234);
    assertNash(0.01, UNIFORM, 0.22577719, 0.32570671, 0.44851610);
    assertNash(0.1, new double[] {0.6, 0.3, 0.1}, 0.45348498, 0.14884116, 0.39767386);
  }

  private static void assertNash(double tau, double[] mu, double... expected) {
    double[] pi = P.regularisedNash(tau, mu);
    assertThat(pi).as("π*_τ for τ = %s", tau).containsExactly(expected, within(6e-9));
    double[] w = P.winRates(pi);
    double[] target = new double[3];
    double norm = 0;
    for (int i = 0; i < 3; i++) {
      target[i] = mu[i] * Math.exp(w[i] / tau);
      norm += target[i];
    }
    for (int i = 0; i < 3; i++) {
      assertThat(Math.abs(pi[i] - target[i] / norm)).as("fixed-point residual").isLessThan(1e-14);
    }
    assertThat(P.regularisedExploitability(pi, tau, mu)).isCloseTo(0, within(1e-14));
  }

  @Test
  void exploitabilityAndRegularisedExploitabilityAreNonNegative() {
    double[] pi = {0.6, 0.3, 0.1};
    // P(y ≻ π) = (.5·.6 + .9·.3 + .2·.1, .1·.6 + .5·.3 + .7·.1, .8·.6 + .3·.3 + .5·.1) = (.59, .28, .62).
    assertThat(P.winRates(pi)).containsExactly(new double[] {.59, .28, .62}, within(1e-15));
    assertThat(P.exploitability(pi)).isCloseTo(0.12, within(1e-15));
    assertThat(P.dualityGap(pi)).isCloseTo(0.24, within(1e-15));
    assertThat(P.regularisedExploitability(pi, 0.1, UNIFORM)).isGreaterThan(0);
    assertThat(P.preference(pi, pi)).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void bradleyTerryPreferenceIsTransitiveWithAPureWinner() {
    PreferenceMatrix bt = PreferenceMatrix.bradleyTerry(1, 0, -0.5);

    assertThat(bt.get(0, 1)).isCloseTo(Logistic.sigmoid(1), within(1e-15));
    assertThat(bt.vonNeumannWinner()).containsExactly(new double[] {1, 0, 0}, within(1e-12));
  }

  @Test
  void rejectsMatricesThatAreNotPreferences() {
    assertThatThrownBy(() -> PreferenceMatrix.of(new double[][] {{.5, .6}, {.6, .5}}))
        .hasMessageContaining("P[0][1] + P[1][0] must be 1");
    assertThatThrownBy(() -> PreferenceMatrix.of(new double[][] {{.4, .6}, {.4, .5}}))
        .hasMessageContaining("P[0][0] must be ½");
    assertThatThrownBy(() -> PreferenceMatrix.of(new double[][] {{.5, 1.2}, {-.2, .5}}))
        .hasMessageContaining("P[0][1] must be a probability");
    assertThatThrownBy(() -> P.regularisedNash(0, UNIFORM)).hasMessageContaining("tau");
    assertThatThrownBy(() -> P.exploitability(new double[] {1, 0})).hasMessageContaining("3 responses");
  }
}
