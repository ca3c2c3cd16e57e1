package dev.parley.learn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.learn.losses.ConservativeDpoLoss;
import dev.parley.learn.losses.DpoLoss;
import dev.parley.learn.losses.HingeLoss;
import dev.parley.learn.losses.IpoLoss;
import dev.parley.learn.losses.PairwiseLoss;
import dev.parley.learn.losses.RobustDpoLoss;
import dev.parley.learn.losses.SimPoLoss;
import dev.parley.learn.preference.WeightedPair;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Offline and online DPO-family training, checked against closed forms. */
class DpoTrainingTest {

  /** DPO's closed form (Rafailov et al. 2023, eq. 4): on BT preferences the optimum is μ·exp(r/β). */
  @Test
  void offlineDpoOnTheExpectedDatasetReachesTheKlRegularisedOptimum() {
    for (double beta : new double[] {0.5, 1, 2}) {
      TrainingResult r = new OfflineDpo(OfflineDpo.Config.expected(beta)).train(Problems.BT);
      assertThat(r.last().maxAbsDifference(Problems.klOptimum(beta))).as("β = %s", beta).isLessThan(1e-9);
    }
  }

  /**
   * IPO's closed form (Azar et al. 2023): with pairs drawn from μ, {@code π*(y) ∝ μ(y)·exp(P(y ≻ μ)/τ)};
   * it holds for intransitive preferences too.
   */
  @Test
  void offlineIpoReachesItsClosedForm() {
    for (PreferenceProblem problem : List.of(Problems.BT, Problems.RPS)) {
      double tau = 0.5;
      TrainingResult r = new OfflineDpo(OfflineDpo.Config.expected(1).withLoss(IpoLoss.summed(tau))).train(problem);
      double[] mu = problem.reference().probabilities(0);
      double[] w = problem.oracle().matrix(0).winRates(mu);
      double[] target = new double[3];
      double sum = 0;
      for (int i = 0; i < 3; i++) {
        target[i] = mu[i] * Math.exp(w[i] / tau);
        sum += target[i];
      }
      for (int i = 0; i < 3; i++) {
        target[i] /= sum;
      }
      assertThat(r.last().probabilities(0)).containsExactly(target, within(1e-9));
    }
  }

  @Test
  void conservativeDpoStopsAtAFiniteMarginOnDeterministicLabels() {
    // One pair, always chosen over rejected: DPO's logit grows without bound, cDPO's stops at logit(1 − ε)/β.
    List<WeightedPair> pairs = List.of(new WeightedPair(0, 0, 1, 1));
    PairwiseLoss cdpo = new ConservativeDpoLoss(1, 0.1);
    TrainingResult r = new OfflineDpo(OfflineDpo.Config.onPairs(cdpo, pairs, 1, 1)
        .withOptimizer(Optimizer.converge(200, 1e-13))).train(Problems.BT);
    double h = (r.last().logProbability(0, 0) - Problems.MU.logProbability(0, 0))
        - (r.last().logProbability(0, 1) - Problems.MU.logProbability(0, 1));
    assertThat(h).isCloseTo(Math.log(0.9 / 0.1), within(1e-8));
  }

  @Test
  void everyPairwiseLossTrainsOnASampledDatasetAndPrefersTheBestResponse() {
    List<PairwiseLoss> losses = List.of(new DpoLoss(0.5), new ConservativeDpoLoss(0.5, 0.1), new RobustDpoLoss(0.5, 0.1),
        IpoLoss.summed(0.5), new HingeLoss(0.5), new SimPoLoss(2, 0.5));
    for (PairwiseLoss loss : losses) {
      OfflineDpo.Config config = OfflineDpo.Config.expected(0.5).withLoss(loss).withData(Sampling.labels(500))
          .withSeed(5).withOptimizer(Optimizer.lineSearch(500, 1e-10));
      TrainingResult r = new OfflineDpo(config).train(Problems.BT);
      double[] p = r.last().probabilities(0);
      assertThat(p[0]).as("%s", loss.label()).isGreaterThan(p[1]).isGreaterThan(Problems.MU.probabilities(0)[0]);
      assertThat(p[1]).as("%s", loss.label()).isGreaterThan(p[2]);
      assertThat(new OfflineDpo(config).train(Problems.BT)).isEqualTo(r);
    }
  }

  @Test
  void onlineDpoReachesTheKlRegularisedOptimumOnTransitivePreferences() {
    TrainingResult r = new OnlineDpo(OnlineDpo.Config.dpo(1, 3000, 2)).train(Problems.BT);

    assertThat(r.last().maxAbsDifference(Problems.klOptimum(1))).isLessThan(1e-4);
  }

  @Test
  void sampledOnlineDpoIsSeededAndNearTheOptimum() {
    OnlineDpo.Config config = OnlineDpo.Config.dpo(1, 2000, 0.5).withSampling(Sampling.labels(32)).withSeed(8);
    TrainingResult r = new OnlineDpo(config).train(Problems.BT);

    assertThat(r).isEqualTo(new OnlineDpo(config).train(Problems.BT));
    assertThat(r.last().maxAbsDifference(Problems.klOptimum(1))).isLessThan(0.05);
  }

  @Test
  void iterativeDpoWithAMovingReferenceConcentratesOnTheBestResponse() {
    OnlineDpo.Config config = OnlineDpo.Config.dpo(1, 300, 1).withReferenceRefresh(10)
        .withOptimizer(Optimizer.converge(100, 1e-10));
    TrainingResult r = new OnlineDpo(config).train(Problems.BT);

    assertThat(r.last().probabilities(0)[0]).isGreaterThan(0.999);
  }
}
