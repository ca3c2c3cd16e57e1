package dev.parley.analysis.cfr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.game.GameRegistry;
import org.junit.jupiter.api.Test;

class OutcomeSamplingMccfrTest {
  static final GameTree KUHN = GameTree.compile(GameRegistry.discover().load("kuhn-poker"));

  @Test
  void exploitabilityFallsFarBelowUniformOnKuhn() {
    double uniform = Exploitability.exploitability(KUHN, KUHN.uniformPolicy());
    OutcomeSamplingMccfr solver = OutcomeSamplingMccfr.create(KUHN, OutcomeSamplingMccfr.Config.seeded(42));
    solver.iterate(1_000);
    double early = Exploitability.exploitability(KUHN, solver.averagePolicy());
    solver.iterate(49_000);
    double late = Exploitability.exploitability(KUHN, solver.averagePolicy());
    assertThat(uniform).isGreaterThan(0.45);
    assertThat(late).isLessThan(0.03).isLessThan(early);
    assertThat(solver.iterations()).isEqualTo(50_000);
  }

  @Test
  void sameSeedSamePolicyOtherSeedOtherPolicy() {
    OutcomeSamplingMccfr a = OutcomeSamplingMccfr.create(KUHN, new OutcomeSamplingMccfr.Config(7, 0.6));
    OutcomeSamplingMccfr b = OutcomeSamplingMccfr.create(KUHN, new OutcomeSamplingMccfr.Config(7, 0.6));
    OutcomeSamplingMccfr c = OutcomeSamplingMccfr.create(KUHN, new OutcomeSamplingMccfr.Config(8, 0.6));
    a.iterate(2_000);
    b.iterate(2_000);
    c.iterate(2_000);
    assertThat(a.averagePolicy()).isEqualTo(b.averagePolicy());
    assertThat(a.averagePolicy()).isNotEqualTo(c.averagePolicy());
  }

  @Test
  void explorationMustBeAProbability() {
    assertThatThrownBy(() -> new OutcomeSamplingMccfr.Config(1, 1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exploration must be in [0, 1], was 1.5");
    assertThat(OutcomeSamplingMccfr.Config.seeded(3).exploration()).isEqualTo(0.6);
  }
}
