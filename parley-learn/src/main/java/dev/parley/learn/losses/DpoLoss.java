package dev.parley.learn.losses;

/**
 * Direct Preference Optimization, the sigmoid loss (Rafailov et al. 2023, eq. 7; REFERENCE §6.1; TRL
 * {@code loss_type="sigmoid"}): {@code L = ℓ(β·h)} with {@code h = (lw − rw) − (ll − rl)} and
 * {@code ℓ(z) = −log σ(z)}; {@code ∂L/∂h = −β·σ(−β·h)}. The implicit reward of a completion is
 * {@code β·log(πθ/π_ref)}.
 *
 * @param beta the KL coefficient β &gt; 0 (0.1 in the paper and in TRL)
 */
public record DpoLoss(double beta) implements PairwiseLoss {

  public DpoLoss {
    Checks.positive("beta", beta);
  }

  @Override
  public PairLoss evaluate(PairLogProbs pair) {
    double z = beta * pair.logit();
    double dh = -beta * Logistic.sigmoid(-z);
    return new PairLoss(Logistic.loss(z), dh, -dh);
  }

  /** The implicit reward {@code β·(log πθ(y|x) − log π_ref(y|x))} of one completion. */
  public double implicitReward(double policyLogProb, double referenceLogProb) {
    return beta * (policyLogProb - referenceLogProb);
  }

  @Override
  public String label() {
    return "DPO(β=" + beta + ")";
  }
}
