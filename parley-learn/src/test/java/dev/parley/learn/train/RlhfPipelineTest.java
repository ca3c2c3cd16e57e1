package dev.parley.learn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.learn.reward.TabularReward;
import org.junit.jupiter.api.Test;

/** The Bradley–Terry reward + KL-regularised policy baseline. */
class RlhfPipelineTest {

  /**
   * On P = [[.5,.9,.2],[.1,.5,.7],[.8,.3,.5]] with uniform pairs the BT fit solves σ(r1 − r2) + ½ = 1.1
   * (y1's and y3's wins) and 2σ(r2 − r1) = 0.8, so r1 = r3 and r1 − r2 = ln 1.5: the model ties y1 and y3
   * and cannot represent the cycle.
   */
  @Test
  void fittedRewardOfTheIntransitivePreference() {
    TabularReward reward = new RlhfPipeline(RlhfPipeline.Config.closedForm(0.1)).fitReward(Problems.RPS);

    assertThat(reward.reward(0, 0) - reward.reward(0, 1)).isCloseTo(Math.log(1.5), within(1e-10));
    assertThat(reward.reward(0, 0)).isCloseTo(reward.reward(0, 2), within(1e-12));
    assertThat(reward.reward(0, 0) + reward.reward(0, 1) + reward.reward(0, 2)).isCloseTo(0, within(1e-12));
  }

  @Test
  void reachesNeitherTheVonNeumannWinnerNorTheRegularisedNash() {
    TrainingResult r = new RlhfPipeline(RlhfPipeline.Config.closedForm(0.1)).train(Problems.RPS);
    double e = Math.exp(-Math.log(1.5) / 0.1);

    assertThat(r.last().probabilities(0))
        .containsExactly(new double[] {1 / (2 + e), e / (2 + e), 1 / (2 + e)}, within(1e-12));
    assertThat(r.last().maxAbsDifference(Problems.VON_NEUMANN)).isGreaterThan(0.3);
    assertThat(r.last().maxAbsDifference(Problems.NASH_TAU_01)).isGreaterThan(0.25);
    assertThat(Problems.INTRANSITIVE.exploitability(r.last())).isCloseTo(0.14699, within(1e-5));
    assertThat(Problems.INTRANSITIVE.regularisedExploitability(r.last(), 0.1, Problems.UNIFORM)).isGreaterThan(0.05);
  }

  @Test
  void policyGradientConvergesToTheClosedForm() {
    TrainingResult pg = new RlhfPipeline(RlhfPipeline.Config.policyGradient(0.1, 3000, 1)).train(Problems.RPS);
    TrainingResult closed = new RlhfPipeline(RlhfPipeline.Config.closedForm(0.1)).train(Problems.RPS);

    assertThat(pg.last().maxAbsDifference(closed.last())).isLessThan(1e-3);
  }

  @Test
  void onTransitivePreferencesItRecoversTheRewardAndTheKlRegularisedOptimum() {
    RlhfPipeline rlhf = new RlhfPipeline(RlhfPipeline.Config.closedForm(0.5));
    TabularReward reward = rlhf.fitReward(Problems.BT);

    assertThat(reward.reward(0, 0) - reward.reward(0, 1)).isCloseTo(1, within(1e-9));
    assertThat(reward.reward(0, 1) - reward.reward(0, 2)).isCloseTo(0.5, within(1e-9));
    assertThat(rlhf.train(Problems.BT).last().maxAbsDifference(Problems.klOptimum(0.5))).isLessThan(1e-9);
  }

  @Test
  void sampledRewardDataIsSeeded() {
    RlhfPipeline.Config config = RlhfPipeline.Config.closedForm(0.5).withRewardData(Sampling.labels(4000), 1e-3)
        .withSeed(9);
    TabularReward reward = new RlhfPipeline(config).fitReward(Problems.BT);

    assertThat(reward).isEqualTo(new RlhfPipeline(config).fitReward(Problems.BT));
    assertThat(reward.reward(0, 0) - reward.reward(0, 1)).isCloseTo(1, within(0.2));
  }
}
