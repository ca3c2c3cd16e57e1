package dev.parley.learn.train;

import dev.parley.learn.losses.SppoLoss;
import dev.parley.learn.policy.Simplex;
import dev.parley.learn.preference.PreferenceMatrix;
import java.util.List;
import java.util.Objects;

/**
 * Self-Play Preference Optimization (Wu et al. 2024; REFERENCE §6.2): multiplicative weights in the
 * preference game, {@code π_{t+1}(y) ∝ π_t(y)·exp(η·P(y ≻ π_t))}, without a reference policy. The last
 * iterate cycles around an interior equilibrium; the average iterate converges to the von Neumann
 * winner at O(1/√T) (REFERENCE §9.8: from (0.6, 0.3, 0.1) with η = 0.1 the average at t = 20000 is
 * (0.2234, 0.3273, 0.4492)).
 *
 * <p>{@link Update#CLOSED_FORM} computes the multiplicative-weights step. {@link Update#LOSS} minimises
 * SPPO's square loss {@link SppoLoss#regression} {@code Σ_y q(y)·(log(π(y)/π_t(y)) − η(P̂(y ≻ π_t) − ½))²}
 * with q = π_t (exact) or the frequencies of K draws from π_t, whose win rates
 * {@code P̂(y ≻ π_t) = (1/K)·Σ_j P(y ≻ y_j)} are taken against the same draws, as in the official recipe.
 * Its minimiser over normalised policies is the square-loss projection of the step (the paper replaces
 * {@code log Z} by η/2); it has the same fixed points.
 */
public final class Sppo implements PreferenceTrainer {

  /**
   * Settings.
   *
   * @param eta step size η &gt; 0 (1/β of the official recipe)
   * @param iterations updates T ≥ 1
   * @param update closed-form multiplicative weights or the square loss
   * @param sampling exact win rates or K draws from π_t
   * @param optimizer the inner optimiser of {@link Update#LOSS}
   * @param seed seed of all draws
   * @param checkpoints iterations at which the policies are recorded (the last is always added)
   */
  public record Config(double eta, int iterations, Update update, Sampling sampling, Optimizer optimizer, long seed,
      List<Integer> checkpoints) {

    public Config {
      ConfigChecks.positive("eta", eta);
      ConfigChecks.iterations(iterations);
      Objects.requireNonNull(update, "update");
      Objects.requireNonNull(sampling, "sampling");
      Objects.requireNonNull(optimizer, "optimizer");
      checkpoints = Checkpoints.check("checkpoints", checkpoints, iterations);
    }

    /** Exact multiplicative weights. */
    public static Config multiplicativeWeights(double eta, int iterations) {
      return new Config(eta, iterations, Update.CLOSED_FORM, Sampling.exact(), Optimizer.converge(2000, 1e-12), 0,
          List.of());
    }

    /** The square loss minimised to convergence each iteration. */
    public static Config squareLoss(double eta, int iterations) {
      return new Config(eta, iterations, Update.LOSS, Sampling.exact(), Optimizer.converge(2000, 1e-12), 0, List.of());
    }

    public Config withSampling(Sampling s) {
      return new Config(eta, iterations, update, s, optimizer, seed, checkpoints);
    }

    public Config withOptimizer(Optimizer o) {
      return new Config(eta, iterations, update, sampling, o, seed, checkpoints);
    }

    public Config withSeed(long s) {
      return new Config(eta, iterations, update, sampling, optimizer, s, checkpoints);
    }

    public Config withCheckpoints(List<Integer> at) {
      return new Config(eta, iterations, update, sampling, optimizer, seed, at);
    }
  }

  private final Config config;

  public Sppo(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public Config config() {
    return config;
  }

  @Override
  public String name() {
    return "SPPO(η=" + ConfigChecks.format(config.eta()) + (config.update() == Update.LOSS ? ",loss" : "") + ")";
  }

  @Override
  public TrainingResult train(PreferenceProblem problem) {
    Objects.requireNonNull(problem, "problem");
    double eta = config.eta();
    Sampling sampling = config.sampling();
    return IterationLoop.run(name(), problem.initial(), config.iterations(), config.checkpoints(), config.seed(),
        (t, c, logp, random) -> {
          int n = logp.length;
          PreferenceMatrix m = problem.oracle().matrix(c);
          double[] pi = new double[n];
          Simplex.exp(logp, pi);
          double[] w = new double[n];
          double[] q = new double[n];
          if (sampling.isExact()) {
            Feedback.winRates(m, pi, w);
            System.arraycopy(pi, 0, q, 0, n);
          } else {
            int[] draws = Feedback.draw(pi, sampling.samples(), random);
            Feedback.winRates(m, draws, sampling.binaryLabels(), random, w);
            Feedback.frequencies(draws, q);
          }
          if (config.update() == Update.CLOSED_FORM) {
            for (int i = 0; i < n; i++) {
              logp[i] += eta * w[i];
            }
            Simplex.normaliseLog(logp);
            return;
          }
          double[] previous = logp.clone();
          double[] lp = new double[n];
          double[] p = new double[n];
          config.optimizer().minimise((z, gradient) -> {
            Objectives.logSoftmax(z, lp, p);
            double value = 0;
            for (int y = 0; y < n; y++) {
              if (q[y] == 0) {
                gradient[y] = 0;
                continue;
              }
              var l = SppoLoss.regression(lp[y] - previous[y], eta, w[y]);
              value += q[y] * l.value();
              gradient[y] = q[y] * l.dPolicy();
            }
            Objectives.toLogits(gradient, p);
            return value;
          }, logp);
          Simplex.normaliseLog(logp);
        });
  }
}
