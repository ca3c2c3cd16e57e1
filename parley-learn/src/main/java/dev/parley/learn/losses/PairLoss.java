package dev.parley.learn.losses;

/**
 * A loss value of one pair and its analytic partial derivatives with respect to the two trained
 * inputs: the policy log-probabilities {@code lw}, {@code ll} for a policy loss, the rewards
 * {@code r_c}, {@code r_r} for a reward-model loss. The reference log-probabilities are constants of
 * every loss, so their derivatives are not reported.
 *
 * @param value the loss
 * @param dChosen {@code ∂L/∂lw} (or {@code ∂L/∂r_c})
 * @param dRejected {@code ∂L/∂ll} (or {@code ∂L/∂r_r})
 */
public record PairLoss(double value, double dChosen, double dRejected) {
  public PairLoss {
    if (Double.isNaN(value) || Double.isNaN(dChosen) || Double.isNaN(dRejected)) {
      throw new IllegalArgumentException("loss and derivatives must not be NaN, were " + value + ", "
          + dChosen + ", " + dRejected);
    }
  }
}
