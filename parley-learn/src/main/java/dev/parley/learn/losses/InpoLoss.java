package dev.parley.learn.losses;

/**
 * The loss of Iterative Nash Policy Optimization (Zhang et al., ICLR 2025, "Iterative Nash policy
 * optimization: aligning LLMs with general preferences via no-regret learning"; REFERENCE §6.2) on a
 * pair {@code y_w ≻ y_l} drawn from π_t and labelled by the preference oracle:
 * {@code L = (h_t − η/2)²} with
 * {@code h_t = log(π(y_w)/π(y_l)) − ητ·log(π_ref(y_w)/π_ref(y_l)) − (1 − ητ)·log(π_t(y_w)/π_t(y_l))};
 * {@code ∂L/∂lw = 2(h_t − η/2) = −∂L/∂ll}. In expectation over pairs from π_t its minimiser is the
 * online-mirror-descent step {@code π_{t+1} ∝ π_t^{1−ητ}·π_ref^{ητ}·exp(η·P(y ≻ π_t))}.
 *
 * @param eta the step size η &gt; 0
 * @param tau the KL regularisation τ ≥ 0, with ητ ≤ 1
 */
public record InpoLoss(double eta, double tau) {

  public InpoLoss {
    Checks.positive("eta", eta);
    Checks.nonNegative("tau", tau);
    if (eta * tau > 1) {
      throw new IllegalArgumentException("eta·tau must be ≤ 1, was " + eta + "·" + tau + " = " + eta * tau);
    }
  }

  /**
   * The loss of one labelled pair.
   *
   * @param pair policy log-probabilities and the reference (π_ref) log-probabilities of the pair
   * @param previousChosen {@code log π_t(y_w)}
   * @param previousRejected {@code log π_t(y_l)}
   */
  public PairLoss evaluate(PairLogProbs pair, double previousChosen, double previousRejected) {
    Checks.finite("previousChosen", previousChosen);
    Checks.finite("previousRejected", previousRejected);
    double et = eta * tau;
    double h = (pair.policyChosen() - pair.policyRejected())
        - et * (pair.referenceChosen() - pair.referenceRejected())
        - (1 - et) * (previousChosen - previousRejected);
    double d = h - eta / 2;
    return new PairLoss(d * d, 2 * d, -2 * d);
  }
}
