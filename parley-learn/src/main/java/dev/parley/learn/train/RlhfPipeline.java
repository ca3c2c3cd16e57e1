package dev.parley.learn.train;

import dev.parley.learn.policy.Simplex;
import dev.parley.learn.preference.WeightedPair;
import dev.parley.learn.reward.BradleyTerryRewardFit;
import dev.parley.learn.reward.TabularReward;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The RLHF baseline (Christiano et al. 2017; Ouyang et al. 2022; REFERENCE §6.2, §7): a Bradley–Terry
 * reward r is fitted to pairs drawn from the reference μ and labelled by the preference oracle
 * ({@link BradleyTerryRewardFit}), then the policy maximises the KL-regularised objective
 * {@code J(π) = E_{y~π}[r(y)] − β·KL(π‖μ)}, whose optimum is {@code π*(y) ∝ μ(y)·exp(r(y)/β)} (Rafailov et
 * al. 2023, eq. 4). {@link Update#CLOSED_FORM} sets the policy to that optimum at the first iteration;
 * {@link Update#LOSS} runs KL-regularised policy gradient: {@code optimizer} steps per iteration on
 * {@code −J} with the score-function gradient {@code E_{y~π}[a(y)·∇log π(y)]},
 * {@code a(y) = r(y) − β·log(π(y)/μ(y))}, exact or from K draws. On intransitive preferences the
 * fitted reward cannot represent the cycle, so the pipeline reaches neither the von Neumann winner nor
 * the regularised Nash equilibrium.
 */
public final class RlhfPipeline implements PreferenceTrainer {

  /**
   * Settings.
   *
   * @param beta KL coefficient β &gt; 0
   * @param rewardData the reward model's data: exact pair weights {@code μ(y)μ(y')P(y ≻ y')} or K pairs
   *     per context drawn from μ
   * @param l2 the reward model's ridge penalty λ ≥ 0
   * @param iterations policy-optimisation iterations T ≥ 1
   * @param update the closed-form optimum or policy gradient
   * @param sampling exact policy gradients or K draws from π per step
   * @param optimizer the policy-gradient steps of each iteration
   * @param seed seed of all draws
   * @param checkpoints iterations at which the policies are recorded (the last is always added)
   */
  public record Config(double beta, Sampling rewardData, double l2, int iterations, Update update, Sampling sampling,
      Optimizer optimizer, long seed, List<Integer> checkpoints) {

    public Config {
      ConfigChecks.positive("beta", beta);
      Objects.requireNonNull(rewardData, "rewardData");
      ConfigChecks.nonNegative("l2", l2);
      ConfigChecks.iterations(iterations);
      Objects.requireNonNull(update, "update");
      Objects.requireNonNull(sampling, "sampling");
      Objects.requireNonNull(optimizer, "optimizer");
      checkpoints = Checkpoints.check("checkpoints", checkpoints, iterations);
    }

    /** Exact reward fit, then the closed-form KL-regularised optimum. */
    public static Config closedForm(double beta) {
      return new Config(beta, Sampling.exact(), 0, 1, Update.CLOSED_FORM, Sampling.exact(), Optimizer.fixedSteps(1, 1), 0,
          List.of());
    }

    /** Exact reward fit, then {@code iterations} exact policy-gradient steps of size {@code learningRate}. */
    public static Config policyGradient(double beta, int iterations, double learningRate) {
      return new Config(beta, Sampling.exact(), 0, iterations, Update.LOSS, Sampling.exact(),
          Optimizer.fixedSteps(1, learningRate), 0, List.of());
    }

    public Config withRewardData(Sampling s, double ridge) {
      return new Config(beta, s, ridge, iterations, update, sampling, optimizer, seed, checkpoints);
    }

    public Config withSampling(Sampling s) {
      return new Config(beta, rewardData, l2, iterations, update, s, optimizer, seed, checkpoints);
    }

    public Config withSeed(long s) {
      return new Config(beta, rewardData, l2, iterations, update, sampling, optimizer, s, checkpoints);
    }

    public Config withCheckpoints(List<Integer> at) {
      return new Config(beta, rewardData, l2, iterations, update, sampling, optimizer, seed, at);
    }
  }

  private final Config config;

  public RlhfPipeline(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public Config config() {
    return config;
  }

  @Override
  public String name() {
    return "BT-reward RLHF(β=" + ConfigChecks.format(config.beta()) + (config.update() == Update.LOSS ? ",PG" : "") + ")";
  }

  /** The first stage alone: the Bradley–Terry reward fitted to the pairs drawn with the config's seed. */
  public TabularReward fitReward(PreferenceProblem problem) {
    Objects.requireNonNull(problem, "problem");
    return fitReward(problem, new SplittableRandom(config.seed()));
  }

  private TabularReward fitReward(PreferenceProblem problem, SplittableRandom random) {
    List<WeightedPair> pairs = OfflineDpo.fromReference(problem, config.rewardData(), random);
    return new BradleyTerryRewardFit(config.l2()).fit(problem.space(), pairs);
  }

  @Override
  public TrainingResult train(PreferenceProblem problem) {
    Objects.requireNonNull(problem, "problem");
    TabularReward reward = fitReward(problem, new SplittableRandom(config.seed()));
    double beta = config.beta();
    Sampling sampling = config.sampling();
    double[][] reference = problem.reference().logProbabilities();
    return IterationLoop.run(name(), problem.initial(), config.iterations(), config.checkpoints(), config.seed() + 1,
        (t, c, logp, random) -> {
          int n = logp.length;
          double[] logMu = reference[c];
          double[] r = reward.rewards(c);
          if (config.update() == Update.CLOSED_FORM) {
            for (int i = 0; i < n; i++) {
              logp[i] = logMu[i] + r[i] / beta;
            }
            Simplex.normaliseLog(logp);
            return;
          }
          // ∂(−J)/∂log π through the score function: −a per unit of weight.
          Objectives.policyGradientSteps(config.optimizer(), sampling, random, logp,
              y -> -(r[y] - beta * (logp[y] - logMu[y])));
        });
  }
}
