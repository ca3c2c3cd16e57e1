package dev.parley.learn.losses;

/**
 * Simple Preference Optimization (Meng et al. 2024, "SimPO: simple preference optimization with a
 * reference-free reward", the SimPO objective; REFERENCE §6.1; TRL CPOTrainer {@code loss_type="simpo"},
 * {@code cpo_alpha=0}): reference-free, length-normalised,
 * {@code L = ℓ(β·lw/|y_w| − β·ll/|y_l| − γ)}; with {@code z} that argument,
 * {@code ∂L/∂lw = −σ(−z)·β/|y_w|} and {@code ∂L/∂ll = σ(−z)·β/|y_l|}.
 *
 * @param beta β &gt; 0 (about 2–2.5 in the paper)
 * @param gamma the target reward margin γ ≥ 0 (TRL {@code simpo_gamma=0.5})
 */
public record SimPoLoss(double beta, double gamma) implements PairwiseLoss {

  public SimPoLoss {
    Checks.positive("beta", beta);
    Checks.nonNegative("gamma", gamma);
  }

  @Override
  public PairLoss evaluate(PairLogProbs pair) {
    double w = beta / pair.chosenLength();
    double l = beta / pair.rejectedLength();
    double z = w * pair.policyChosen() - l * pair.policyRejected() - gamma;
    double s = Logistic.sigmoid(-z);
    return new PairLoss(Logistic.loss(z), -s * w, s * l);
  }

  @Override
  public boolean usesReference() {
    return false;
  }

  @Override
  public String label() {
    return "SimPO(β=" + beta + ",γ=" + gamma + ")";
  }
}
