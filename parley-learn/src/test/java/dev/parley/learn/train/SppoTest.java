package dev.parley.learn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.learn.policy.SoftmaxPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** REFERENCE §9.8: SPPO/MWU, η = 0.1, from (0.6, 0.3, 0.1). */
class SppoTest {

  @Test
  void averageIterateAndItsExploitabilityMatchTheTable() {
    TrainingResult r = new Sppo(Sppo.Config.multiplicativeWeights(0.1, 20_000)
        .withCheckpoints(List.of(1000, 10_000))).train(Problems.RPS);

    assertThat(r.average().probabilities(0)).containsExactly(new double[] {0.2234, 0.3273, 0.4492}, within(5e-5));
    assertThat(Problems.INTRANSITIVE.exploitability(r.average())).isCloseTo(1.56e-3, within(5e-6));
    assertThat(Problems.INTRANSITIVE.exploitability(r.at(10_000).average())).isCloseTo(2.12e-3, within(5e-6));
    assertThat(Problems.INTRANSITIVE.exploitability(r.at(1000).average())).isCloseTo(1.0e-2, within(5e-4));
  }

  @Test
  void averageReachesTheVonNeumannWinnerTo1e3WhileTheLastIterateCycles() {
    TrainingResult r = new Sppo(Sppo.Config.multiplicativeWeights(0.1, 100_000)).train(Problems.RPS);

    assertThat(r.average().maxAbsDifference(Problems.VON_NEUMANN)).isLessThan(1e-3);
    assertThat(r.last().maxAbsDifference(Problems.VON_NEUMANN)).isGreaterThan(0.5);
  }

  @Test
  void squareLossHasTheSameFixedPointAndNearlyTheSameStep() {
    SoftmaxPolicy winner = SoftmaxPolicy.of(2.0 / 9, 3.0 / 9, 4.0 / 9);
    PreferenceProblem atWinner = new PreferenceProblem(Problems.INTRANSITIVE, Problems.UNIFORM, winner);
    TrainingResult stay = new Sppo(Sppo.Config.squareLoss(0.1, 5)).train(atWinner);
    assertThat(stay.last().maxAbsDifference(winner)).isLessThan(1e-12);

    TrainingResult mwu = new Sppo(Sppo.Config.multiplicativeWeights(0.1, 1)).train(Problems.RPS);
    TrainingResult loss = new Sppo(Sppo.Config.squareLoss(0.1, 1)).train(Problems.RPS);
    double step = mwu.last().maxAbsDifference(Problems.RPS.initial());
    assertThat(loss.last().maxAbsDifference(mwu.last())).isGreaterThan(0).isLessThan(0.05 * step);
  }

  @Test
  void squareLossAverageConverges() {
    TrainingResult r = new Sppo(Sppo.Config.squareLoss(0.1, 20_000)).train(Problems.RPS);

    assertThat(Problems.INTRANSITIVE.exploitability(r.average())).isLessThan(2e-3);
  }

  @Test
  void sampledWinRatesAreSeeded() {
    Sppo.Config config = Sppo.Config.multiplicativeWeights(0.1, 20_000).withSampling(Sampling.probabilities(8))
        .withSeed(2);
    TrainingResult r = new Sppo(config).train(Problems.RPS);

    assertThat(r).isEqualTo(new Sppo(config).train(Problems.RPS));
    assertThat(r.average().maxAbsDifference(Problems.VON_NEUMANN)).isLessThan(0.01);
  }
}
