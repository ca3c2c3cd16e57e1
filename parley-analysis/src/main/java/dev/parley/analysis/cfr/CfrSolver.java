package dev.parley.analysis.cfr;

import dev.parley.core.game.Game;
import java.util.Arrays;

/**
 * Counterfactual regret minimisation over a {@link GameTree} (Zinkevich et al. 2007; REFERENCE §5),
 * as OpenSpiel's {@code CFRSolver} and {@code CFRPlusSolver}:
 *
 * <ul>
 *   <li>alternating updates: each iteration updates player 0, then player 1, and the player-1
 *       pass already plays player 0's new current policy;
 *   <li>at a node h of information set I of the updating player p:
 *       {@code R(I,a) += π_{−p}(h)·(v_p(h·a) − v_p(h))} with {@code π_{−p}} the opponent's and
 *       chance's reach, and {@code S(I,a) += w·π_p(h)·σ(I,a)};
 *   <li>current policy by regret matching {@code σ(I,a) = R⁺(I,a)/Σ_b R⁺(I,b)}, uniform when no
 *       regret is positive;
 *   <li>{@link Variant#CFR}: uniform averaging, {@code w = 1};
 *       {@link Variant#CFR_PLUS} (Tammelin 2014): regrets floored at 0 after each player's pass
 *       (regret matching+) and linear averaging, {@code w =} the iteration number;
 *   <li>average policy {@code S(I,·)} normalised, uniform where {@code S(I,·)} is all zero.
 * </ul>
 *
 * <p>Each pass is three sweeps over the node arrays: reach probabilities forward, values backward,
 * increments forward. Nodes no player reaches are not skipped (OpenSpiel prunes them): their values
 * enter with probability 0 and their increments are 0, so the results are the same. With these rules
 * the exploitabilities of REFERENCE §9.11 are reproduced to every printed digit.
 */
public final class CfrSolver implements ExtensiveFormSolver {
  /** Which CFR. */
  public enum Variant {
    /** Vanilla CFR with alternating updates and uniform averaging. */
    CFR,
    /** CFR+: alternating updates, regret matching+, linear averaging. */
    CFR_PLUS
  }

  private final GameTree tree;
  private final Variant variant;
  private final double[] regret;
  private final double[] cumulative;
  private final double[] current;
  private final double[] ownReach;
  private final double[] otherReach;
  private final double[] chanceReach;
  private final double[] value;
  private long iteration;

  private CfrSolver(GameTree tree, Variant variant) {
    this.tree = tree;
    this.variant = variant;
    this.regret = new double[tree.totalActions];
    this.cumulative = new double[tree.totalActions];
    this.current = tree.uniform();
    int n = tree.numNodes();
    this.ownReach = new double[n];
    this.otherReach = new double[n];
    this.chanceReach = new double[n];
    this.value = new double[n];
  }

  /** A solver for an already compiled game. */
  public static CfrSolver create(GameTree tree, Variant variant) {
    if (variant == null) {
      throw new IllegalArgumentException("variant must be CFR or CFR_PLUS, was null");
    }
    return new CfrSolver(tree, variant);
  }

  /** Compiles {@code game} (see {@link GameTree#compile(Game)} for the games refused) and solves it. */
  public static CfrSolver create(Game<?> game, Variant variant) {
    return create(GameTree.compile(game), variant);
  }

