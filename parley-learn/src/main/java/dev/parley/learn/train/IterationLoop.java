package dev.parley.learn.train;

import dev.parley.learn.policy.PolicySpace;
import dev.parley.learn.policy.SoftmaxPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The outer loop shared by the iterative trainers: T updates of every context's log-probabilities, the
 * running sum of the played policies π_0 … π_{T−1} for the average iterate, and the checkpoints. One
 * seeded {@link SplittableRandom} serves all draws, context by context in order, so a run is
 * reproducible.
 */
final class IterationLoop {
  private IterationLoop() {}

  /** One update of one context: {@code logp} holds π_t's normalised log-probabilities and receives π_{t+1}'s. */
  interface Step {
    void update(int iteration, int context, double[] logp, RandomGenerator random);
  }

  static TrainingResult run(String name, SoftmaxPolicy initial, int iterations, List<Integer> checkpoints,
      long seed, Step step) {
    PolicySpace space = initial.space();
    int contexts = space.contextCount();
    double[][] logp = initial.logProbabilities();
    double[][] sum = new double[contexts][];
    for (int c = 0; c < contexts; c++) {
      sum[c] = new double[logp[c].length];
    }
    boolean[] record = Checkpoints.flags(checkpoints, iterations);
    List<TrainingCheckpoint> recorded = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(seed);
    for (int t = 1; t <= iterations; t++) {
      for (int c = 0; c < contexts; c++) {
        double[] lp = logp[c];
        double[] s = sum[c];
        for (int o = 0; o < lp.length; o++) {
          s[o] += Math.exp(lp[o]);
        }
        step.update(t, c, lp, random);
        for (int o = 0; o < lp.length; o++) {
          if (!Double.isFinite(lp[o])) {
            throw new IllegalStateException(name + ": log-probability of option " + o + " in context '"
                + space.context(c) + "' became " + lp[o] + " at iteration " + t + " (step size too large?)");
          }
        }
      }
      if (record[t]) {
        recorded.add(new TrainingCheckpoint(t, SoftmaxPolicy.ofLogits(space, logp), average(space, sum)));
      }
    }
    TrainingCheckpoint last = recorded.get(recorded.size() - 1);
    return new TrainingResult(name, iterations, last.last(), last.average(), recorded);
  }

  private static SoftmaxPolicy average(PolicySpace space, double[][] sum) {
    double[][] z = new double[sum.length][];
    for (int c = 0; c < sum.length; c++) {
      z[c] = new double[sum[c].length];
      for (int o = 0; o < z[c].length; o++) {
        z[c][o] = Math.log(sum[c][o]);
      }
    }
    return SoftmaxPolicy.ofLogits(space, z);
  }

  /** The option lengths of every context, {@code [context][option]}. */
  static int[][] lengths(PolicySpace space) {
    int[][] out = new int[space.contextCount()][];
    for (int c = 0; c < out.length; c++) {
      out[c] = new int[space.optionCount(c)];
      for (int o = 0; o < out[c].length; o++) {
        out[c][o] = space.length(c, o);
      }
    }
    return out;
  }
}
