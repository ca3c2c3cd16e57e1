package dev.parley.learn.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** DNO on the intransitive preference of REFERENCE §9.8. */
class DnoTest {

  @Test
  void closedFormIsMultiplicativeWeightsWithStepOneOverEta() {
    TrainingResult dno = new Dno(Dno.Config.closedForm(10, 1000)).train(Problems.RPS);
    TrainingResult sppo = new Sppo(Sppo.Config.multiplicativeWeights(0.1, 1000)).train(Problems.RPS);

    assertThat(dno.average().maxAbsDifference(sppo.average())).isLessThan(1e-12);
  }

  @Test
  void softLabelLossMinimiserIsTheClosedFormStep() {
    List<Integer> at = List.of(1, 3, 10, 50, 150);
    TrainingResult closed = new Dno(Dno.Config.closedForm(10, 150).withCheckpoints(at)).train(Problems.RPS);
    TrainingResult loss = new Dno(Dno.Config.softLabelLoss(10, 150).withCheckpoints(at)).train(Problems.RPS);

    for (int t : at) {
      assertThat(loss.at(t).last().maxAbsDifference(closed.at(t).last())).as("t = %s", t).isLessThan(1e-8);
    }
  }

  @Test
  void averageReachesTheVonNeumannWinnerTo1e3() {
    TrainingResult r = new Dno(Dno.Config.closedForm(10, 100_000)).train(Problems.RPS);

    assertThat(r.average().maxAbsDifference(Problems.VON_NEUMANN)).isLessThan(1e-3);
    assertThat(Problems.INTRANSITIVE.exploitability(r.average())).isLessThan(5e-4);
  }

  @Test
  void sampledSoftLabelLossIsSeededAndItsAverageApproachesTheWinner() {
    Dno.Config config = Dno.Config.softLabelLoss(10, 2000).withSampling(Sampling.probabilities(8)).withSeed(4);
    TrainingResult r = new Dno(config).train(Problems.RPS);

    assertThat(r).isEqualTo(new Dno(config).train(Problems.RPS));
    assertThat(r.average().maxAbsDifference(Problems.VON_NEUMANN)).isLessThan(0.05);
  }
}
