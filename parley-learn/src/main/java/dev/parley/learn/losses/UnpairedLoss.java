package dev.parley.learn.losses;

/**
 * A loss value of one unpaired example (one completion) and its analytic derivative with respect to the
 * completion's policy log-probability {@code log πθ(y|x)}.
 *
 * @param value the loss
 * @param dPolicy {@code ∂L/∂log πθ(y|x)}
 */
public record UnpairedLoss(double value, double dPolicy) {
  public UnpairedLoss {
    if (Double.isNaN(value) || Double.isNaN(dPolicy)) {
      throw new IllegalArgumentException("loss and derivative must not be NaN, were " + value + ", " + dPolicy);
    }
  }
}
