package dev.parley.learn.reward;

import java.util.Objects;

/**
 * A preference pair with the annotator who gave it, the training example of a pluralistic reward model
 * ({@link IdealPointMixture}).
 *
 * @param annotator the annotator's id (non-blank)
 * @param pair the preference
 */
public record AnnotatedPair(String annotator, FeaturePair pair) {
  public AnnotatedPair {
    Objects.requireNonNull(annotator, "annotator");
    Objects.requireNonNull(pair, "pair");
    if (annotator.isBlank()) {
      throw new IllegalArgumentException("annotator must not be blank, was '" + annotator + "'");
    }
  }
}
