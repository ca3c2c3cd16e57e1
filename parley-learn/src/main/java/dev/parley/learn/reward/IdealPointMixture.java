package dev.parley.learn.reward;

import dev.parley.learn.losses.BradleyTerryRewardLoss;
import dev.parley.learn.losses.PairLoss;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Fits PAL's ideal-point mixture for heterogeneous annotators (Chen et al., ICLR 2025, "PAL: Sample-
 * efficient personalized reward modeling for pluralistic alignment", the PAL-A model; REFERENCE §7). A
 * learned projector {@code f: R^d → R^m} ({@link Architecture}) embeds each response; there are K
 * prototype ideal points {@code P_1 … P_K ∈ R^m}; annotator i holds mixture weights
 * {@code w_i = softmax(θ_i)} over them and the ideal point {@code u_i = Σ_k w_ik·P_k}. Annotator i's
 * reward is the negative squared distance {@code r_i(x) = −‖f(x) − u_i‖²} (the classic ideal-point
 * model; squared so that it is smooth everywhere), and the preference is Bradley–Terry in it:
 * {@code P_i(c ≻ r) = σ(‖f(x_r) − u_i‖² − ‖f(x_c) − u_i‖²)}. All of f, P and θ are fitted jointly by
 * minimising the logistic loss of {@link FeaturePair} (margins, soft labels and weights apply)
 * <pre>
 *   J = (1/n)·Σ_pairs w·[p·ℓ(z) + (1 − p)·ℓ(−z)] + (λ/2)·(‖W_f‖² + ‖P‖² + ‖θ‖²),  z = r_i(x_c) − r_i(x_r) − m,
 * </pre>
 * by gradient descent (L-BFGS or Adam, {@link Solver}) with analytic gradients through the softmax,
 * the prototypes and the projector, from a seeded initialisation (projector as in {@link Network},
 * prototypes and annotator logits standard normal). A new annotator is fitted by K numbers
 * ({@link IdealPointModel#adapt}).
 */
public final class IdealPointMixture {

  /**
   * Settings.
   *
   * @param prototypes K ≥ 1, the number of prototype ideal points
   * @param embeddingDimension m ≥ 1, the width of the learned embedding
   * @param projector the projector's architecture (linear or MLP)
   * @param l2 λ ≥ 0, the ridge penalty on projector weights, prototypes and annotator logits
   * @param solver the optimiser
   * @param seed seed of the initialisation and of Adam's batch order
   */
  public record Config(int prototypes, int embeddingDimension, Architecture projector, double l2, Solver solver,
      long seed) {
    public Config {
      if (prototypes < 1) {
        throw new IllegalArgumentException("prototypes must be ≥ 1, was " + prototypes);
      }
      if (embeddingDimension < 1) {
        throw new IllegalArgumentException("embeddingDimension must be ≥ 1, was " + embeddingDimension);
      }
      Objects.requireNonNull(projector, "projector");
      Vectors.nonNegative("l2", l2);
      Objects.requireNonNull(solver, "solver");
    }

    /** K prototypes in an m-dimensional linear embedding, λ = 1e-3, L-BFGS (at most 2000 steps), seed 0. */
    public static Config of(int prototypes, int embeddingDimension) {
      return new Config(prototypes, embeddingDimension, Architecture.linear(), 1e-3, Solver.lbfgs(2000, 1e-7), 0);
    }

    public Config withProjector(Architecture a) {
      return new Config(prototypes, embeddingDimension, a, l2, solver, seed);
    }

    public Config withL2(double l) {
      return new Config(prototypes, embeddingDimension, projector, l, solver, seed);
    }

    public Config withSolver(Solver s) {
      return new Config(prototypes, embeddingDimension, projector, l2, s, seed);
    }

    public Config withSeed(long s) {
      return new Config(prototypes, embeddingDimension, projector, l2, solver, s);
    }
  }

  private static final BradleyTerryRewardLoss LOSS = BradleyTerryRewardLoss.plain();

  private final Config config;

  public IdealPointMixture(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public Config config() {
    return config;
  }

  /**
   * Fits the mixture; annotators are indexed in order of first appearance.
   *
   * @throws IllegalArgumentException when the list is empty or feature dimensions differ
   */
  public Fit<IdealPointModel> fit(List<AnnotatedPair> data) {
    Objects.requireNonNull(data, "data");
    List<FeaturePair> pairs = new ArrayList<>(data.size());
    Map<String, Integer> index = new LinkedHashMap<>();
    int[] annotator = new int[data.size()];
    for (int i = 0; i < data.size(); i++) {
      AnnotatedPair a = Objects.requireNonNull(data.get(i), "data[" + i + "]");
      pairs.add(a.pair());
      annotator[i] = index.computeIfAbsent(a.annotator(), k -> index.size());
    }
    int d = PairTerms.dimension(pairs);
    Layout layout = new Layout(new Mlp(d, config.projector(), config.embeddingDimension()), config.prototypes(),
        index.size());
    SplittableRandom random = new SplittableRandom(config.seed());
    double[] theta = new double[layout.size()];
    layout.mlp.initialise(theta, 0, random);
    for (int k = layout.prototypes; k < theta.length; k++) {
      theta[k] = random.nextGaussian();
    }
    Minimizer.Result result = Minimizer.minimise(config.solver(), objective(layout, pairs, annotator), theta, random);
    return new Fit<>(IdealPointModel.of(layout, List.copyOf(index.keySet()), config.projector(), theta), result.loss(),
        result.gradientNorm(), result.iterations());
  }

  /** Offsets of the parameter vector: projector, then K·m prototype coordinates, then N·K logits. */
  static final class Layout {
    final Mlp mlp;
    final int k;
    final int m;
    final int users;
    final int prototypes;
    final int logits;

    Layout(Mlp mlp, int k, int users) {
      this.mlp = mlp;
      this.k = k;
      this.m = mlp.outputs();
      this.users = users;
      this.prototypes = mlp.parameterCount();
      this.logits = prototypes + k * m;
    }

    int size() {
      return logits + users * k;
    }
  }

  /** Writes softmax(θ[offset … offset + k)) into w. */
  static void softmax(double[] theta, int offset, int k, double[] w) {
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      max = Math.max(max, theta[offset + j]);
    }
    double sum = 0;
    for (int j = 0; j < k; j++) {
      w[j] = Math.exp(theta[offset + j] - max);
      sum += w[j];
    }
    for (int j = 0; j < k; j++) {
      w[j] /= sum;
    }
  }

  /** The objective J over all parameters. */
  Objective objective(Layout layout, List<FeaturePair> pairs, int[] annotator) {
    List<FeaturePair> data = List.copyOf(pairs);
    int[] who = annotator.clone();
    Mlp mlp = layout.mlp;
    int k = layout.k;
    int m = layout.m;
    double l2 = config.l2();
    return new Objective() {
      private final Mlp.Workspace chosen = mlp.workspace();
      private final Mlp.Workspace rejected = mlp.workspace();
      private final double[] w = new double[k];
      private final double[] u = new double[m];
      private final double[] du = new double[m];
      private final double[] dc = new double[m];
      private final double[] dr = new double[m];
      private final double[] g = new double[k];

      @Override
      public int examples() {
        return data.size();
      }


      @Override
      public double evaluate(double[] theta, double[] gradient, int[] order, int from, int to) {
        Arrays.fill(gradient, 0);
        double inv = 1.0 / (to - from);
        double sum = 0;
        for (int q = from; q < to; q++) {
          int e = order[q];
          FeaturePair pair = data.get(e);
          int userOffset = layout.logits + who[e] * k;
          softmax(theta, userOffset, k, w);
          Arrays.fill(u, 0);
          for (int j = 0; j < k; j++) {
            for (int c = 0; c < m; c++) {
              u[c] += w[j] * theta[layout.prototypes + j * m + c];
            }
          }
          double[] fc = mlp.forward(theta, 0, pair.chosenView(), chosen);
          double[] fr = mlp.forward(theta, 0, pair.rejectedView(), rejected);
          double rc = 0;
          double rr = 0;
          for (int c = 0; c < m; c++) {
            rc -= (fc[c] - u[c]) * (fc[c] - u[c]);
            rr -= (fr[c] - u[c]) * (fr[c] - u[c]);
          }
          PairLoss l = PairTerms.evaluate(LOSS, rc, rr, pair);
          sum += l.value();
          double a = inv * l.dChosen();
          double b = inv * l.dRejected();
          for (int c = 0; c < m; c++) {
            dc[c] = -2 * a * (fc[c] - u[c]);
            dr[c] = -2 * b * (fr[c] - u[c]);
            du[c] = -dc[c] - dr[c];
          }
          double mean = 0;
          for (int j = 0; j < k; j++) {
            int p = layout.prototypes + j * m;
            double gj = 0;
            for (int c = 0; c < m; c++) {
              gradient[p + c] += w[j] * du[c];
              gj += theta[p + c] * du[c];
            }
            g[j] = gj;
            mean += w[j] * gj;
          }
          for (int j = 0; j < k; j++) {
            gradient[userOffset + j] += w[j] * (g[j] - mean);
          }
          mlp.backward(theta, 0, chosen, dc, gradient);
          mlp.backward(theta, 0, rejected, dr, gradient);
        }
        double penalty = mlp.weightDecay(theta, 0, l2, gradient);
        if (l2 > 0) {
          double s = 0;
          for (int i = layout.prototypes; i < theta.length; i++) {
            s += theta[i] * theta[i];
            gradient[i] += l2 * theta[i];
          }
          penalty += l2 / 2 * s;
        }
        return sum * inv + penalty;
      }
    };
  }
}
