package dev.parley.learn.train;

import dev.parley.learn.losses.DpoLoss;
import dev.parley.learn.losses.PairwiseLoss;
import dev.parley.learn.policy.PolicySpace;
import dev.parley.learn.policy.Simplex;
import dev.parley.learn.preference.PreferenceMatrix;
import dev.parley.learn.preference.WeightedPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Offline DPO-family training (Rafailov et al. 2023; REFERENCE §6.1) on a fixed preference dataset:
 * each iteration is one {@code optimizer} pass of full-batch gradient descent on
 * {@code Σ_pairs weight·loss(chosen ≻ rejected)} against the reference. The dataset is either given
 * ({@code pairs}, e.g. from exported preference records) or built from the problem: pairs drawn from
 * the reference μ and labelled by the oracle ({@code data} with K samples per context), or their exact
 * expectation ({@code data} exact: weights {@code μ(y)μ(y')P(y ≻ y')}). On Bradley–Terry preferences
 * {@code P = σ(r_i − r_j)} with every pair present, the DPO loss's minimiser is the KL-regularised
 * optimum {@code π*(y) ∝ μ(y)·exp(r(y)/β)} (Rafailov et al. 2023, eq. 4).
 */
public final class OfflineDpo implements PreferenceTrainer {

  /**
   * Settings.
   *
   * @param loss the pairwise loss
   * @param iterations optimiser passes T ≥ 1
   * @param data how the dataset is built when {@code pairs} is empty
   * @param pairs a given dataset (used as is when non-empty)
   * @param optimizer the steps of each pass
   * @param seed seed of the dataset draws
   * @param checkpoints iterations at which the policies are recorded (the last is always added)
   */
  public record Config(PairwiseLoss loss, int iterations, Sampling data, List<WeightedPair> pairs, Optimizer optimizer,
      long seed, List<Integer> checkpoints) {

    public Config {
      Objects.requireNonNull(loss, "loss");
      ConfigChecks.iterations(iterations);
      Objects.requireNonNull(data, "data");
      pairs = List.copyOf(Objects.requireNonNull(pairs, "pairs"));
      Objects.requireNonNull(optimizer, "optimizer");
      checkpoints = Checkpoints.check("checkpoints", checkpoints, iterations);
    }

    /** DPO on the exact expected dataset under the reference, minimised to convergence in one pass. */
    public static Config expected(double beta) {
      return new Config(new DpoLoss(beta), 1, Sampling.exact(), List.of(), Optimizer.converge(20_000, 1e-12), 0,
          List.of());
    }

    /** A loss on a given dataset, full-batch gradient descent with {@code iterations} fixed steps. */
    public static Config onPairs(PairwiseLoss loss, List<WeightedPair> pairs, int iterations, double learningRate) {
      if (pairs.isEmpty()) {
        throw new IllegalArgumentException("pairs must not be empty");
      }
      return new Config(loss, iterations, Sampling.exact(), pairs, Optimizer.fixedSteps(1, learningRate), 0, List.of());
    }

    public Config withLoss(PairwiseLoss l) {
      return new Config(l, iterations, data, pairs, optimizer, seed, checkpoints);
    }

    public Config withData(Sampling s) {
      return new Config(loss, iterations, s, pairs, optimizer, seed, checkpoints);
    }

    public Config withOptimizer(Optimizer o) {
      return new Config(loss, iterations, data, pairs, o, seed, checkpoints);
    }

    public Config withSeed(long s) {
      return new Config(loss, iterations, data, pairs, optimizer, s, checkpoints);
    }

    public Config withCheckpoints(List<Integer> at) {
      return new Config(loss, iterations, data, pairs, optimizer, seed, at);
    }
  }

  private final Config config;

  public OfflineDpo(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public Config config() {
    return config;
  }

  @Override
  public String name() {
    return "offline " + config.loss().label();
  }

  /** The dataset the run trains on (the given pairs, or those drawn from the reference with the seed). */
  public List<WeightedPair> dataset(PreferenceProblem problem) {
    Objects.requireNonNull(problem, "problem");
    if (!config.pairs().isEmpty()) {
      return config.pairs();
    }
    return fromReference(problem, config.data(), new SplittableRandom(config.seed()));
  }

  /**
   * Pairs drawn from the reference μ of every context and labelled by the oracle: exactly (one weighted
   * pair per ordered pair of distinct options, weight {@code μ(a)μ(b)P(a ≻ b)}) or K draws per context.
   */
  static List<WeightedPair> fromReference(PreferenceProblem problem, Sampling data, SplittableRandom random) {
    PolicySpace space = problem.space();
    List<WeightedPair> out = new ArrayList<>();
    for (int c = 0; c < space.contextCount(); c++) {
      int n = space.optionCount(c);
      PreferenceMatrix m = problem.oracle().matrix(c);
      double[][] w = new double[n][n];
      Feedback.labelledPairs(m, problem.reference().probabilities(c), data, random, w);
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          if (w[a][b] > 0) {
            out.add(new WeightedPair(c, a, b, w[a][b]));
          }
        }
      }
    }
    return out;
  }

  @Override
  public TrainingResult train(PreferenceProblem problem) {
    Objects.requireNonNull(problem, "problem");
    double[][][] weights = WeightedPair.weights(problem.space(), dataset(problem));
    double[][] reference = problem.reference().logProbabilities();
    int[][] lengths = IterationLoop.lengths(problem.space());
    return IterationLoop.run(name(), problem.initial(), config.iterations(), config.checkpoints(), config.seed(),
        (t, c, logp, random) -> {
          int n = logp.length;
          double[] lp = new double[n];
          double[] p = new double[n];
          config.optimizer().minimise((z, gradient) -> Objectives.pairwise(config.loss(), weights[c], reference[c],
              lengths[c], z, gradient, lp, p), logp);
          Simplex.normaliseLog(logp);
        });
  }
}
