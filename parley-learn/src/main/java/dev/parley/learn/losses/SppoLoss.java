package dev.parley.learn.losses;

/**
 * The losses of Self-Play Preference Optimization (Wu et al. 2024, "Self-play preference optimization
 * for language model alignment"; REFERENCE §6.2), whose minimiser approximates the multiplicative-weights
 * update {@code π_{t+1}(y) ∝ π_t(y)·exp(η·P(y ≻ π_t))}:
 * <ul>
 *   <li>{@link #regression}: the per-sample square loss
 *       {@code (log(πθ(y)/π_t(y)) − η·(P̂(y ≻ π_t) − ½))²}, for y drawn from π_t;</li>
 *   <li>{@link #pair}: the official recipe's per-pair loss with π_ref = π_t and β = 1/η,
 *       {@code [(cw − (P̂_w − ½)/β)² + (cl − (P̂_l − ½)/β)²]/2};</li>
 *   <li>{@link #hard}: TRL's {@code sppo_hard} with P̂_w = 1, P̂_l = 0,
 *       {@code (cw − 1/(2β))² + (cl + 1/(2β))²}.</li>
 * </ul>
 */
public final class SppoLoss {
  private SppoLoss() {}

  /**
   * The square loss of one sample and its derivative with respect to {@code log πθ(y)}.
   *
   * @param logRatio {@code log πθ(y) − log π_t(y)}
   * @param eta the step size η &gt; 0
   * @param winRate {@code P̂(y ≻ π_t)} in [0, 1]
   */
  public static UnpairedLoss regression(double logRatio, double eta, double winRate) {
    Checks.finite("logRatio", logRatio);
    Checks.positive("eta", eta);
    Checks.probability("winRate", winRate);
    double d = logRatio - eta * (winRate - 0.5);
    return new UnpairedLoss(d * d, 2 * d);
  }

  /** The official per-pair loss (reference = π_t) with estimated win rates {@code P̂_w}, {@code P̂_l}. */
  public static PairLoss pair(PairLogProbs pair, double beta, double chosenWinRate, double rejectedWinRate) {
    Checks.positive("beta", beta);
    Checks.probability("chosenWinRate", chosenWinRate);
    Checks.probability("rejectedWinRate", rejectedWinRate);
    double dw = pair.chosenLogRatio() - (chosenWinRate - 0.5) / beta;
    double dl = pair.rejectedLogRatio() - (rejectedWinRate - 0.5) / beta;
    return new PairLoss((dw * dw + dl * dl) / 2, dw, dl);
  }

  /** TRL's {@code sppo_hard}: the pair loss with {@code P̂_w = 1}, {@code P̂_l = 0}, without the ½. */
  public static PairLoss hard(PairLogProbs pair, double beta) {
    Checks.positive("beta", beta);
    double dw = pair.chosenLogRatio() - 1 / (2 * beta);
    double dl = pair.rejectedLogRatio() + 1 / (2 * beta);
    return new PairLoss(dw * dw + dl * dl, 2 * dw, 2 * dl);
  }
}
