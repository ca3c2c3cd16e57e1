package dev.parley.analysis.equilibria;

/**
 * NashConv of the dynamics' profiles after {@code iteration} iterations (equal to the duality gap
 * {@code max_i (Ay)_i − min_j (xᵀA)_j} in zero-sum games).
 *
 * @param iteration iterations done (1-based)
 * @param averageNashConv NashConv of the average profile
 * @param lastNashConv NashConv of the profile played at this iteration
 */
public record Checkpoint(int iteration, double averageNashConv, double lastNashConv) {
  public Checkpoint {
    if (iteration < 1) {
      throw new IllegalArgumentException("iteration must be ≥ 1, was " + iteration);
    }
  }
}
