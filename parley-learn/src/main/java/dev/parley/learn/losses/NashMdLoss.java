package dev.parley.learn.losses;

/**
 * The per-sample policy-gradient loss of Nash-MD in TRL's form (Munos et al., ICML 2024, "Nash learning
 * from human feedback", Nash-MD-PG; TRL {@code experimental.nash_md}; REFERENCE §6.2, §9.1): for a
 * completion y of the policy with summed log-probability {@code log πθ(y)}, its detached log-ratio
 * {@code log(πθ(y)/π_ref(y))} and {@code p} = the probability that y beats a completion of the geometric
 * mixture, {@code L = β·logratio·log πθ(y) − (p − ½)·log πθ(y)}; {@code ∂L/∂log πθ(y) = β·logratio − (p − ½)}.
 * Its expected gradient is minus the gradient of {@code P(πθ ≻ π^μ) − β·KL(πθ‖π_ref)}.
 *
 * @param beta the KL coefficient β ≥ 0 (τ of the paper)
 */
public record NashMdLoss(double beta) {

  public NashMdLoss {
    Checks.nonNegative("beta", beta);
  }

  /**
   * The loss of one sample.
   *
   * @param policyLogProb {@code log πθ(y)}
   * @param logRatio {@code log(πθ(y)/π_ref(y))}, treated as a constant
   * @param winProbability {@code p = P(y ≻ y_mixture)}
   */
  public UnpairedLoss evaluate(double policyLogProb, double logRatio, double winProbability) {
    Checks.finite("policyLogProb", policyLogProb);
    Checks.finite("logRatio", logRatio);
    Checks.probability("winProbability", winProbability);
    double d = beta * logRatio - (winProbability - 0.5);
    return new UnpairedLoss(d * policyLogProb, d);
  }
}
