package dev.parley.learn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.learn.policy.SoftmaxPolicy;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** REFERENCE §9.8: Nash-MD, τ = 0.1, μ uniform, π_0 = (0.6, 0.3, 0.1). */
class NashMdTest {
  private static final SoftmaxPolicy NASH = Problems.INTRANSITIVE.regularisedNash(0.1, Problems.UNIFORM);

  private static void assertKl(double eta, int[] at, double[] expected, double[] tolerance) {
    List<Integer> checkpoints = Arrays.stream(at).boxed().toList();
    TrainingResult r = new NashMd(NashMd.Config.mirrorDescent(eta, 0.1, at[at.length - 1])
        .withCheckpoints(checkpoints)).train(Problems.RPS);
    for (int k = 0; k < at.length; k++) {
      assertThat(NASH.kl(0, r.at(at[k]).last())).as("KL(π*‖π_t) at η = %s, t = %s", eta, at[k])
          .isCloseTo(expected[k], within(tolerance[k]));
    }
  }

  @Test
  void klTrajectoryToThePrintedDigits() {
    int[] at = {1, 10, 100, 1000, 5000};
    assertKl(0.01, at, new double[] {0.4324, 0.4255, 0.3605, 0.0605, 2.30e-5},
        new double[] {5e-5, 5e-5, 5e-5, 5e-5, 5e-8});
    assertKl(0.1, at, new double[] {0.4255, 0.3611, 0.0617, 2.10e-6, 2.11e-6},
        new double[] {5e-5, 5e-5, 5e-5, 5e-9, 5e-9});
    assertKl(1, new int[] {1, 10, 100}, new double[] {0.3673, 0.0749, 2.4e-4}, new double[] {5e-5, 5e-5, 5e-6});
  }

  @Test
  void lastIterateReachesTheRegularisedNashTo1e3() {
    TrainingResult r = new NashMd(NashMd.Config.mirrorDescent(0.03, 0.1, 10_000)).train(Problems.RPS);

    assertThat(r.last().maxAbsDifference(Problems.NASH_TAU_01)).isLessThan(1e-3);
    assertThat(Problems.INTRANSITIVE.regularisedExploitability(r.last(), 0.1, Problems.UNIFORM)).isLessThan(1e-6);
    // With constant η the fixed point is π ∝ μ·exp(P(y ≻ π^μ)/τ), an O(ητ) neighbourhood of π*_τ.
    assertThat(r.last().maxAbsDifference(Problems.NASH_TAU_01)).isGreaterThan(1e-4);
  }

  @Test
  void policyGradientFormHasTheSameFixedPoint() {
    TrainingResult md = new NashMd(NashMd.Config.mirrorDescent(0.03, 0.1, 10_000)).train(Problems.RPS);
    TrainingResult pg = new NashMd(NashMd.Config.policyGradient(0.03, 0.1, 5000, 1, 1)).train(Problems.RPS);

    assertThat(pg.last().maxAbsDifference(md.last())).isLessThan(1e-9);
    assertThat(pg.last().maxAbsDifference(Problems.NASH_TAU_01)).isLessThan(1e-3);
  }

  @Test
  void sampledPolicyGradientIsSeededAndNearTheEquilibrium() {
    NashMd.Config config = NashMd.Config.policyGradient(0.03, 0.1, 3000, 1, 0.5).withSampling(Sampling.labels(64))
        .withSeed(1);
    TrainingResult a = new NashMd(config).train(Problems.RPS);
    TrainingResult b = new NashMd(config).train(Problems.RPS);
    TrainingResult other = new NashMd(config.withSeed(2)).train(Problems.RPS);

    assertThat(a).isEqualTo(b);
    assertThat(other.last()).isNotEqualTo(a.last());
    assertThat(a.last().maxAbsDifference(Problems.NASH_TAU_01)).isLessThan(0.05);
  }

  @Test
  void refusesLineSearchForThePolicyGradient() {
    assertThatThrownBy(() -> new NashMd.Config(0.1, 0.1, 10, Update.LOSS, Sampling.exact(),
        Optimizer.converge(10, 1e-9), 0, List.of())).hasMessageContaining("optimizer must take fixed steps");
    assertThatThrownBy(() -> NashMd.Config.mirrorDescent(20, 0.1, 10)).hasMessageContaining("eta·tau");
    assertThatThrownBy(() -> NashMd.Config.mirrorDescent(0.1, 0.1, 10).withCheckpoints(List.of(11)))
        .hasMessageContaining("checkpoints must lie in [1, 10]");
  }
}
