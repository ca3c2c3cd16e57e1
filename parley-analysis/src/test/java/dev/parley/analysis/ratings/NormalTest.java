package dev.parley.analysis.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/** Reference values: scipy.stats.norm. */
class NormalTest {

  @Test
  void cdfIsAccurateInTheBodyAndRelativelyInTheTail() {
    assertThat(Normal.cdf(1)).isCloseTo(0.8413447460685429, within(1e-15));
    assertThat(Normal.cdf(0.5)).isCloseTo(0.6914624612740131, within(1e-15));
    assertThat(Normal.cdf(3)).isCloseTo(0.9986501019683699, within(1e-15));
    assertThat(Normal.cdf(-5)).isCloseTo(2.866515718791933e-07, withinPercentage(1e-11));
    assertThat(Normal.cdf(-20)).isCloseTo(2.7536241186061556e-89, withinPercentage(1e-10));
    assertThat(Normal.cdf(-37)).isCloseTo(5.7255712225239266e-300, withinPercentage(1e-9));
    assertThat(Normal.cdf(0)).isEqualTo(0.5);
  }

  @Test
  void quantileInvertsTheCdf() {
    assertThat(Normal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-14));
    assertThat(Normal.quantile(0.55)).isCloseTo(0.12566134685507416, within(1e-15));
    assertThat(Normal.quantile(1e-10)).isCloseTo(-6.361340902404056, within(1e-12));
    assertThat(Normal.quantile(0.5)).isZero();
    assertThatThrownBy(() -> Normal.quantile(1)).hasMessageContaining("p must be");
  }
}
