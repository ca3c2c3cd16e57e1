package dev.parley.analysis.equilibria;

/** Finds one Nash equilibrium of a bimatrix game by following a path (no claim to find them all). */
public interface EquilibriumFinder {

  /** One equilibrium, or the reason the search stopped without one. */
  EquilibriumSearch find(Bimatrix game);
}
