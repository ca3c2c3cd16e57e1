package dev.parley.learn.losses;

/**
 * The inputs of an offline pairwise loss, in the notation of REFERENCE §6: the summed log-probabilities
 * of the chosen and rejected completions under the trained policy ({@code lw}, {@code ll}) and under the
 * reference policy ({@code rw}, {@code rl}), and the completions' lengths in tokens ({@code |y_w|},
 * {@code |y_l|}; used by per-token IPO and SimPO). For a bandit each response is one token.
 *
 * @param policyChosen {@code lw = log πθ(y_w|x)}
 * @param policyRejected {@code ll = log πθ(y_l|x)}
 * @param referenceChosen {@code rw = log π_ref(y_w|x)}
 * @param referenceRejected {@code rl = log π_ref(y_l|x)}
 * @param chosenLength {@code |y_w| ≥ 1}
 * @param rejectedLength {@code |y_l| ≥ 1}
 */
public record PairLogProbs(double policyChosen, double policyRejected, double referenceChosen,
    double referenceRejected, int chosenLength, int rejectedLength) {

  public PairLogProbs {
    finite("policyChosen", policyChosen);
    finite("policyRejected", policyRejected);
    finite("referenceChosen", referenceChosen);
    finite("referenceRejected", referenceRejected);
    if (chosenLength < 1) {
      throw new IllegalArgumentException("chosenLength must be ≥ 1, was " + chosenLength);
    }
    if (rejectedLength < 1) {
      throw new IllegalArgumentException("rejectedLength must be ≥ 1, was " + rejectedLength);
    }
  }

  /** Inputs of one-token completions (lengths 1). */
  public static PairLogProbs of(double policyChosen, double policyRejected, double referenceChosen,
      double referenceRejected) {
    return new PairLogProbs(policyChosen, policyRejected, referenceChosen, referenceRejected, 1, 1);
  }

  /** {@code cw = lw − rw}. */
  public double chosenLogRatio() {
    return policyChosen - referenceChosen;
  }

  /** {@code cl = ll − rl}. */
  public double rejectedLogRatio() {
    return policyRejected - referenceRejected;
  }

  /** The DPO logit {@code h = cw − cl}. */
  public double logit() {
    return chosenLogRatio() - rejectedLogRatio();
  }

  static void finite(String name, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be finite, was " + v);
    }
  }
}
