package dev.parley.learn.reward;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Trains a multi-attribute regression reward model (SteerLM / HelpSteer2, Wang et al. 2024; REFERENCE §7):
 * one network with a head per attribute (linear or MLP, {@link Architecture}) predicts all attribute
 * scores of a response, fitted by mean squared error
 * <pre>
 *   J(θ) = (1/n)·Σ_i (1/A)·Σ_a (ŷ_a(x_i) − y_ia)² + (λ/2)·‖W‖²
 * </pre>
 * (A attributes, ridge λ on the weights, not the biases), with analytic gradients, by L-BFGS or Adam
 * ({@link Solver}) from a seeded initialisation. The predicted scores become one reward through
 * {@link AttributeWeights}.
 */
public final class AttributeRegression {

  /**
   * Settings.
   *
   * @param architecture linear or MLP (the output layer has one unit per attribute)
   * @param l2 λ ≥ 0, the ridge penalty on the weights
   * @param solver the optimiser
   * @param seed seed of the initial weights and of Adam's batch order
   */
  public record Config(Architecture architecture, double l2, Solver solver, long seed) {
    public Config {
      Objects.requireNonNull(architecture, "architecture");
      Vectors.nonNegative("l2", l2);
      Objects.requireNonNull(solver, "solver");
    }

    /** Linear heads, ridge λ, L-BFGS to a gradient of 1e-9 (at most 1000 steps), seed 0. */
    public static Config linear(double l2) {
      return new Config(Architecture.linear(), l2, Solver.lbfgs(1000, 1e-9), 0);
    }

    /** An MLP with one output per attribute, ridge λ, L-BFGS (at most 2000 steps), seed 0. */
    public static Config mlp(Architecture architecture, double l2) {
      return new Config(architecture, l2, Solver.lbfgs(2000, 1e-7), 0);
    }

    public Config withSolver(Solver s) {
      return new Config(architecture, l2, s, seed);
    }

    public Config withSeed(long s) {
      return new Config(architecture, l2, solver, s);
    }
  }

  private final Config config;

  public AttributeRegression(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public Config config() {
    return config;
  }

  /**
   * Trains on examples whose scores are given in the order of {@code attributes}.
   *
   * @throws IllegalArgumentException when attributes are empty or repeat, or an example's sizes differ
   */
  public Fit<AttributeRewardModel> fit(List<String> attributes, List<ScoredResponse> data) {
    List<String> names = checkAttributes(attributes);
    int d = dimension(names.size(), data);
    Mlp mlp = new Mlp(d, config.architecture(), names.size());
    SplittableRandom random = new SplittableRandom(config.seed());
    double[] theta = new double[mlp.parameterCount()];
    mlp.initialise(theta, 0, random);
    Minimizer.Result result = Minimizer.minimise(config.solver(), objective(mlp, data), theta, random);
    return new Fit<>(new AttributeRewardModel(names, Network.wrap(config.architecture(), mlp, theta)), result.loss(),
        result.gradientNorm(), result.iterations());
  }

  static List<String> checkAttributes(List<String> attributes) {
    List<String> names = List.copyOf(Objects.requireNonNull(attributes, "attributes"));
    if (names.isEmpty()) {
      throw new IllegalArgumentException("attributes must not be empty");
    }
    if (new HashSet<>(names).size() != names.size()) {
      throw new IllegalArgumentException("attributes must be distinct, were " + names);
    }
    return names;
  }

  static int dimension(int attributes, List<ScoredResponse> data) {
    Objects.requireNonNull(data, "data");
    if (data.isEmpty()) {
      throw new IllegalArgumentException("data must not be empty");
    }
    int d = data.get(0).featuresView().length;
    for (int i = 0; i < data.size(); i++) {
      ScoredResponse r = Objects.requireNonNull(data.get(i), "data[" + i + "]");
      if (r.featuresView().length != d) {
        throw new IllegalArgumentException("data[" + i + "] has " + r.featuresView().length + " features, data[0] has " + d);
      }
      if (r.scoresView().length != attributes) {
        throw new IllegalArgumentException("data[" + i + "] has " + r.scoresView().length + " scores, expected one per "
            + "attribute (" + attributes + ")");
      }
    }
    return d;
  }

  /** The training objective J(θ). */
  Objective objective(Mlp mlp, List<ScoredResponse> examples) {
    List<ScoredResponse> data = List.copyOf(examples);
    int a = mlp.outputs();
    double l2 = config.l2();
    return new Objective() {
      private final Mlp.Workspace ws = mlp.workspace();
      private final double[] dOut = new double[a];

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
          ScoredResponse r = data.get(order[k]);
          double[] y = mlp.forward(theta, 0, r.featuresView(), ws);
          double[] target = r.scoresView();
          for (int j = 0; j < a; j++) {
            double e = y[j] - target[j];
            sum += e * e / a;
            dOut[j] = inv * 2 * e / a;
          }
          mlp.backward(theta, 0, ws, dOut, gradient);
        }
        return sum * inv + mlp.weightDecay(theta, 0, l2, gradient);
      }
    };
  }
}
