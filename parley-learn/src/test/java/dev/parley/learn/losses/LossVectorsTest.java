package dev.parley.learn.losses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * REFERENCE §9.1: lw = −10, ll = −12, rw = −11, rl = −11 (cw = 1, cl = −1, h = 2), |y_w| = 5,
 * |y_l| = 4, β = 0.1.
 */
class LossVectorsTest {
  private static final PairLogProbs PAIR = new PairLogProbs(-10, -12, -11, -11, 5, 4);
  private static final double TOL = 1e-10;

  @Test
  void dpoSigmoid() {
    PairLoss loss = new DpoLoss(0.1).evaluate(PAIR);

    assertThat(loss.value()).isCloseTo(0.5981388694, within(TOL));
    assertThat(loss.dChosen()).isCloseTo(-0.0450166003, within(TOL));
    assertThat(loss.dRejected()).isCloseTo(0.0450166003, within(TOL));
  }

  @Test
  void moreDpoPoints() {
    assertThat(new DpoLoss(0.1).evaluate(PairLogProbs.of(-1, -1, -1, -1)).value())
        .isCloseTo(0.6931471806, within(TOL));
    assertThat(new DpoLoss(0.5).evaluate(PAIR).value()).isCloseTo(0.3132616875, within(TOL));
    assertThat(new DpoLoss(0.1).evaluate(PairLogProbs.of(-2, -12, -11, -11)).value())
        .isCloseTo(0.3132616875, within(TOL));
    assertThat(new DpoLoss(0.1).evaluate(PairLogProbs.of(-12, -10, -11, -11)).value())
        .isCloseTo(0.7981388694, within(TOL));
  }

  @Test
  void implicitRewardsAndMargin() {
    DpoLoss dpo = new DpoLoss(0.1);

    assertThat(dpo.implicitReward(-10, -11)).isCloseTo(0.1, within(1e-15));
    assertThat(dpo.implicitReward(-12, -11)).isCloseTo(-0.1, within(1e-15));
    assertThat(0.1 * PAIR.logit()).isCloseTo(0.2, within(1e-15));
  }

  @Test
  void conservativeAndRobustDpo() {
    assertThat(new ConservativeDpoLoss(0.1, 0.1).evaluate(PAIR).value()).isCloseTo(0.6181388694, within(TOL));
    assertThat(new RobustDpoLoss(0.1, 0.1).evaluate(PAIR).value()).isCloseTo(0.5731388694, within(TOL));
    // ε = 0 reduces both to DPO.
    assertThat(new ConservativeDpoLoss(0.1, 0).evaluate(PAIR)).isEqualTo(new DpoLoss(0.1).evaluate(PAIR));
    assertThat(new RobustDpoLoss(0.1, 0).evaluate(PAIR).value()).isCloseTo(0.5981388694, within(TOL));
  }

  @Test
  void hinge() {
    PairLoss loss = new HingeLoss(0.1).evaluate(PAIR);

    assertThat(loss.value()).isCloseTo(0.8, within(1e-15));
    assertThat(loss.dChosen()).isEqualTo(-0.1);
    assertThat(new HingeLoss(1).evaluate(PAIR)).isEqualTo(new PairLoss(0, 0, 0));
  }

  @Test
  void ipoSummedAndPerToken() {
    assertThat(IpoLoss.summed(0.1).evaluate(PAIR).value()).isCloseTo(9, within(1e-12));
    assertThat(new IpoLoss(0.1, IpoLoss.Normalisation.PER_TOKEN).evaluate(PAIR).value())
        .isCloseTo(20.7025, within(1e-12));
  }

  @Test
  void simPo() {
    assertThat(new SimPoLoss(2, 0.5).evaluate(PAIR).value()).isCloseTo(0.2014132780, within(TOL));
    // Reference-free: the reference log-probabilities do not matter.
    assertThat(new SimPoLoss(2, 0.5).evaluate(new PairLogProbs(-10, -12, -3, -40, 5, 4)))
        .isEqualTo(new SimPoLoss(2, 0.5).evaluate(PAIR));
  }

  @Test
  void kto() {
    KtoLoss kto = KtoLoss.defaults();

    assertThat(kto.evaluate(-10, -11, true, 0.5).value()).isCloseTo(0.4875026035, within(TOL));
    assertThat(kto.evaluate(-12, -11, false, 0.5).value()).isCloseTo(0.4625701547, within(TOL));
    assertThat(KtoLoss.referencePoint(1, 0)).isEqualTo(0.5);
    assertThat(KtoLoss.referencePoint(-1, -3)).isEqualTo(0);
  }

  @Test
  void sppo() {
    assertThat(SppoLoss.hard(PAIR, 0.1).value()).isCloseTo(32, within(1e-12));
    assertThat(SppoLoss.pair(PAIR, 1e-3, 0.7, 0.3).value()).isCloseTo(39601, within(1e-7));
  }

  @Test
  void rewardModelBradleyTerry() {
    BradleyTerryRewardLoss plain = BradleyTerryRewardLoss.plain();

    assertThat(plain.evaluate(1.5, 0.3).value()).isCloseTo(0.2632824673, within(TOL));
    assertThat(plain.evaluate(1.5, 0.3, 1, 1).value()).isCloseTo(0.5981388694, within(TOL));
    assertThat(new BradleyTerryRewardLoss(0.01).evaluate(1.5, 0.3).value()).isCloseTo(0.2956824673, within(TOL));
    assertThat(plain.evaluate(1.5, 0.3, 0, 3).value()).isCloseTo(0.7898474020, within(TOL));
  }

  @Test
  void nashMdInTrlForm() {
    double p = Logistic.sigmoid(1.2 - 0.4);

    assertThat(p).isCloseTo(0.689974, within(5e-7));
    assertThat(new NashMdLoss(0.1).evaluate(-10, 1.0, p).value()).isCloseTo(0.899745, within(5e-7));
  }

  @Test
  void failsFastNamingTheField() {
    assertThatThrownBy(() -> new DpoLoss(0)).hasMessageContaining("beta").hasMessageContaining("0.0");
    assertThatThrownBy(() -> new RobustDpoLoss(0.1, 0.5)).hasMessageContaining("epsilon");
    assertThatThrownBy(() -> new PairLogProbs(Double.NaN, 0, 0, 0, 1, 1)).hasMessageContaining("policyChosen");
    assertThatThrownBy(() -> new PairLogProbs(-1, -1, -1, -1, 0, 1)).hasMessageContaining("chosenLength");
    assertThatThrownBy(() -> new InpoLoss(20, 0.1)).hasMessageContaining("eta·tau");
    assertThatThrownBy(() -> KtoLoss.defaults().evaluate(-1, -1, true, Double.POSITIVE_INFINITY))
        .hasMessageContaining("referencePoint");
    assertThatThrownBy(() -> new DnoLoss(1).evaluate(PAIR, 1.5)).hasMessageContaining("label");
  }
}
