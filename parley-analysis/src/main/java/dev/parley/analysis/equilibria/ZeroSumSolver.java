package dev.parley.analysis.equilibria;

/** Solves two-player zero-sum (or constant-sum) games exactly: the value and optimal mixed strategies. */
public interface ZeroSumSolver {

  /**
   * The value and a pair of optimal (maximin) strategies of {@code game}.
   *
   * @throws IllegalArgumentException when {@code game} is not constant-sum
   */
  ZeroSumSolution solve(Bimatrix game);
}
