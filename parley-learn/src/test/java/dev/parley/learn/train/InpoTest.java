package dev.parley.learn.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** INPO on the intransitive preference of REFERENCE §9.8 (τ = 0.1, μ uniform). */
class InpoTest {

  @Test
  void lastIterateReachesTheRegularisedNashExactly() {
    TrainingResult r = new Inpo(Inpo.Config.closedForm(0.1, 0.1, 2000)).train(Problems.RPS);

    assertThat(r.last().maxAbsDifference(Problems.NASH_TAU_01)).isLessThan(1e-3);
    // INPO's fixed point is π*_τ itself (no O(η) floor): equal to the table's eight digits.
    assertThat(r.last().maxAbsDifference(Problems.NASH_TAU_01)).isLessThan(1e-8);
  }

  @Test
  void squareLossMinimiserIsTheClosedFormStep() {
    List<Integer> at = List.of(1, 2, 5, 20, 60);
    TrainingResult closed = new Inpo(Inpo.Config.closedForm(0.1, 0.1, 60).withCheckpoints(at)).train(Problems.RPS);
    TrainingResult loss = new Inpo(Inpo.Config.squareLoss(0.1, 0.1, 60).withCheckpoints(at)).train(Problems.RPS);

    for (int t : at) {
      assertThat(loss.at(t).last().maxAbsDifference(closed.at(t).last())).as("t = %s", t).isLessThan(1e-9);
    }
  }

  @Test
  void sampledPairsWithBinaryLabelsGetNearTheEquilibrium() {
    Inpo.Config config = Inpo.Config.squareLoss(0.1, 0.1, 800).withSampling(Sampling.labels(64)).withSeed(3);
    TrainingResult r = new Inpo(config).train(Problems.RPS);

    assertThat(r).isEqualTo(new Inpo(config).train(Problems.RPS));
    assertThat(r.last().maxAbsDifference(Problems.NASH_TAU_01)).isLessThan(0.06);
  }

  @Test
  void contextsAreTrainedIndependently() {
    PreferenceProblem two = Problems.twoContexts();
    TrainingResult both = new Inpo(Inpo.Config.closedForm(1, 0.1, 300)).train(two);
    TrainingResult one = new Inpo(Inpo.Config.closedForm(1, 0.1, 300)).train(Problems.RPS);

    assertThat(both.last().probabilities(0)).containsExactly(one.last().probabilities(0));
    // On the transitive context the regularised Nash favours the Condorcet winner a.
    double[] transitive = both.last().probabilities(1);
    assertThat(transitive[0]).isGreaterThan(transitive[1]).isGreaterThan(0.5);
    assertThat(two.oracle().regularisedExploitability(both.last(), 0.1, two.reference())).isLessThan(1e-9);
  }
}
