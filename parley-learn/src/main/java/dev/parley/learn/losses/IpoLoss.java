package dev.parley.learn.losses;

import java.util.Objects;

/**
 * Identity Preference Optimisation (Azar et al. 2023, "A general theoretical paradigm to understand
 * learning from human preferences", sampled IPO loss; REFERENCE §6.1; TRL {@code loss_type="ipo"}):
 * {@code L = (h' − 1/(2τ))²}. With {@link Normalisation#SUMMED} (the paper, OpenRLHF)
 * {@code h' = h = cw − cl}; with {@link Normalisation#PER_TOKEN} (TRL)
 * {@code h' = cw/|y_w| − cl/|y_l|}. The two give different numbers on multi-token completions.
 *
 * @param tau the regularisation τ &gt; 0 (passed to TRL as {@code beta})
 * @param normalisation how the log-ratios are aggregated over tokens
 */
public record IpoLoss(double tau, Normalisation normalisation) implements PairwiseLoss {

  /** How the log-ratios of a completion are aggregated over its tokens. */
  public enum Normalisation {
    /** Summed log-probabilities (the paper; OpenRLHF). */
    SUMMED,
    /** Per-token averages {@code c/|y|} (TRL). */
    PER_TOKEN
  }

  public IpoLoss {
    Checks.positive("tau", tau);
    Objects.requireNonNull(normalisation, "normalisation");
  }

  /** IPO on summed log-probabilities, as in the paper. */
  public static IpoLoss summed(double tau) {
    return new IpoLoss(tau, Normalisation.SUMMED);
  }

  @Override
  public PairLoss evaluate(PairLogProbs pair) {
    double wScale = normalisation == Normalisation.PER_TOKEN ? 1.0 / pair.chosenLength() : 1;
    double lScale = normalisation == Normalisation.PER_TOKEN ? 1.0 / pair.rejectedLength() : 1;
    double h = pair.chosenLogRatio() * wScale - pair.rejectedLogRatio() * lScale;
    double d = h - 1 / (2 * tau);
    return new PairLoss(d * d, 2 * d * wScale, -2 * d * lScale);
  }

  @Override
  public String label() {
    return "IPO(τ=" + tau + (normalisation == Normalisation.PER_TOKEN ? ",per-token" : "") + ")";
  }
}
