package dev.parley.learn.losses;

/**
 * The hinge loss of SLiC-HF (Zhao et al. 2023, "SLiC-HF: sequence likelihood calibration with human
 * feedback", the rank-calibration term) in TRL's form ({@code loss_type="hinge"}; REFERENCE §6.1):
 * {@code L = max(0, 1 − β·h)}, β = 1/margin; {@code ∂L/∂h = −β} where {@code β·h < 1} and 0 elsewhere
 * (the subgradient 0 is taken at the kink).
 *
 * @param beta β &gt; 0, the inverse margin
 */
public record HingeLoss(double beta) implements PairwiseLoss {

  public HingeLoss {
    Checks.positive("beta", beta);
  }

  @Override
  public PairLoss evaluate(PairLogProbs pair) {
    double slack = 1 - beta * pair.logit();
    if (slack > 0) {
      return new PairLoss(slack, -beta, beta);
    }
    return new PairLoss(0, 0, 0);
  }

  @Override
  public String label() {
    return "hinge(β=" + beta + ")";
  }
}
