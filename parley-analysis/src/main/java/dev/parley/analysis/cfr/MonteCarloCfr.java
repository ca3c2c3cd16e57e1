package dev.parley.analysis.cfr;

import java.util.SplittableRandom;

/**
 * What the Monte Carlo CFR solvers share: the compiled tree, cumulative regrets and policy weights
 * per information-state action, a seeded random source, per-depth scratch rows for the current
 * policy and the sampled child values, and the iteration count. The average policy is the
 * normalised cumulative weights.
 */
abstract class MonteCarloCfr implements ExtensiveFormSolver {
  final GameTree tree;
  final SplittableRandom random;
  final double[] regret;
  final double[] cumulative;
  /** Per depth: the current policy at the node being visited. */
  final double[][] policy;
  /** Per depth: the sampled values of the node's children. */
  final double[][] childValue;
  long iteration;

  MonteCarloCfr(GameTree tree, long seed) {
    this.tree = tree;
    this.random = new SplittableRandom(seed);
    this.regret = new double[tree.totalActions];
    this.cumulative = new double[tree.totalActions];
    int depth = tree.maxDepth + 1;
    int width = Math.max(1, tree.maxActions);
    this.policy = new double[depth][width];
    this.childValue = new double[depth][width];
  }

  @Override
  public GameTree tree() {
    return tree;
  }

  @Override
  public long iterations() {
    return iteration;
  }

  @Override
  public TabularPolicy averagePolicy() {
    return tree.policy(CfrSolver.normalise(tree, cumulative));
  }
}
