package dev.parley.analysis.cfr;

import dev.parley.core.game.Game;

/**
 * External-sampling Monte Carlo CFR (Lanctot, Waugh, Zinkevich and Bowling 2009, "Monte Carlo
 * Sampling for Regret Minimization in Extensive Games", §3.2), as OpenSpiel's
 * {@code ExternalSamplingSolver} with its simple average: each iteration walks the tree once per
 * player p. At p's nodes every action is explored; chance and the opponent sample one action, from
 * the chance distribution and the opponent's current policy. With {@code ṽ(a)} the sampled value
 * of action a and {@code σ} the regret-matching policy, {@code R(I,a) += ṽ(a) − Σ_b σ(b)ṽ(b)}:
 * the sampling probabilities of the opponent and chance cancel against their reach, so no
 * importance weights appear. The average policy adds the opponent's {@code σ} at every opponent
 * node visited (an unbiased estimate of the reach-weighted average). Seeded: the same seed gives
 * the same policies.
 */
public final class ExternalSamplingMccfr extends MonteCarloCfr {
  private final long seed;

  private ExternalSamplingMccfr(GameTree tree, long seed) {
    super(tree, seed);
    this.seed = seed;
  }

  /** A solver over a compiled tree, sampling with {@code seed}. */
  public static ExternalSamplingMccfr create(GameTree tree, long seed) {
    if (tree == null) {
      throw new IllegalArgumentException("tree must not be null");
    }
    return new ExternalSamplingMccfr(tree, seed);
  }

  /** Compiles {@code game} (see {@link GameTree#compile(Game)} for the games refused) and solves it. */
  public static ExternalSamplingMccfr create(Game<?> game, long seed) {
    return create(GameTree.compile(game), seed);
  }

  public long seed() {
    return seed;
  }

  @Override
  public void iterate() {
    iteration++;
    for (int p = 0; p < 2; p++) {
      walk(0, 0, p);
    }
  }

  /** The sampled counterfactual value of node {@code v} for player {@code p}. */
  private double walk(int v, int depth, int p) {
    int who = tree.player[v];
    if (who == GameTree.TERMINAL) {
      return tree.utility[p][v];
    }
    int f = tree.firstChild[v];
    int k = tree.childCount[v];
    if (who == GameTree.CHANCE) {
      return walk(tree.childNode[f + Draws.pick(random, tree.chanceProb, f, k)], depth + 1, p);
    }
    int o = tree.infosetOffset[tree.infoset[v]];
    double[] sigma = policy[depth];
    CfrSolver.regretMatching(regret, o, k, sigma, 0);
    if (who != p) {
      for (int e = 0; e < k; e++) {
        cumulative[o + e] += sigma[e];
      }
      return walk(tree.childNode[f + Draws.pick(random, sigma, 0, k)], depth + 1, p);
    }
    double[] values = childValue[depth];
    double value = 0;
    for (int e = 0; e < k; e++) {
      values[e] = walk(tree.childNode[f + e], depth + 1, p);
      value += sigma[e] * values[e];
    }
    for (int e = 0; e < k; e++) {
      regret[o + e] += values[e] - value;
    }
    return value;
  }

  @Override
  public String toString() {
    return "ExternalSamplingMccfr{" + tree.game() + ", seed " + seed + ", " + iteration + " iterations}";
  }
}
