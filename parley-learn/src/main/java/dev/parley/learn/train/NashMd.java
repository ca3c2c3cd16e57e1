package dev.parley.learn.train;

import dev.parley.learn.losses.NashMdLoss;
import dev.parley.learn.policy.Simplex;
import dev.parley.learn.preference.PreferenceMatrix;
import java.util.List;
import java.util.Objects;

/**
 * Nash mirror descent (Munos et al., ICML 2024, "Nash learning from human feedback", Nash-MD;
 * REFERENCE §6.2): each iteration forms the geometric mixture of the current policy and the reference,
 * {@code π_t^μ(y) ∝ π_t(y)^{1−ητ}·μ(y)^{ητ}}, and takes a mirror-descent step against it,
 * {@code π_{t+1}(y) ∝ π_t^μ(y)·exp(η·P(y ≻ π_t^μ))}. The last iterate converges to the regularised
 * Nash equilibrium π*_τ (with constant η, to a neighbourhood of size O(η); REFERENCE §9.8).
 *
 * <p>{@link Update#CLOSED_FORM} computes the step exactly in log space. {@link Update#LOSS} is
 * Nash-MD-PG (the paper's policy-gradient form; TRL {@code nash_md}): {@code optimizer.maxSteps()} gradient steps of size
 * {@code optimizer.learningRate()} on {@link NashMdLoss} with β = τ, i.e. on
 * {@code E_{y~π}[log π(y)·(τ·log(π(y)/μ(y)) − (P(y ≻ π_t^μ) − ½))]}, with y drawn from the current
 * policy (exactly or K draws) and the opponent from the mixture.
 */
public final class NashMd implements PreferenceTrainer {

  /**
   * Settings.
   *
   * @param eta step size η &gt; 0, with ητ ≤ 1
   * @param tau KL regularisation τ ≥ 0
   * @param iterations updates T ≥ 1
   * @param update closed-form mirror descent or the policy-gradient loss
   * @param sampling exact feedback or K draws (of the mixture's responses for the win rates, and of the
   *     policy's own responses for the policy gradient)
   * @param optimizer fixed gradient steps of {@link Update#LOSS} (line search is refused: the
   *     policy-gradient surrogate changes with every step)
   * @param seed seed of all draws
   * @param checkpoints iterations at which the policies are recorded (the last is always added)
   */
  public record Config(double eta, double tau, int iterations, Update update, Sampling sampling,
      Optimizer optimizer, long seed, List<Integer> checkpoints) {

    public Config {
      ConfigChecks.positive("eta", eta);
      ConfigChecks.nonNegative("tau", tau);
      if (eta * tau > 1) {
        throw new IllegalArgumentException("eta·tau must be ≤ 1 (the mixture weight of μ), was " + eta * tau);
      }
      ConfigChecks.iterations(iterations);
      Objects.requireNonNull(update, "update");
      Objects.requireNonNull(sampling, "sampling");
      Objects.requireNonNull(optimizer, "optimizer");
      if (update == Update.LOSS && optimizer.method() != Optimizer.Method.FIXED_STEPS) {
        throw new IllegalArgumentException("optimizer must take fixed steps for Nash-MD-PG (update LOSS), was " + optimizer);
      }
      checkpoints = Checkpoints.check("checkpoints", checkpoints, iterations);
    }

    /** Exact closed-form Nash-MD. */
    public static Config mirrorDescent(double eta, double tau, int iterations) {
      return new Config(eta, tau, iterations, Update.CLOSED_FORM, Sampling.exact(), Optimizer.fixedSteps(1, 1), 0,
          List.of());
    }

    /** Nash-MD-PG: {@code steps} policy-gradient steps of size {@code learningRate} per iteration. */
    public static Config policyGradient(double eta, double tau, int iterations, int steps, double learningRate) {
      return new Config(eta, tau, iterations, Update.LOSS, Sampling.exact(), Optimizer.fixedSteps(steps, learningRate),
          0, List.of());
    }

    public Config withSampling(Sampling s) {
      return new Config(eta, tau, iterations, update, s, optimizer, seed, checkpoints);
    }

    public Config withSeed(long s) {
      return new Config(eta, tau, iterations, update, sampling, optimizer, s, checkpoints);
    }

    public Config withCheckpoints(List<Integer> at) {
      return new Config(eta, tau, iterations, update, sampling, optimizer, seed, at);
    }
  }

  private final Config config;

  public NashMd(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public Config config() {
    return config;
  }

  @Override
  public String name() {
    return (config.update() == Update.LOSS ? "Nash-MD-PG" : "Nash-MD") + "(η=" + ConfigChecks.format(config.eta())
        + ",τ=" + ConfigChecks.format(config.tau()) + ")";
  }

  @Override
  public TrainingResult train(PreferenceProblem problem) {
    Objects.requireNonNull(problem, "problem");
    double eta = config.eta();
    double tau = config.tau();
    double mixWeight = eta * tau;
    NashMdLoss loss = new NashMdLoss(tau);
    Sampling sampling = config.sampling();
    double[][] reference = problem.reference().logProbabilities();
    return IterationLoop.run(name(), problem.initial(), config.iterations(), config.checkpoints(), config.seed(),
        (t, c, logp, random) -> {
          int n = logp.length;
          PreferenceMatrix m = problem.oracle().matrix(c);
          double[] logMu = reference[c];
          double[] mix = new double[n];
          for (int i = 0; i < n; i++) {
            mix[i] = (1 - mixWeight) * logp[i] + mixWeight * logMu[i];
          }
          Simplex.normaliseLog(mix);
          double[] q = new double[n];
          Simplex.exp(mix, q);
          double[] w = new double[n];
          Feedback.winRates(m, q, sampling, random, w);
          if (config.update() == Update.CLOSED_FORM) {
            for (int i = 0; i < n; i++) {
              logp[i] = mix[i] + eta * w[i];
            }
            Simplex.normaliseLog(logp);
            return;
          }
          Objectives.policyGradientSteps(config.optimizer(), sampling, random, logp,
              y -> loss.evaluate(logp[y], logp[y] - logMu[y], w[y]).dPolicy());
        });
  }
}
