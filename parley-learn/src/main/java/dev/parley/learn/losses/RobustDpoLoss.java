package dev.parley.learn.losses;

/**
 * Robust DPO (Chowdhury et al. 2024, "Provably robust DPO", the unbiased loss; REFERENCE §6.1; TRL
 * {@code loss_type="robust"}): the unbiased loss under label-flip rate ε,
 * {@code L = [(1 − ε)·ℓ(β·h) − ε·ℓ(−β·h)] / (1 − 2ε)};
 * {@code ∂L/∂h = −β·[(1 − ε)·σ(−β·h) + ε·σ(β·h)] / (1 − 2ε)}.
 *
 * @param beta β &gt; 0
 * @param epsilon label-flip rate ε in [0, 0.5) (0.1 suggested)
 */
public record RobustDpoLoss(double beta, double epsilon) implements PairwiseLoss {

  public RobustDpoLoss {
    Checks.positive("beta", beta);
    Checks.flipRate("epsilon", epsilon);
  }

  @Override
  public PairLoss evaluate(PairLogProbs pair) {
    double z = beta * pair.logit();
    double scale = 1 / (1 - 2 * epsilon);
    double value = ((1 - epsilon) * Logistic.loss(z) - epsilon * Logistic.loss(-z)) * scale;
    double dh = -beta * ((1 - epsilon) * Logistic.sigmoid(-z) + epsilon * Logistic.sigmoid(z)) * scale;
    return new PairLoss(value, dh, -dh);
  }

  @Override
  public String label() {
    return "robust DPO(β=" + beta + ",ε=" + epsilon + ")";
  }
}
