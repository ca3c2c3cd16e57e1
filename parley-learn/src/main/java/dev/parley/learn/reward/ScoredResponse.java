package dev.parley.learn.reward;

import java.util.Arrays;
import java.util.Objects;

/**
 * A response's features with its attribute scores, the training example of a multi-attribute reward
 * model ({@link AttributeRegression}), e.g. HelpSteer2's five 0–4 scores. Immutable; accessors copy.
 */
public final class ScoredResponse {
  private final double[] features;
  private final double[] scores;

  private ScoredResponse(double[] features, double[] scores) {
    this.features = features;
    this.scores = scores;
  }

  /**
   * An example (arrays copied).
   *
   * @throws IllegalArgumentException when an array is empty or holds a non-finite value
   */
  public static ScoredResponse of(double[] features, double[] scores) {
    Vectors.requireFinite("features", features);
    Vectors.requireFinite("scores", scores);
    if (features.length == 0 || scores.length == 0) {
      throw new IllegalArgumentException("features and scores must not be empty, had " + features.length + " and "
          + scores.length);
    }
    return new ScoredResponse(features.clone(), scores.clone());
  }

  public double[] features() {
    return features.clone();
  }

  public double[] scores() {
    return scores.clone();
  }

  double[] featuresView() {
    return features;
  }

  double[] scoresView() {
    return scores;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoredResponse r && Arrays.equals(features, r.features) && Arrays.equals(scores, r.scores);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(features), Arrays.hashCode(scores));
  }

  @Override
  public String toString() {
    return "ScoredResponse[features=" + Arrays.toString(features) + ", scores=" + Arrays.toString(scores) + "]";
  }
}
