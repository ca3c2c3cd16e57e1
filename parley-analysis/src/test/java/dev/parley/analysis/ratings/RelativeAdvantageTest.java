package dev.parley.analysis.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.analysis.ratings.RelativeAdvantage.Result;
import dev.parley.analysis.ratings.RelativeAdvantage.Scoring;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeAdvantageTest {

  /**
   * m1 first: win, win, draw, loss → (2 − 1)/(2 + 1) = 1/3; m1 second: win, loss, loss, loss →
   * (1 − 3)/(1 + 3) = −1/2; overall (1 − 2)/(3 + 4) = −1/7.
   */
  @Test
  void winLossScoringBySeatAndOverall() {
    List<SeatedMatch> matches = List.of(
        new SeatedMatch("m1", "m2", 1, 0), new SeatedMatch("m1", "m2", 1, 0), new SeatedMatch("m1", "m2", 0.5, 0.5),
        new SeatedMatch("m1", "m2", 0, 1),
        new SeatedMatch("m2", "m1", 0, 1), new SeatedMatch("m2", "m1", 1, 0), new SeatedMatch("m2", "m1", 1, 0),
        new SeatedMatch("m2", "m1", 1, 0),
        new SeatedMatch("m1", "other", 1, 0));
    Result r = RelativeAdvantage.of(matches, "m1", "m2", Scoring.WIN_LOSS);
    assertThat(r.asFirst()).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(r.asSecond()).isCloseTo(-0.5, within(1e-15));
    assertThat(r.overall()).isCloseTo(-1.0 / 7, within(1e-15));
    assertThat(r.matchesAsFirst()).isEqualTo(4);
    assertThat(r.matchesAsSecond()).isEqualTo(4);
    Result reverse = RelativeAdvantage.of(matches, "m2", "m1", Scoring.WIN_LOSS);
    assertThat(reverse.overall()).isCloseTo(1.0 / 7, within(1e-15));
    assertThat(reverse.asFirst()).isCloseTo(0.5, within(1e-15));
  }

  /**
   * Poker-style rewards: (+3, −3), (−1, +1) with m1 first; (+2, −2) with m1 second →
   * (6 − 2 + 4)/(6 + 2 + 4).
   */
  @Test
  void rewardScoring() {
    List<SeatedMatch> matches = List.of(
        new SeatedMatch("a", "b", 3, -3), new SeatedMatch("a", "b", -1, 1), new SeatedMatch("b", "a", -2, 2));
    Result r = RelativeAdvantage.of(matches, "a", "b", Scoring.REWARD);
    assertThat(r.overall()).isCloseTo(8.0 / 12, within(1e-15));
    assertThat(r.asFirst()).isCloseTo(4.0 / 8, within(1e-15));
    assertThat(r.asSecond()).isEqualTo(1.0);
  }

  @Test
  void matrixIsAntisymmetricAndEmptyPairsAreZero() {
    List<SeatedMatch> matches = List.of(new SeatedMatch("a", "b", 1, 0), new SeatedMatch("b", "a", 0.5, 0.5));
    double[][] m = RelativeAdvantage.matrix(matches, List.of("a", "b", "c"), Scoring.WIN_LOSS);
    assertThat(m[0][1]).isEqualTo(1.0);
    assertThat(m[1][0]).isEqualTo(-1.0);
    assertThat(m[0][2]).isZero();
    assertThat(m[1][1]).isZero();
    assertThatThrownBy(() -> RelativeAdvantage.of(matches, "a", "a", Scoring.REWARD)).hasMessageContaining("m1");
  }
}
