package dev.parley.analysis.shapley;

/**
 * The attribution problem: each player's Shapley value in a cooperative game (Shapley 1953),
 * {@code φ_i = Σ_{S ⊆ N∖{i}} |S|!(n − |S| − 1)!/n! · (v(S ∪ {i}) − v(S))}. Implemented exactly by
 * {@link ExactShapley} and by sampling by {@link PermutationShapley}.
 */
public interface ShapleyEstimator {

  ShapleyValues compute(int players, CoalitionValue game);
}
