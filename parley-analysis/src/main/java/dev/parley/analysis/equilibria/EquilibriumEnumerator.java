package dev.parley.analysis.equilibria;

/** Finds all Nash equilibria of a bimatrix game (of nondegenerate games; see each implementation). */
public interface EquilibriumEnumerator {

  /** Every equilibrium the method can certify, in a deterministic order. */
  EquilibriumSet enumerate(Bimatrix game);
}
