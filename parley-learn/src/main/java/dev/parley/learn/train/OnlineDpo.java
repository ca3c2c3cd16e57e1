package dev.parley.learn.train;

import dev.parley.learn.losses.DpoLoss;
import dev.parley.learn.losses.PairwiseLoss;
import dev.parley.learn.policy.Simplex;
import dev.parley.learn.preference.PreferenceMatrix;
import java.util.List;
import java.util.Objects;

/**
 * Online and iterative DPO (Guo et al. 2024, "Direct language model alignment from online AI feedback";
 * Xiong et al. 2024 for the iterative form; REFERENCE §6.2): each iteration draws pairs from the current
 * policy, labels them with the preference oracle and takes {@code optimizer} steps of a DPO-family
 * {@link PairwiseLoss} against the reference. With {@code referenceRefresh = 0} the reference stays μ
 * (online DPO: on Bradley–Terry preferences its fixed point is the KL-regularised optimum
 * {@code μ·exp(r/β)}); with {@code referenceRefresh = k > 0} the reference becomes the current policy every
 * k iterations (iterative DPO, the practical form of DNO).
 */
public final class OnlineDpo implements PreferenceTrainer {

  /**
   * Settings.
   *
   * @param loss the pairwise loss (DPO, IPO, cDPO, robust DPO, hinge, SimPO)
   * @param iterations iterations T ≥ 1
   * @param sampling exact pair weights {@code π(y)π(y')P(y ≻ y')} or K drawn pairs per context
   * @param optimizer the steps taken on each iteration's pairs
   * @param referenceRefresh 0 for a fixed reference, k &gt; 0 to reset it to the current policy every k
   *     iterations
   * @param seed seed of all draws
   * @param checkpoints iterations at which the policies are recorded (the last is always added)
   */
  public record Config(PairwiseLoss loss, int iterations, Sampling sampling, Optimizer optimizer, int referenceRefresh,
      long seed, List<Integer> checkpoints) {

    public Config {
      Objects.requireNonNull(loss, "loss");
      ConfigChecks.iterations(iterations);
      Objects.requireNonNull(sampling, "sampling");
      Objects.requireNonNull(optimizer, "optimizer");
      if (referenceRefresh < 0) {
        throw new IllegalArgumentException("referenceRefresh must be ≥ 0, was " + referenceRefresh);
      }
      checkpoints = Checkpoints.check("checkpoints", checkpoints, iterations);
    }

    /** Online DPO with exact pair weights and one gradient step of size {@code learningRate} per iteration. */
    public static Config dpo(double beta, int iterations, double learningRate) {
      return new Config(new DpoLoss(beta), iterations, Sampling.exact(), Optimizer.fixedSteps(1, learningRate), 0, 0,
          List.of());
    }

    public Config withSampling(Sampling s) {
      return new Config(loss, iterations, s, optimizer, referenceRefresh, seed, checkpoints);
    }

    public Config withOptimizer(Optimizer o) {
      return new Config(loss, iterations, sampling, o, referenceRefresh, seed, checkpoints);
    }

    public Config withReferenceRefresh(int every) {
      return new Config(loss, iterations, sampling, optimizer, every, seed, checkpoints);
    }

    public Config withSeed(long s) {
      return new Config(loss, iterations, sampling, optimizer, referenceRefresh, s, checkpoints);
    }

    public Config withCheckpoints(List<Integer> at) {
      return new Config(loss, iterations, sampling, optimizer, referenceRefresh, seed, at);
    }
  }

  private final Config config;

  public OnlineDpo(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public Config config() {
    return config;
  }

  @Override
  public String name() {
    return (config.referenceRefresh() > 0 ? "iterative " : "online ") + config.loss().label();
  }

  @Override
  public TrainingResult train(PreferenceProblem problem) {
    Objects.requireNonNull(problem, "problem");
    double[][] reference = problem.reference().logProbabilities();
    int refresh = config.referenceRefresh();
    int[][] lengths = IterationLoop.lengths(problem.space());
    return IterationLoop.run(name(), problem.initial(), config.iterations(), config.checkpoints(), config.seed(),
        (t, c, logp, random) -> {
          int n = logp.length;
          if (refresh > 0 && (t - 1) % refresh == 0) {
            System.arraycopy(logp, 0, reference[c], 0, n);
          }
          PreferenceMatrix m = problem.oracle().matrix(c);
          double[] pi = new double[n];
          Simplex.exp(logp, pi);
          double[][] pairs = new double[n][n];
          Feedback.labelledPairs(m, pi, config.sampling(), random, pairs);
          double[] ref = reference[c];
          double[] lp = new double[n];
          double[] p = new double[n];
          config.optimizer().minimise(
              (z, gradient) -> Objectives.pairwise(config.loss(), pairs, ref, lengths[c], z, gradient, lp, p), logp);
          Simplex.normaliseLog(logp);
        });
  }
}
