package dev.parley.learn.losses;

/**
 * Kahneman–Tversky Optimization (Ethayarajh et al. 2024, "KTO: model alignment as prospect theoretic
 * optimization", the KTO loss; REFERENCE §6.1; TRL KTOTrainer {@code loss_type="kto"}), an unpaired
 * loss. With the implied reward {@code r = log πθ(y|x) − log π_ref(y|x)} and the reference point
 * {@code z0} (detached):
 * <ul>
 *   <li>desirable y: {@code L = λ_D·(1 − σ(β·(r − z0)))}, {@code ∂L/∂log πθ = −λ_D·β·σ(u)(1 − σ(u))},
 *       {@code u = β(r − z0)};</li>
 *   <li>undesirable y: {@code L = λ_U·(1 − σ(β·(z0 − r)))}, {@code ∂L/∂log πθ = λ_U·β·σ(v)(1 − σ(v))},
 *       {@code v = β(z0 − r)}.</li>
 * </ul>
 * {@link #referencePoint(double...)} gives {@code z0 = max(0, mean r)} over mismatched {@code (x, y')}
 * pairs of the batch.
 *
 * @param beta β &gt; 0 (0.1)
 * @param desirableWeight λ_D &gt; 0 (1)
 * @param undesirableWeight λ_U &gt; 0 (1)
 */
public record KtoLoss(double beta, double desirableWeight, double undesirableWeight) {

  public KtoLoss {
    Checks.positive("beta", beta);
    Checks.positive("desirableWeight", desirableWeight);
    Checks.positive("undesirableWeight", undesirableWeight);
  }

  /** β = 0.1, λ_D = λ_U = 1 (the paper's and TRL's defaults). */
  public static KtoLoss defaults() {
    return new KtoLoss(0.1, 1, 1);
  }

  /**
   * The loss of one example.
   *
   * @param policyLogProb {@code log πθ(y|x)}
   * @param referenceLogProb {@code log π_ref(y|x)}
   * @param desirable the example's label
   * @param referencePoint {@code z0}, treated as a constant
   */
  public UnpairedLoss evaluate(double policyLogProb, double referenceLogProb, boolean desirable, double referencePoint) {
    Checks.finite("policyLogProb", policyLogProb);
    Checks.finite("referenceLogProb", referenceLogProb);
    Checks.finite("referencePoint", referencePoint);
    double r = policyLogProb - referenceLogProb;
    if (desirable) {
      double s = Logistic.sigmoid(beta * (r - referencePoint));
      return new UnpairedLoss(desirableWeight * (1 - s), -desirableWeight * beta * s * (1 - s));
    }
    double s = Logistic.sigmoid(beta * (referencePoint - r));
    return new UnpairedLoss(undesirableWeight * (1 - s), undesirableWeight * beta * s * (1 - s));
  }

  /**
   * The KL reference point {@code z0 = max(0, mean of r)} over the implied rewards of mismatched
   * {@code (x, y')} pairs (completions paired with another example's prompt).
   */
  public static double referencePoint(double... mismatchedLogRatios) {
    if (mismatchedLogRatios.length == 0) {
      throw new IllegalArgumentException("mismatchedLogRatios must not be empty");
    }
    double sum = 0;
    for (int i = 0; i < mismatchedLogRatios.length; i++) {
      Checks.finite("mismatchedLogRatios[" + i + "]", mismatchedLogRatios[i]);
      sum += mismatchedLogRatios[i];
    }
    return Math.max(0, sum / mismatchedLogRatios.length);
  }
}
