package dev.parley.learn.losses;

/**
 * The on-policy soft-label loss of Direct Nash Optimization (Rosset et al. 2024, "Direct Nash
 * optimization: teaching language models to self-improve with general preferences", Algorithm 1;
 * REFERENCE §6.2): for {@code y1, y2 ~ π_t} with rewards {@code r_t(y) = P(y ≻ π_t)} and the soft label
 * {@code p = σ(r_t(y1) − r_t(y2))}, the binary cross-entropy
 * {@code L = −[p·log σ(η·Δ) + (1 − p)·log σ(−η·Δ)]},
 * {@code Δ = log(π(y1)/π_t(y1)) − log(π(y2)/π_t(y2))}; {@code ∂L/∂Δ = η·(σ(η·Δ) − p)}. Its minimiser
 * is the step {@code π_{t+1} ∝ π_t·exp(r_t/η)}. The pair's reference log-probabilities are those of π_t.
 *
 * @param eta η &gt; 0 (an inverse step size)
 */
public record DnoLoss(double eta) {

  public DnoLoss {
    Checks.positive("eta", eta);
  }

  /** {@code p = σ(r1 − r2)}, the soft label of a pair from the two responses' rewards. */
  public static double softLabel(double firstReward, double secondReward) {
    return Logistic.sigmoid(firstReward - secondReward);
  }

  /**
   * The loss of one pair.
   *
   * @param pair the first response as "chosen", the second as "rejected"; reference = π_t
   * @param label {@code p}, the probability that the first response is preferred
   */
  public PairLoss evaluate(PairLogProbs pair, double label) {
    Checks.probability("label", label);
    double z = eta * pair.logit();
    double value = label * Logistic.loss(z) + (1 - label) * Logistic.loss(-z);
    double dDelta = eta * (Logistic.sigmoid(z) - label);
    return new PairLoss(value, dDelta, -dDelta);
  }
}
