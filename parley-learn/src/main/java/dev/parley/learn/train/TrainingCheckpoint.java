package dev.parley.learn.train;

import dev.parley.learn.policy.SoftmaxPolicy;
import java.util.Objects;

/**
 * The policies after {@code iteration} updates: the last iterate π_t and the average iterate
 * {@code π̄_t = (1/t)·Σ_{s<t} π_s} (the uniform mixture of the t policies that were played, π_0 … π_{t−1}).
 */
public record TrainingCheckpoint(int iteration, SoftmaxPolicy last, SoftmaxPolicy average) {
  public TrainingCheckpoint {
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(average, "average");
    if (iteration < 1) {
      throw new IllegalArgumentException("iteration must be ≥ 1, was " + iteration);
    }
  }
}
