package dev.parley.analysis.equilibria;

import java.util.List;
import java.util.Objects;

/**
 * What a run of {@link LearningDynamics} ended with.
 *
 * @param average the average profile over all iterations (each algorithm documents its weights)
 * @param last the profile of the final iteration
 * @param iterations iterations run
 * @param checkpoints NashConv at the requested iterations, ascending, always ending with the last
 */
public record DynamicsResult(StrategyProfile average, StrategyProfile last, int iterations,
    List<Checkpoint> checkpoints) {

  public DynamicsResult {
    Objects.requireNonNull(average, "average");
    Objects.requireNonNull(last, "last");
    checkpoints = List.copyOf(Objects.requireNonNull(checkpoints, "checkpoints"));
    if (checkpoints.isEmpty() || checkpoints.get(checkpoints.size() - 1).iteration() != iterations) {
      throw new IllegalArgumentException("checkpoints must end at iteration " + iterations + ", were " + checkpoints);
    }
  }

  /** NashConv of the final average profile (the duality gap in zero-sum games). */
  public double averageNashConv() {
    return checkpoints.get(checkpoints.size() - 1).averageNashConv();
  }

  /** NashConv of the final profile. */
  public double lastNashConv() {
    return checkpoints.get(checkpoints.size() - 1).lastNashConv();
  }

  /** The checkpoint at {@code iteration}. */
  public Checkpoint at(int iteration) {
    for (Checkpoint c : checkpoints) {
      if (c.iteration() == iteration) {
        return c;
      }
    }
    throw new IllegalArgumentException("no checkpoint at iteration " + iteration + "; have "
        + checkpoints.stream().map(Checkpoint::iteration).toList());
  }
}
