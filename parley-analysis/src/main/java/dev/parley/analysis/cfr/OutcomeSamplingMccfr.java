package dev.parley.analysis.cfr;

import dev.parley.core.game.Game;

/**
 * Outcome-sampling Monte Carlo CFR (Lanctot et al. 2009; REFERENCE §5), as OpenSpiel's
 * {@code OutcomeSamplingSolver}: each iteration samples one trajectory per player. Chance and the
 * opponent sample from their current policies; the updating player samples from
 * {@code ε·uniform + (1 − ε)·σ}. With sampled reach {@code q} and opponent-and-chance reach
 * {@code π_{−p}} at a node h of the updating player, the sampled child value is
 * {@code u/q(a)} for the sampled action (0 for others), and
 * {@code R(I,a) += (π_{−p}/q(h))·(ṽ(a) − Σ_b σ(b)ṽ(b))}; the average policy adds
 * {@code π_p(h)·σ(I,·)/q(h)}. Seeded: the same seed gives the same policies.
 */
public final class OutcomeSamplingMccfr extends MonteCarloCfr {
  /** OpenSpiel's default exploration. */
  public static final double DEFAULT_EXPLORATION = 0.6;

  /**
   * Settings of outcome sampling.
   *
   * @param seed seed of the sampling random source
   * @param exploration ε in [0, 1], the weight of uniform sampling at the updating player's nodes
   */
  public record Config(long seed, double exploration) {
    public Config {
      if (!(exploration >= 0 && exploration <= 1)) {
        throw new IllegalArgumentException("exploration must be in [0, 1], was " + exploration);
      }
    }

    /** The seed with OpenSpiel's exploration 0.6. */
    public static Config seeded(long seed) {
      return new Config(seed, DEFAULT_EXPLORATION);
    }
  }

  private final Config config;
  /** Per depth: the sampling distribution at the node being visited. */
  private final double[][] sample;

  private OutcomeSamplingMccfr(GameTree tree, Config config) {
    super(tree, config.seed());
    this.config = config;
    this.sample = new double[policy.length][policy[0].length];
  }

  public static OutcomeSamplingMccfr create(GameTree tree, Config config) {
    if (config == null) {
      throw new IllegalArgumentException("config must not be null");
    }
    return new OutcomeSamplingMccfr(tree, config);
  }

  /** Compiles {@code game} (see {@link GameTree#compile(Game)} for the games refused) and solves it. */
  public static OutcomeSamplingMccfr create(Game<?> game, Config config) {
    return create(GameTree.compile(game), config);
  }

  public Config config() {
    return config;
  }

  @Override
  public void iterate() {
    iteration++;
    for (int p = 0; p < 2; p++) {
      episode(0, 0, p, 1, 1, 1);
    }
  }

  private double episode(int v, int depth, int p, double myReach, double otherReach, double sampleReach) {
    int who = tree.player[v];
    if (who == GameTree.TERMINAL) {
      return tree.utility[p][v];
    }
    int f = tree.firstChild[v];
    int k = tree.childCount[v];
    if (who == GameTree.CHANCE) {
      int e = Draws.pick(random, tree.chanceProb, f, k);
      double q = tree.chanceProb[f + e];
      return episode(tree.childNode[f + e], depth + 1, p, myReach, otherReach * q, sampleReach * q);
    }
    int o = tree.infosetOffset[tree.infoset[v]];
    double[] sigma = policy[depth];
    CfrSolver.regretMatching(regret, o, k, sigma, 0);
    double[] s = sample[depth];
    if (who == p) {
      double eps = config.exploration();
      for (int e = 0; e < k; e++) {
        s[e] = eps / k + (1 - eps) * sigma[e];
      }
    } else {
      System.arraycopy(sigma, 0, s, 0, k);
    }
    int a = Draws.pick(random, s, 0, k);
    double child = who == p
        ? episode(tree.childNode[f + a], depth + 1, p, myReach * sigma[a], otherReach, sampleReach * s[a])
        : episode(tree.childNode[f + a], depth + 1, p, myReach, otherReach * sigma[a], sampleReach * s[a]);
    double[] values = childValue[depth];
    double estimate = 0;
    for (int e = 0; e < k; e++) {
      values[e] = e == a ? child / s[a] : 0;
      estimate += sigma[e] * values[e];
    }
    if (who == p) {
      double cf = otherReach / sampleReach;
      double avg = myReach / sampleReach;
      for (int e = 0; e < k; e++) {
        regret[o + e] += cf * (values[e] - estimate);
        cumulative[o + e] += avg * sigma[e];
      }
    }
    return estimate;
  }

  @Override
  public String toString() {
    return "OutcomeSamplingMccfr{" + tree.game() + ", " + config + ", " + iteration + " iterations}";
  }
}
