package dev.parley.analysis.equilibria;

import java.util.List;
import java.util.Objects;

/**
 * The equilibria an {@link EquilibriumEnumerator} found, with what it saw on the way.
 *
 * @param equilibria the equilibria, in the enumerator's order
 * @param degenerate true when the game was seen to be degenerate: some mixed strategy with support
 *     size k has more than k pure best responses (Nash's enumeration is then incomplete: a degenerate
 *     game may have infinitely many equilibria, and some may not be listed)
 * @param supportPairs support pairs examined
 * @param prunedPairs support pairs skipped without solving because a support action was
 *     (conditionally) strictly dominated
 * @param singularSystems support pairs whose indifference equations had no unique solution (skipped)
 */
public record EquilibriumSet(List<Equilibrium> equilibria, boolean degenerate, long supportPairs, long prunedPairs,
    long singularSystems) {

  public EquilibriumSet {
    equilibria = List.copyOf(Objects.requireNonNull(equilibria, "equilibria"));
    if (supportPairs < 0 || prunedPairs < 0 || singularSystems < 0) {
      throw new IllegalArgumentException("counts must be ≥ 0, were " + supportPairs + ", " + prunedPairs + ", "
          + singularSystems);
    }
  }

  public int size() {
    return equilibria.size();
  }

  /** The pure equilibria, in order. */
  public List<Equilibrium> pure() {
    return equilibria.stream().filter(Equilibrium::isPure).toList();
  }
}
