package dev.parley.learn.losses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Every analytic gradient against central finite differences at random inputs. */
class LossGradientTest {
  private static final double STEP = 1e-6;

  private static final List<PairwiseLoss> PAIRWISE = List.of(new DpoLoss(0.1), new DpoLoss(2),
      new ConservativeDpoLoss(0.3, 0.1), new RobustDpoLoss(0.3, 0.2), IpoLoss.summed(0.5),
      new IpoLoss(0.1, IpoLoss.Normalisation.PER_TOKEN), new HingeLoss(0.05), new SimPoLoss(2, 0.5));

  private static PairLogProbs random(SplittableRandom rnd) {
    return new PairLogProbs(-rnd.nextDouble(0.1, 20), -rnd.nextDouble(0.1, 20), -rnd.nextDouble(0.1, 20),
        -rnd.nextDouble(0.1, 20), rnd.nextInt(1, 9), rnd.nextInt(1, 9));
  }

  private static void check(PairLogProbs p, ToDoubleFunction<PairLogProbs> value, PairLoss analytic) {
    double dw = (value.applyAsDouble(shift(p, STEP, 0)) - value.applyAsDouble(shift(p, -STEP, 0))) / (2 * STEP);
    double dl = (value.applyAsDouble(shift(p, 0, STEP)) - value.applyAsDouble(shift(p, 0, -STEP))) / (2 * STEP);
    double scale = Math.max(1, Math.abs(analytic.value()));
    assertThat(analytic.dChosen()).as("∂L/∂lw at %s", p).isCloseTo(dw, within(1e-6 * scale));
    assertThat(analytic.dRejected()).as("∂L/∂ll at %s", p).isCloseTo(dl, within(1e-6 * scale));
    assertThat(value.applyAsDouble(p)).isEqualTo(analytic.value());
  }

  private static PairLogProbs shift(PairLogProbs p, double w, double l) {
    return new PairLogProbs(p.policyChosen() + w, p.policyRejected() + l, p.referenceChosen(),
        p.referenceRejected(), p.chosenLength(), p.rejectedLength());
  }

  @Test
  void pairwiseLossesMatchFiniteDifferences() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (PairwiseLoss loss : PAIRWISE) {
      for (int k = 0; k < 200; k++) {
        PairLogProbs p = random(rnd);
        if (loss instanceof HingeLoss h && Math.abs(1 - h.beta() * p.logit()) < 1e-3) {
          continue; // the kink
        }
        check(p, q -> loss.evaluate(q).value(), loss.evaluate(p));
      }
    }
  }

  @Test
  void selfPlayLossesMatchFiniteDifferences() {
    SplittableRandom rnd = new SplittableRandom(11);
    InpoLoss inpo = new InpoLoss(0.5, 0.2);
    DnoLoss dno = new DnoLoss(3);
    for (int k = 0; k < 200; k++) {
      PairLogProbs p = random(rnd);
      double pw = -rnd.nextDouble(0.1, 5);
      double pl = -rnd.nextDouble(0.1, 5);
      double label = rnd.nextDouble();
      double winW = rnd.nextDouble();
      double winL = rnd.nextDouble();
      check(p, q -> inpo.evaluate(q, pw, pl).value(), inpo.evaluate(p, pw, pl));
      check(p, q -> dno.evaluate(q, label).value(), dno.evaluate(p, label));
      check(p, q -> SppoLoss.pair(q, 0.1, winW, winL).value(), SppoLoss.pair(p, 0.1, winW, winL));
      check(p, q -> SppoLoss.hard(q, 0.1).value(), SppoLoss.hard(p, 0.1));
    }
  }

  @Test
  void unpairedAndRewardLossesMatchFiniteDifferences() {
    SplittableRandom rnd = new SplittableRandom(13);
    KtoLoss kto = new KtoLoss(0.7, 1.3, 0.8);
    BradleyTerryRewardLoss bt = new BradleyTerryRewardLoss(0.01);
    NashMdLoss nash = new NashMdLoss(0.1);
    for (int k = 0; k < 200; k++) {
      double lp = -rnd.nextDouble(0.1, 10);
      double ref = -rnd.nextDouble(0.1, 10);
      double z0 = rnd.nextDouble(0, 2);
      for (boolean desirable : new boolean[] {true, false}) {
        double fd = (kto.evaluate(lp + STEP, ref, desirable, z0).value()
            - kto.evaluate(lp - STEP, ref, desirable, z0).value()) / (2 * STEP);
        assertThat(kto.evaluate(lp, ref, desirable, z0).dPolicy()).isCloseTo(fd, within(1e-7));
      }
      double win = rnd.nextDouble();
      double eta = rnd.nextDouble(0.01, 2);
      double fdSppo = (SppoLoss.regression(lp + STEP, eta, win).value()
          - SppoLoss.regression(lp - STEP, eta, win).value()) / (2 * STEP);
      assertThat(SppoLoss.regression(lp, eta, win).dPolicy()).isCloseTo(fdSppo, within(1e-6));
      double fdNash = (nash.evaluate(lp + STEP, 0.3, win).value() - nash.evaluate(lp - STEP, 0.3, win).value())
          / (2 * STEP);
      assertThat(nash.evaluate(lp, 0.3, win).dPolicy()).isCloseTo(fdNash, within(1e-7));

      double rc = rnd.nextDouble(-3, 3);
      double rr = rnd.nextDouble(-3, 3);
      double m = rnd.nextDouble(0, 2);
      double w = rnd.nextDouble(0, 3);
      PairLoss a = bt.evaluate(rc, rr, m, w);
      double fc = (bt.evaluate(rc + STEP, rr, m, w).value() - bt.evaluate(rc - STEP, rr, m, w).value()) / (2 * STEP);
      double fr = (bt.evaluate(rc, rr + STEP, m, w).value() - bt.evaluate(rc, rr - STEP, m, w).value()) / (2 * STEP);
      assertThat(a.dChosen()).isCloseTo(fc, within(1e-7));
      assertThat(a.dRejected()).isCloseTo(fr, within(1e-7));
    }
  }

  @Test
  void logisticIsStableAtExtremes() {
    assertThat(Logistic.loss(-1000)).isEqualTo(1000);
    assertThat(Logistic.loss(1000)).isEqualTo(0);
    assertThat(Logistic.sigmoid(-1000)).isEqualTo(0);
    assertThat(Logistic.logit(Logistic.sigmoid(0.3))).isCloseTo(0.3, within(1e-15));
  }
}