  public Variant variant() {
    return variant;
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
  public void iterate() {
    iteration++;
    double weight = variant == Variant.CFR_PLUS ? iteration : 1;
    for (int p = 0; p < 2; p++) {
      pass(p, weight);
      if (variant == Variant.CFR_PLUS) {
        floorRegrets(p);
      }
      regretMatching(p);
    }
  }

  /**
   * One player's update: reach probabilities forward, values backward, then the regret and
   * average-policy increments node by node in preorder. The floating-point operations follow
   * OpenSpiel's recursive solver exactly (reach kept per player and for chance, counterfactual
   * reach {@code π_{1−p}·π_c}, increments to one information set added in depth-first order):
   * regret matching jumps where the positive regrets vanish, so on Leduc a rounding difference
   * changes CFR+ iterates visibly after about 150 iterations.
   */
  private void pass(int p, double weight) {
    final int[] player = tree.player;
    final int[] first = tree.firstChild;
    final int[] count = tree.childCount;
    final int[] child = tree.childNode;
    final double[] prob = tree.chanceProb;
    final int[] infoset = tree.infoset;
    final int[] offset = tree.infosetOffset;
    final double[] sigma = current;
    final double[] own = ownReach;
    final double[] other = otherReach;
    final double[] chance = chanceReach;
    final int n = player.length;
    own[0] = 1;
    other[0] = 1;
    chance[0] = 1;
    for (int v = 0; v < n; v++) {
      int who = player[v];
      if (who == GameTree.TERMINAL) {
        continue;
      }
      int f = first[v];
      int k = count[v];
      if (who == GameTree.CHANCE) {
        for (int e = 0; e < k; e++) {
          int c = child[f + e];
          own[c] = own[v];
          other[c] = other[v];
          chance[c] = chance[v] * prob[f + e];
        }
      } else {
        int o = offset[infoset[v]];
        double[] mover = who == p ? own : other;
        double[] still = who == p ? other : own;
        for (int e = 0; e < k; e++) {
          int c = child[f + e];
          mover[c] = mover[v] * sigma[o + e];
          still[c] = still[v];
          chance[c] = chance[v];
        }
      }
    }
    final double[] utility = tree.utility[p];
    for (int v = n - 1; v >= 0; v--) {
      int who = player[v];
      if (who == GameTree.TERMINAL) {
        value[v] = utility[v];
        continue;
      }
      int f = first[v];
      int k = count[v];
      double sum = 0;
      if (who == GameTree.CHANCE) {
        for (int e = 0; e < k; e++) {
          sum += prob[f + e] * value[child[f + e]];
        }
        value[v] = sum;
        continue;
      }
      int o = offset[infoset[v]];
      for (int e = 0; e < k; e++) {
        sum += sigma[o + e] * value[child[f + e]];
      }
      value[v] = sum;
    }
    for (int v : tree.playerNodes[p]) {
      int f = first[v];
      int k = count[v];
      int o = offset[infoset[v]];
      double cf = other[v] * chance[v];
      double avg = weight * own[v];
      double base = value[v];
      for (int e = 0; e < k; e++) {
        regret[o + e] += cf * (value[child[f + e]] - base);
        cumulative[o + e] += avg * sigma[o + e];
      }
    }
  }

  private void floorRegrets(int p) {
    for (int i = 0; i < tree.infosetPlayer.length; i++) {
      if (tree.infosetPlayer[i] == p) {
        int o = tree.infosetOffset[i];
        for (int a = o; a < o + tree.infosetSize[i]; a++) {
          if (regret[a] < 0) {
            regret[a] = 0;
          }
        }
      }
    }
  }

  /** Current policy of player {@code p} from its cumulative regrets. */
  private void regretMatching(int p) {
    for (int i = 0; i < tree.infosetPlayer.length; i++) {
      if (tree.infosetPlayer[i] == p) {
        int o = tree.infosetOffset[i];
        regretMatching(regret, o, tree.infosetSize[i], current, o);
      }
    }
  }

  /** Regret matching of {@code regret[o..o+k)} into {@code out[to..to+k)}. */
  static void regretMatching(double[] regret, int o, int k, double[] out, int to) {
    double positive = 0;
    for (int a = o; a < o + k; a++) {
      if (regret[a] > 0) {
        positive += regret[a];
      }
    }
    if (positive > 0) {
      for (int a = 0; a < k; a++) {
        double r = regret[o + a];
        out[to + a] = r > 0 ? r / positive : 0;
      }
    } else {
      Arrays.fill(out, to, to + k, 1.0 / k);
    }
  }

  @Override
  public TabularPolicy averagePolicy() {
    return tree.policy(averageFlat());
  }

  /** The policy the next iteration will play. */
  public TabularPolicy currentPolicy() {
    return tree.policy(current.clone());
  }

  double[] averageFlat() {
    return normalise(tree, cumulative);
  }

  /** Each information set's weights divided by their sum; uniform where the sum is 0. */
  static double[] normalise(GameTree tree, double[] weights) {
    double[] flat = new double[tree.totalActions];
    for (int i = 0; i < tree.infosetSize.length; i++) {
      int o = tree.infosetOffset[i];
      int k = tree.infosetSize[i];
      double sum = 0;
      for (int a = o; a < o + k; a++) {
        sum += weights[a];
      }
      for (int a = o; a < o + k; a++) {
        flat[a] = sum > 0 ? weights[a] / sum : 1.0 / k;
      }
    }
    return flat;
  }

  @Override
  public String toString() {
    return "CfrSolver{" + variant + ", " + tree.game() + ", " + iteration + " iterations}";
  }
}
