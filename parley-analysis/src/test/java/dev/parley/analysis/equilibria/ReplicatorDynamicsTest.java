package dev.parley.analysis.equilibria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** REFERENCE §9.8: replicator dynamics (Euler dt = 0.01, 20,000 steps) on Hua et al.'s Stag Hunt. */
class ReplicatorDynamicsTest {
  private static final Bimatrix STAG_HUNT = Catalogue.named("stag-hunt");

  private static DynamicsResult from(double stag) {
    double[] p = {stag, 1 - stag};
    return new ReplicatorDynamics().run(STAG_HUNT, new StrategyProfile(p, p));
  }

  @Test
  void stagShareFourTenthsGoesToAllStag() {
    DynamicsResult r = from(0.4);
    assertThat(r.iterations()).isEqualTo(20000);
    assertThat(r.last().row()).containsExactly(new double[] {1, 0}, within(1e-12));
    assertThat(r.last().column()).containsExactly(new double[] {1, 0}, within(1e-12));
    assertThat(r.lastNashConv()).isLessThan(1e-12);
  }

  @Test
  void stagShareThreeTenthsGoesToAllHare() {
    DynamicsResult r = from(0.3);
    assertThat(r.last().row()).containsExactly(new double[] {0, 1}, within(1e-12));
    assertThat(r.last().column()).containsExactly(new double[] {0, 1}, within(1e-12));
  }

  /** The mixed equilibrium (1/3, 2/3) is a rest point (an unstable one: 100 steps only). */
  @Test
  void mixedEquilibriumIsARestPoint() {
    double[] p = {1.0 / 3, 2.0 / 3};
    DynamicsResult r = new ReplicatorDynamics(new ReplicatorDynamics.Config(0.01, 100, 0, List.of()))
        .run(STAG_HUNT, new StrategyProfile(p, p));
    assertThat(r.last().row()).containsExactly(p, within(1e-12));
    assertThat(r.average().column()).containsExactly(p, within(1e-12));
  }

  @Test
  void checkpointsRecordTheApproachToAllStag() {
    double[] p = {0.4, 0.6};
    DynamicsResult r = new ReplicatorDynamics(ReplicatorDynamics.Config.defaults().withCheckpoints(List.of(10, 1000)))
        .run(STAG_HUNT, new StrategyProfile(p, p));
    assertThat(r.checkpoints()).extracting(Checkpoint::iteration).containsExactly(10, 1000, 20000);
    assertThat(r.at(1000).lastNashConv()).isLessThan(r.at(10).lastNashConv());
  }

  @Test
  void failsFastOnBadSettingsAndStarts() {
    assertThatThrownBy(() -> new ReplicatorDynamics.Config(0, 10, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dt");
    assertThatThrownBy(() -> new ReplicatorDynamics().run(STAG_HUNT,
        new StrategyProfile(new double[] {0.5, 0.6}, new double[] {0.5, 0.5})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start row strategy")
        .hasMessageContaining("1.1");
  }
}
