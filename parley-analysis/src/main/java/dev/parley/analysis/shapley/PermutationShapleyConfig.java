package dev.parley.analysis.shapley;

/** Permutation sampling: how many random orders of the players to walk, and the seed that draws them. */
public record PermutationShapleyConfig(int permutations, long seed) {

  public PermutationShapleyConfig {
    if (permutations < 2) {
      throw new IllegalArgumentException("permutations must be ≥ 2 (for a standard error), was " + permutations);
    }
  }
}
