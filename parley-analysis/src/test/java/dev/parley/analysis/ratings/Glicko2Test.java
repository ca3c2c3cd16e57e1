package dev.parley.analysis.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class Glicko2Test {
  private static final Glicko2 GLICKO = new Glicko2(Glicko2Config.DEFAULTS);

  /** Glickman's worked example (REFERENCE §9.10): r' 1464.0507, RD' 151.5165, σ' 0.059996. */
  @Test
  void reproducesGlickmansExample() {
    Glicko2Rating player = new Glicko2Rating(1500, 200, 0.06);
    Glicko2Rating after = GLICKO.update(player, List.of(
        new Glicko2Game(new Glicko2Rating(1400, 30, 0.06), 1),
        new Glicko2Game(new Glicko2Rating(1550, 100, 0.06), 0),
        new Glicko2Game(new Glicko2Rating(1700, 300, 0.06), 0)));
    assertThat(after.rating()).isCloseTo(1464.0507, within(1e-4));
    assertThat(after.deviation()).isCloseTo(151.5165, within(1e-4));
    assertThat(after.volatility()).isCloseTo(0.059996, within(1e-6));
  }

  @Test
  void aPeriodWithoutGamesOnlyWidensTheDeviation() {
    Glicko2Rating player = new Glicko2Rating(1600, 200, 0.06);
    Glicko2Rating after = GLICKO.update(player, List.of());
    assertThat(after.rating()).isEqualTo(1600);
    assertThat(after.volatility()).isEqualTo(0.06);
    double phi = 200 / Glicko2.SCALE;
    assertThat(after.deviation()).isCloseTo(Glicko2.SCALE * Math.sqrt(phi * phi + 0.06 * 0.06), within(1e-9));
  }

  @Test
  void battlesFormOneRatingPeriodFromPreviousRatings() {
    Battles period = Battles.builder()
        .players(List.of("me", "x", "y", "z"))
        .add("me", "x", 1).add("y", "me", 1).add("me", "z", 0).build();
    List<Glicko2Rating> after = GLICKO.ratePeriods(List.of(period));
    Glicko2Rating fresh = Glicko2Config.DEFAULTS.newPlayer();
    Glicko2Rating expected = GLICKO.update(fresh, List.of(
        new Glicko2Game(fresh, 1), new Glicko2Game(fresh, 0), new Glicko2Game(fresh, 0)));
    assertThat(after.get(0)).isEqualTo(expected);
    assertThat(after.get(1).rating()).isLessThan(1500);
    assertThat(after.get(2).rating()).isGreaterThan(1500);
    Ratings r = GLICKO.rate(period);
    assertThat(r.of("me")).isEqualTo(expected.rating());
  }

  @Test
  void countsWeightAGameLikeRepeatedRows() {
    Battles counted = Battles.of(List.of("a", "b"), new int[] {0}, new int[] {1}, new double[] {1}, new int[] {3});
    Battles spelled = Battles.builder().add("a", "b", 1).add("a", "b", 1).add("a", "b", 1).build();
    Glicko2Rating x = GLICKO.ratePeriods(List.of(counted)).get(0);
    Glicko2Rating y = GLICKO.ratePeriods(List.of(spelled)).get(0);
    assertThat(x.rating()).isCloseTo(y.rating(), within(1e-9));
    assertThat(x.deviation()).isCloseTo(y.deviation(), within(1e-9));
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(() -> new Glicko2Rating(1500, 0, 0.06)).hasMessageContaining("deviation");
    assertThatThrownBy(() -> new Glicko2Game(new Glicko2Rating(1500, 30, 0.06), 2)).hasMessageContaining("score");
    assertThatThrownBy(() -> Glicko2Config.DEFAULTS.withTau(0)).hasMessageContaining("tau");
  }
}
