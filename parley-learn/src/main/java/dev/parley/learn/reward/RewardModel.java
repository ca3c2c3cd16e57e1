package dev.parley.learn.reward;

import dev.parley.learn.losses.Logistic;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * A scalar reward {@code r(x)} over feature vectors of a fixed dimension (REFERENCE §7), where x are the
 * features of a response in its context, made by a {@link FeatureFunction}. Under the Bradley–Terry model
 * {@code P(a ≻ b) = σ(r(a) − r(b))}. Implementations are immutable and thread-safe.
 */
public interface RewardModel {

  /** The number of features the model reads. */
  int dimension();

  /**
   * The reward of features x.
   *
   * @throws IllegalArgumentException when x has the wrong length or a non-finite entry
   */
  double reward(double[] x);

  /** The Bradley–Terry preference probability {@code P(a ≻ b) = σ(r(a) − r(b))}. */
  default double probability(double[] a, double[] b) {
    return Logistic.sigmoid(reward(a) - reward(b));
  }

  /** This reward over inputs of type T, through a feature function of the same dimension. */
  default <T> ToDoubleFunction<T> over(FeatureFunction<? super T> features) {
    Objects.requireNonNull(features, "features");
    if (features.dimension() != dimension()) {
      throw new IllegalArgumentException("features must have dimension " + dimension() + ", has "
          + features.dimension());
    }
    return input -> reward(features.features(input));
  }

  /** The linear reward {@code r(x) = wᵀx} (weights copied). */
  static NetworkReward linear(double... weights) {
    return new NetworkReward(Network.linear(new double[][] {weights}, new double[] {0}));
  }
}
