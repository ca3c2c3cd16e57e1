package dev.parley.learn.losses;

/**
 * Conservative (label-smoothed) DPO (Mitchell 2023, "A note on DPO with noisy preferences"; REFERENCE
 * §6.1): {@code L = (1 − ε)·ℓ(β·h) + ε·ℓ(−β·h)}, the DPO loss under an assumed label-flip rate ε;
 * {@code ∂L/∂h = β·(−(1 − ε)·σ(−β·h) + ε·σ(β·h))}. Its minimiser is finite: {@code β·h = logit(1 − ε)}.
 *
 * @param beta β &gt; 0
 * @param epsilon label-flip rate ε in [0, 0.5)
 */
public record ConservativeDpoLoss(double beta, double epsilon) implements PairwiseLoss {

  public ConservativeDpoLoss {
    Checks.positive("beta", beta);
    Checks.flipRate("epsilon", epsilon);
  }

  @Override
  public PairLoss evaluate(PairLogProbs pair) {
    double z = beta * pair.logit();
    double value = (1 - epsilon) * Logistic.loss(z) + epsilon * Logistic.loss(-z);
    double dh = beta * (-(1 - epsilon) * Logistic.sigmoid(-z) + epsilon * Logistic.sigmoid(z));
    return new PairLoss(value, dh, -dh);
  }

  @Override
  public String label() {
    return "cDPO(β=" + beta + ",ε=" + epsilon + ")";
  }
}
