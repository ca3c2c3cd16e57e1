package dev.parley.learn.reward;

import dev.parley.learn.losses.BradleyTerryRewardLoss;
import dev.parley.learn.losses.PairLoss;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Trains a Bradley–Terry reward model {@code r_θ(x)} on feature vectors from pairwise preferences
 * (REFERENCE §7; Bradley and Terry 1952; Ouyang et al. 2022, eq. 1; TRL RewardTrainer): minimises
 * <pre>
 *   J(θ) = (1/n)·Σ_pairs { w·[p·ℓ(z) + (1 − p)·ℓ(−z)] + c·(r_c + r_r)² } + (λ/2)·‖W‖²,
 *   z = r_θ(chosen) − r_θ(rejected) − m,
 * </pre>
 * per {@link FeaturePair}: margin m (TRL's {@code margin} column; Llama 2's rating margins,
 * {@link Llama2Rating}), soft label p, weight w (HelpSteer2-Preference's Scaled BT); c is TRL's
 * {@code center_rewards_coefficient}; the ridge λ acts on all weights W, not on biases. The model is
 * linear or a small MLP ({@link Architecture}) trained by backpropagation with analytic gradients, by
 * L-BFGS or Adam ({@link Solver}) from a seeded initialisation. The reward's constant is not identified
 * by preferences (without centring the output bias keeps its initial value 0). For a linear model the
 * objective is convex, and on data drawn from {@code P(a ≻ b) = σ(w*ᵀ(a − b))} the maximum-likelihood
 * weights (λ = 0) are consistent for w* itself: the logistic scale is identified, not only the direction.
 */
public final class BradleyTerryRewardTrainer {

  /**
   * Settings.
   *
   * @param architecture linear or MLP
   * @param l2 λ ≥ 0, the ridge penalty on the weights
   * @param centring c ≥ 0, TRL's {@code center_rewards_coefficient} (0.01 recommended; 0 disables)
   * @param solver the optimiser
   * @param seed seed of the initial weights and of Adam's batch order
   */
  public record Config(Architecture architecture, double l2, double centring, Solver solver, long seed) {
    public Config {
      Objects.requireNonNull(architecture, "architecture");
      Vectors.nonNegative("l2", l2);
      Vectors.nonNegative("centring", centring);
      Objects.requireNonNull(solver, "solver");
    }

    /** A linear reward, ridge λ, full-batch L-BFGS to a gradient of 1e-9 (at most 1000 steps), seed 0. */
    public static Config linear(double l2) {
      return new Config(Architecture.linear(), l2, 0, Solver.lbfgs(1000, 1e-9), 0);
    }

    /** An MLP reward, ridge λ, full-batch L-BFGS (at most 2000 steps), seed 0. */
    public static Config mlp(Architecture architecture, double l2) {
      return new Config(architecture, l2, 0, Solver.lbfgs(2000, 1e-7), 0);
    }

    public Config withSolver(Solver s) {
      return new Config(architecture, l2, centring, s, seed);
    }

    public Config withCentring(double c) {
      return new Config(architecture, l2, c, solver, seed);
    }

    public Config withSeed(long s) {
      return new Config(architecture, l2, centring, solver, s);
    }
  }

  private final Config config;

  public BradleyTerryRewardTrainer(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public Config config() {
    return config;
  }

  /**
   * Trains on the pairs (all of the same feature dimension).
   *
   * @throws IllegalArgumentException when the list is empty or the dimensions differ
   */
  public Fit<NetworkReward> fit(List<FeaturePair> pairs) {
    Objects.requireNonNull(pairs, "pairs");
    int d = PairTerms.dimension(pairs);
    Mlp mlp = new Mlp(d, config.architecture(), 1);
    SplittableRandom random = new SplittableRandom(config.seed());
    double[] theta = new double[mlp.parameterCount()];
    mlp.initialise(theta, 0, random);
    Minimizer.Result result = Minimizer.minimise(config.solver(), objective(mlp, pairs), theta, random);
    return new Fit<>(new NetworkReward(Network.wrap(config.architecture(), mlp, theta)), result.loss(),
        result.gradientNorm(), result.iterations());
  }

  /** The training objective J(θ) over the pairs, for a network of this shape. */
  Objective objective(Mlp mlp, List<FeaturePair> pairs) {
    List<FeaturePair> data = List.copyOf(pairs);
    BradleyTerryRewardLoss loss = new BradleyTerryRewardLoss(config.centring());
    double l2 = config.l2();
    return new Objective() {
      private final Mlp.Workspace chosen = mlp.workspace();
      private final Mlp.Workspace rejected = mlp.workspace();
      private final double[] dOut = new double[1];

      @Override
      public int examples() {
        return data.size();
      }


      @Override
      public double evaluate(double[] theta, double[] gradient, int[] order, int from, int to) {
        Arrays.fill(gradient, 0);
        double sum = 0;
        double inv = 1.0 / (to - from);
        for (int k = from; k < to; k++) {
          FeaturePair pair = data.get(order[k]);
          double rc = mlp.forward(theta, 0, pair.chosenView(), chosen)[0];
          double rr = mlp.forward(theta, 0, pair.rejectedView(), rejected)[0];
          PairLoss l = PairTerms.evaluate(loss, rc, rr, pair);
          sum += l.value();
          dOut[0] = inv * l.dChosen();
          mlp.backward(theta, 0, chosen, dOut, gradient);
          dOut[0] = inv * l.dRejected();
          mlp.backward(theta, 0, rejected, dOut, gradient);
        }
        return sum * inv + mlp.weightDecay(theta, 0, l2, gradient);
      }
    };
  }
}
