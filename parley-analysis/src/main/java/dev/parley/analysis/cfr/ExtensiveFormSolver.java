package dev.parley.analysis.cfr;

/**
 * An iterative solver for two-player zero-sum extensive-form games whose average policy converges
 * to a Nash equilibrium. Solvers are mutable and not thread-safe; their policies are immutable
 * snapshots.
 */
public interface ExtensiveFormSolver {
  /** The compiled game being solved. */
  GameTree tree();

  /** Runs one iteration (one update for each player). */
  void iterate();

  /** Runs {@code n} iterations. */
  default void iterate(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("iterations must be ≥ 0, was " + n);
    }
    for (int i = 0; i < n; i++) {
      iterate();
    }
  }

  /** Iterations run so far. */
  long iterations();

  /** The average policy, the one that converges to equilibrium. */
  TabularPolicy averagePolicy();
}
