package dev.parley.learn.reward;

import dev.parley.learn.losses.Logistic;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleBiFunction;

/**
 * How well a reward model predicts held-out preferences. A pair counts as correct when the reward
 * difference {@code Δ = r(chosen) − r(rejected)} has the sign of {@code p − ½} (p the pair's label, 1
 * for a hard pair); a tie Δ = 0 counts ½; pairs with p = ½ have no correct side and are left out of the
 * accuracy. The log-loss is the mean cross-entropy {@code p·ℓ(Δ) + (1 − p)·ℓ(−Δ)} of the
 * Bradley–Terry probability σ(Δ) (margins and weights are training devices and do not enter either
 * number).
 *
 * @param pairs the number of pairs
 * @param decided the pairs with p ≠ ½ (the accuracy's denominator)
 * @param accuracy the share of decided pairs predicted correctly (NaN when none is decided)
 * @param logLoss the mean cross-entropy over all pairs
 */
public record PreferenceMetrics(int pairs, int decided, double accuracy, double logLoss) {

  /** The metrics of a reward model on pairs. */
  public static PreferenceMetrics of(RewardModel model, List<FeaturePair> pairs) {
    Objects.requireNonNull(model, "model");
    return of(pairs, (i, p) -> model.reward(p.chosenView()) - model.reward(p.rejectedView()));
  }

  /** The metrics of any scorer giving the reward difference Δ of pair i. */
  static PreferenceMetrics of(List<FeaturePair> pairs, ToDoubleBiFunction<Integer, FeaturePair> difference) {
    Objects.requireNonNull(pairs, "pairs");
    if (pairs.isEmpty()) {
      throw new IllegalArgumentException("pairs must not be empty");
    }
    double correct = 0;
    int decided = 0;
    double loss = 0;
    for (int i = 0; i < pairs.size(); i++) {
      FeaturePair pair = pairs.get(i);
      double delta = difference.applyAsDouble(i, pair);
      double p = pair.probability();
      loss += p * Logistic.loss(delta) + (1 - p) * Logistic.loss(-delta);
      if (p != 0.5) {
        decided++;
        if (delta == 0) {
          correct += 0.5;
        } else if ((delta > 0) == (p > 0.5)) {
          correct += 1;
        }
      }
    }
    return new PreferenceMetrics(pairs.size(), decided, decided == 0 ? Double.NaN : correct / decided,
        loss / pairs.size());
  }
}
