package dev.parley.learn.reward;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Features of an input (a response in its context): a vector of fixed {@link #dimension()} that a
 * {@link RewardModel} reads. Sources are a game's structured observation fields ({@link NumericFields}),
 * text ({@link HashedBagOfWords}), or any embedding function ({@link #of}). Implementations are
 * deterministic (same input ⇒ same vector) and return a fresh array the caller may keep.
 *
 * @param <T> the input type
 */
public interface FeatureFunction<T> {

  /** The length of every feature vector. */
  int dimension();

  /**
   * The features of one input.
   *
   * @throws IllegalArgumentException when the input cannot be featurised (the message names the reason)
   */
  double[] features(T input);

  /** This function applied after {@code before}: the features of {@code before.apply(u)}. */
  default <U> FeatureFunction<U> compose(Function<? super U, ? extends T> before) {
    return DerivedFeatures.compose(this, before);
  }

  /**
   * Features from any embedding function (e.g. a language model's sentence embedding). The vectors it
   * returns are checked (length {@code dimension}, finite) and copied.
   */
  static <T> FeatureFunction<T> of(int dimension, Function<? super T, double[]> embedding) {
    return DerivedFeatures.of(dimension, embedding);
  }

  /** The concatenation of several feature functions over the same input, in order. */
  static <T> FeatureFunction<T> concat(List<? extends FeatureFunction<? super T>> parts) {
    return DerivedFeatures.concat(parts);
  }

  /** The features of both sides of a preference: a hard pair {@code chosen ≻ rejected}. */
  default FeaturePair pair(T chosen, T rejected) {
    Objects.requireNonNull(chosen, "chosen");
    Objects.requireNonNull(rejected, "rejected");
    return FeaturePair.of(features(chosen), features(rejected));
  }
}
