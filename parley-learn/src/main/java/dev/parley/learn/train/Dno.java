package dev.parley.learn.train;

import dev.parley.learn.losses.DnoLoss;
import dev.parley.learn.losses.PairLogProbs;
import dev.parley.learn.policy.Simplex;
import dev.parley.learn.preference.PreferenceMatrix;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Direct Nash Optimization (Rosset et al. 2024, Algorithm 1; REFERENCE §6.2): with the reward
 * {@code r_t(y) = P(y ≻ π_t)}, the step {@code π_{t+1}(y) ∝ π_t(y)·exp(r_t(y)/η)}; the output is the
 * uniform mixture of the iterates (the average iterate), which converges to the von Neumann winner. In
 * closed form this is multiplicative weights with step 1/η (SPPO's update); the methods differ in the
 * loss that realises it.
 *
 * <p>{@link Update#LOSS} minimises DNO's on-policy soft-label cross-entropy {@link DnoLoss} over pairs
 * {@code y1, y2 ~ π_t} (exactly: weights {@code π_t(y1)·π_t(y2)}; sampled: all pairs among K draws) with
 * labels {@code σ(r_t(y1) − r_t(y2))} and reference π_t; its minimiser is the closed-form step exactly.
 */
public final class Dno implements PreferenceTrainer {

  /**
   * Settings.
   *
   * @param eta η &gt; 0, the inverse step size
   * @param iterations updates T ≥ 1
   * @param update closed form or the soft-label loss
   * @param sampling exact rewards and pairs, or K draws from π_t
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

    /** The exact closed-form step. */
    public static Config closedForm(double eta, int iterations) {
      return new Config(eta, iterations, Update.CLOSED_FORM, Sampling.exact(), Optimizer.converge(2000, 1e-12), 0,
          List.of());
    }

    /** The soft-label loss minimised to convergence each iteration. */
    public static Config softLabelLoss(double eta, int iterations) {
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

  public Dno(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public Config config() {
    return config;
  }

  @Override
  public String name() {
    return "DNO(η=" + ConfigChecks.format(config.eta()) + (config.update() == Update.LOSS ? ",loss" : "") + ")";
  }

  @Override
  public TrainingResult train(PreferenceProblem problem) {
    Objects.requireNonNull(problem, "problem");
    double eta = config.eta();
    DnoLoss loss = new DnoLoss(eta);
    Sampling sampling = config.sampling();
    return IterationLoop.run(name(), problem.initial(), config.iterations(), config.checkpoints(), config.seed(),
        (t, c, logp, random) -> {
          int n = logp.length;
          PreferenceMatrix m = problem.oracle().matrix(c);
          double[] pi = new double[n];
          Simplex.exp(logp, pi);
          double[] r = new double[n];
          double[][] pairs = new double[n][n];
          if (sampling.isExact()) {
            Feedback.winRates(m, pi, r);
            for (int a = 0; a < n; a++) {
              for (int b = 0; b < n; b++) {
                pairs[a][b] = a == b ? 0 : pi[a] * pi[b];
              }
            }
          } else {
            int[] draws = Feedback.draw(pi, sampling.samples(), random);
            Feedback.winRates(m, draws, sampling.binaryLabels(), random, r);
            int k = draws.length;
            double share = k > 1 ? 2.0 / (k * (k - 1.0)) : 0;
            for (int i = 0; i < k; i++) {
              for (int j = i + 1; j < k; j++) {
                if (draws[i] != draws[j]) {
                  pairs[draws[i]][draws[j]] += share;
                }
              }
            }
          }
          if (config.update() == Update.CLOSED_FORM) {
            for (int i = 0; i < n; i++) {
              logp[i] += r[i] / eta;
            }
            Simplex.normaliseLog(logp);
            return;
          }
          double[] previous = logp.clone();
          double[] lp = new double[n];
          double[] p = new double[n];
          config.optimizer().minimise((z, gradient) -> {
            Objectives.logSoftmax(z, lp, p);
            Arrays.fill(gradient, 0);
            double value = 0;
            for (int a = 0; a < n; a++) {
              for (int b = 0; b < n; b++) {
                double weight = pairs[a][b];
                if (weight == 0) {
                  continue;
                }
                var l = loss.evaluate(PairLogProbs.of(lp[a], lp[b], previous[a], previous[b]),
                    DnoLoss.softLabel(r[a], r[b]));
                value += weight * l.value();
                gradient[a] += weight * l.dChosen();
                gradient[b] += weight * l.dRejected();
              }
            }
            Objectives.toLogits(gradient, p);
            return value;
          }, logp);
          Simplex.normaliseLog(logp);
        });
  }
}
