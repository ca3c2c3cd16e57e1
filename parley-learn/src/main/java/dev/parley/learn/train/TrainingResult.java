package dev.parley.learn.train;

import dev.parley.learn.policy.SoftmaxPolicy;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a training run: the last and average iterates after all iterations and the
 * checkpoints that were asked for (the last iteration is always one).
 *
 * @param algorithm the trainer's {@link PreferenceTrainer#name()}
 * @param iterations the number of updates made
 * @param last the last iterate π_T
 * @param average the average iterate {@code (1/T)·Σ_{t<T} π_t}
 * @param checkpoints ascending by iteration
 */
public record TrainingResult(String algorithm, int iterations, SoftmaxPolicy last, SoftmaxPolicy average,
    List<TrainingCheckpoint> checkpoints) {

  public TrainingResult {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(average, "average");
    checkpoints = List.copyOf(Objects.requireNonNull(checkpoints, "checkpoints"));
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be ≥ 1, was " + iterations);
    }
  }

  /** The checkpoint at iteration t; throws naming t when it was not recorded. */
  public TrainingCheckpoint at(int iteration) {
    for (TrainingCheckpoint c : checkpoints) {
      if (c.iteration() == iteration) {
        return c;
      }
    }
    throw new IllegalArgumentException("no checkpoint at iteration " + iteration + " (recorded: "
        + checkpoints.stream().map(TrainingCheckpoint::iteration).toList() + ")");
  }
}
