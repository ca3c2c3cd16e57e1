package dev.parley.learn.losses;

/**
 * The Bradley–Terry reward-model loss (REFERENCE §7; Ouyang et al. 2022; TRL RewardTrainer): for a pair
 * with rewards {@code r_c} (chosen) and {@code r_r} (rejected), an optional margin m and an optional
 * weight w (Scaled BT of HelpSteer2-Preference uses w = |strength|),
 * {@code L = w·ℓ(r_c − r_r − m) + c·(r_c + r_r)²}, where c is TRL's
 * {@code center_rewards_coefficient}. {@code ∂L/∂r_c = −w·σ(−(r_c − r_r − m)) + 2c(r_c + r_r)},
 * {@code ∂L/∂r_r = w·σ(−(r_c − r_r − m)) + 2c(r_c + r_r)}.
 *
 * @param centring c ≥ 0 (0.01 recommended by TRL; 0 disables the term)
 */
public record BradleyTerryRewardLoss(double centring) {

  public BradleyTerryRewardLoss {
    Checks.nonNegative("centring", centring);
  }

  /** The plain loss {@code ℓ(r_c − r_r)}. */
  public static BradleyTerryRewardLoss plain() {
    return new BradleyTerryRewardLoss(0);
  }

  /** The loss of one pair with margin 0 and weight 1. */
  public PairLoss evaluate(double chosenReward, double rejectedReward) {
    return evaluate(chosenReward, rejectedReward, 0, 1);
  }

  /**
   * The loss of one pair.
   *
   * @param margin m, subtracted from the reward difference
   * @param weight w ≥ 0, multiplying the logistic term
   */
  public PairLoss evaluate(double chosenReward, double rejectedReward, double margin, double weight) {
    Checks.finite("chosenReward", chosenReward);
    Checks.finite("rejectedReward", rejectedReward);
    Checks.finite("margin", margin);
    Checks.nonNegative("weight", weight);
    double z = chosenReward - rejectedReward - margin;
    double s = Logistic.sigmoid(-z);
    double sum = chosenReward + rejectedReward;
    double value = weight * Logistic.loss(z) + centring * sum * sum;
    return new PairLoss(value, -weight * s + 2 * centring * sum, weight * s + 2 * centring * sum);
  }
}
