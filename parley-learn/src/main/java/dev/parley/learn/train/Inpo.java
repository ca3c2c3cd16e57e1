package dev.parley.learn.train;

import dev.parley.learn.losses.InpoLoss;
import dev.parley.learn.losses.PairLogProbs;
import dev.parley.learn.policy.Simplex;
import dev.parley.learn.preference.PreferenceMatrix;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Iterative Nash Policy Optimization (Zhang et al., ICLR 2025; REFERENCE §6.2): online mirror descent
 * in the KL-regularised preference game,
 * {@code π_{t+1}(y) ∝ π_t(y)^{1−ητ}·π_ref(y)^{ητ}·exp(η·P(y ≻ π_t))}, whose fixed point is exactly the
 * regularised Nash equilibrium π*_τ; the last iterate converges to it.
 *
 * <p>{@link Update#LOSS} minimises {@link InpoLoss} {@code E[(h_t(π; y_w, y_l) − η/2)²]} over pairs drawn
 * from π_t and labelled by the oracle (exactly: weights {@code π_t(y)·π_t(y')·P(y ≻ y')}); in expectation
 * its minimiser is the closed-form step (no win rate is estimated).
 */
public final class Inpo implements PreferenceTrainer {

  /**
   * Settings.
   *
   * @param eta step size η &gt; 0, with ητ ≤ 1
   * @param tau KL regularisation τ ≥ 0 towards the reference
   * @param iterations updates T ≥ 1
   * @param update closed form or the square loss
   * @param sampling exact feedback or K draws (pairs for the loss, opponents for the closed form)
   * @param optimizer the inner optimiser of {@link Update#LOSS}
   * @param seed seed of all draws
   * @param checkpoints iterations at which the policies are recorded (the last is always added)
   */
  public record Config(double eta, double tau, int iterations, Update update, Sampling sampling, Optimizer optimizer,
      long seed, List<Integer> checkpoints) {

    public Config {
      ConfigChecks.positive("eta", eta);
      ConfigChecks.nonNegative("tau", tau);
      if (eta * tau > 1) {
        throw new IllegalArgumentException("eta·tau must be ≤ 1, was " + eta * tau);
      }
      ConfigChecks.iterations(iterations);
      Objects.requireNonNull(update, "update");
      Objects.requireNonNull(sampling, "sampling");
      Objects.requireNonNull(optimizer, "optimizer");
      checkpoints = Checkpoints.check("checkpoints", checkpoints, iterations);
    }

    /** The exact closed-form step. */
    public static Config closedForm(double eta, double tau, int iterations) {
      return new Config(eta, tau, iterations, Update.CLOSED_FORM, Sampling.exact(), Optimizer.converge(2000, 1e-12), 0,
          List.of());
    }

    /** The square loss minimised to convergence each iteration. */
    public static Config squareLoss(double eta, double tau, int iterations) {
      return new Config(eta, tau, iterations, Update.LOSS, Sampling.exact(), Optimizer.converge(2000, 1e-12), 0,
          List.of());
    }

    public Config withSampling(Sampling s) {
      return new Config(eta, tau, iterations, update, s, optimizer, seed, checkpoints);
    }

    public Config withOptimizer(Optimizer o) {
      return new Config(eta, tau, iterations, update, sampling, o, seed, checkpoints);
    }

    public Config withSeed(long s) {
      return new Config(eta, tau, iterations, update, sampling, optimizer, s, checkpoints);
    }

    public Config withCheckpoints(List<Integer> at) {
      return new Config(eta, tau, iterations, update, sampling, optimizer, seed, at);
    }
  }

  private final Config config;

  public Inpo(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public Config config() {
    return config;
  }

  @Override
  public String name() {
    return "INPO(η=" + ConfigChecks.format(config.eta()) + ",τ=" + ConfigChecks.format(config.tau())
        + (config.update() == Update.LOSS ? ",loss" : "") + ")";
  }

  @Override
  public TrainingResult train(PreferenceProblem problem) {
    Objects.requireNonNull(problem, "problem");
    double eta = config.eta();
    double et = eta * config.tau();
    InpoLoss loss = new InpoLoss(eta, config.tau());
    Sampling sampling = config.sampling();
    double[][] reference = problem.reference().logProbabilities();
    return IterationLoop.run(name(), problem.initial(), config.iterations(), config.checkpoints(), config.seed(),
        (t, c, logp, random) -> {
          int n = logp.length;
          PreferenceMatrix m = problem.oracle().matrix(c);
          double[] logMu = reference[c];
          double[] pi = new double[n];
          Simplex.exp(logp, pi);
          if (config.update() == Update.CLOSED_FORM) {
            double[] w = new double[n];
            Feedback.winRates(m, pi, sampling, random, w);
            for (int i = 0; i < n; i++) {
              logp[i] = (1 - et) * logp[i] + et * logMu[i] + eta * w[i];
            }
            Simplex.normaliseLog(logp);
            return;
          }
          double[][] pairs = new double[n][n];
          Feedback.labelledPairs(m, pi, sampling, random, pairs);
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
                var l = loss.evaluate(PairLogProbs.of(lp[a], lp[b], logMu[a], logMu[b]), previous[a], previous[b]);
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
