package dev.parley.games.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** REFERENCE §9.6: fractions of the range above the floor at t = 0, .25, .5, .75, .9, 1. */
class ConcessionCurveTest {
  static final double[] T = {0, 0.25, 0.5, 0.75, 0.9, 1};

  static void check(ConcessionCurve c, double... expected) {
    for (int i = 0; i < T.length; i++) {
      assertThat(c.fractionAbove(T[i])).as("e=%s at t=%s", c.e(), T[i]).isCloseTo(expected[i], within(1e-6));
    }
  }

  @Test
  void geniusBoulware() {
    check(ConcessionCurve.of(ConcessionCurve.BOULWARE), 1, 0.999023, 0.96875, 0.762695, 0.40951, 0);
  }

  @Test
  void linear() {
    check(ConcessionCurve.of(ConcessionCurve.LINEAR), 1, 0.75, 0.5, 0.25, 0.1, 0);
  }

  @Test
  void geniusConceder() {
    check(ConcessionCurve.of(ConcessionCurve.CONCEDER), 1, 0.5, 0.292893, 0.133975, 0.051317, 0);
  }

  @Test
  void negmasPolynomialCurvesAreGeniusCurvesWithTheReciprocalExponent() {
    check(ConcessionCurve.of(1 / 4.0), 1, 0.996094, 0.9375, 0.683594, 0.3439, 0);
    check(ConcessionCurve.of(1 / 0.25), 1, 0.292893, 0.159104, 0.069395, 0.025996, 0);
  }

  @Test
  void hardlinerNeverConcedesEvenAtTheDeadline() {
    check(ConcessionCurve.of(ConcessionCurve.HARDLINER), 1, 1, 1, 1, 1, 1);
  }

  @Test
  void boulwareTargetBetweenFloorAndCeiling() {
    assertThat(ConcessionCurve.of(0.2).target(0.3, 1, 0.5)).isCloseTo(0.978125, within(1e-6));
  }

  @Test
  void initialConcessionK() {
    ConcessionCurve c = new ConcessionCurve(1, 0.1);
    assertThat(c.fractionAbove(0)).isCloseTo(0.9, within(1e-12));
    assertThat(c.fractionAbove(0.5)).isCloseTo(0.45, within(1e-12));
    assertThat(c.fractionAbove(1)).isCloseTo(0, within(1e-12));
  }

  @Test
  void targetsPricesForBothSides() {
    ConcessionCurve linear = ConcessionCurve.of(1);
    assertThat(linear.target(800, 2000, 0.5)).isEqualTo(1400);
    assertThat(linear.target(2000, 1000, 0.5)).as("buyer: floor = limit above, ceiling = first offer below")
        .isEqualTo(1500);
  }

  @Test
  void rejectsBadParameters() {
    assertThatThrownBy(() -> ConcessionCurve.of(-1)).hasMessageContaining("e must be");
    assertThatThrownBy(() -> new ConcessionCurve(1, 1.5)).hasMessageContaining("k must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> ConcessionCurve.of(1).f(1.2)).hasMessageContaining("t must be in [0, 1], was 1.2");
  }
}
