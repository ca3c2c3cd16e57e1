package dev.parley.learn.reward;

import dev.parley.learn.losses.BradleyTerryRewardLoss;
import dev.parley.learn.losses.PairLoss;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A fitted PAL ideal-point mixture ({@link IdealPointMixture}): the projector f, K prototypes and each
 * training annotator's mixture over them. Immutable; array accessors copy.
 */
public final class IdealPointModel {
  private static final int MAX_MATCHING = 10;

  private final Network projector;
  private final double[][] prototypes;
  private final List<String> annotators;
  private final Map<String, Integer> index;
  private final double[][] mixtures;

  private IdealPointModel(Network projector, double[][] prototypes, List<String> annotators, double[][] mixtures) {
    this.projector = projector;
    this.prototypes = prototypes;
    this.annotators = annotators;
    this.mixtures = mixtures;
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < annotators.size(); i++) {
      m.put(annotators.get(i), i);
    }
    this.index = Collections.unmodifiableMap(m);
  }

  static IdealPointModel of(IdealPointMixture.Layout layout, List<String> annotators, Architecture projector,
      double[] theta) {
    Network f = Network.wrap(projector, layout.mlp, Arrays.copyOf(theta, layout.prototypes));
    double[][] p = new double[layout.k][];
    for (int j = 0; j < layout.k; j++) {
      p[j] = Arrays.copyOfRange(theta, layout.prototypes + j * layout.m, layout.prototypes + (j + 1) * layout.m);
    }
    double[][] w = new double[annotators.size()][layout.k];
    for (int i = 0; i < w.length; i++) {
      IdealPointMixture.softmax(theta, layout.logits + i * layout.k, layout.k, w[i]);
    }
    return new IdealPointModel(f, p, annotators, w);
  }

  /** The training annotators, in order of first appearance. */
  public List<String> annotators() {
    return annotators;
  }

  public Network projector() {
    return projector;
  }

  /** K, the number of prototypes. */
  public int prototypeCount() {
    return prototypes.length;
  }

  /** Prototype k's ideal point (a copy). */
  public double[] prototype(int k) {
    return prototypes[Objects.checkIndex(k, prototypes.length)].clone();
  }

  /** The learned embedding f(x). */
  public double[] embed(double[] x) {
    return projector.apply(x);
  }

  /** The mixture weights of a training annotator (a copy). */
  public double[] mixture(String annotator) {
    return mixtures[indexOf(annotator)].clone();
  }

  /** The prototype of largest weight for a training annotator (ties: the lowest index). */
  public int assignment(String annotator) {
    double[] w = mixtures[indexOf(annotator)];
    int best = 0;
    for (int j = 1; j < w.length; j++) {
      if (w[j] > w[best]) {
        best = j;
      }
    }
    return best;
  }

  /** A training annotator's reward. */
  public IdealPointReward rewardFor(String annotator) {
    return rewardForMixture(mixtures[indexOf(annotator)]);
  }

  /**
   * The reward of the ideal point {@code Σ_k w_k·P_k} for mixture weights w.
   *
   * @throws IllegalArgumentException unless w has K non-negative entries summing to 1 (within 1e-9)
   */
  public IdealPointReward rewardForMixture(double[] weights) {
    Vectors.requireLength("weights", weights, prototypes.length);
    double sum = 0;
    for (int j = 0; j < weights.length; j++) {
      if (weights[j] < 0) {
        throw new IllegalArgumentException("weights[" + j + "] must be ≥ 0, was " + weights[j]);
      }
      sum += weights[j];
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("weights must sum to 1, sum to " + sum);
    }
    double[] u = new double[projector.outputDimension()];
    for (int j = 0; j < weights.length; j++) {
      for (int c = 0; c < u.length; c++) {
        u[c] += weights[j] * prototypes[j][c];
      }
    }
    return new IdealPointReward(projector, weights.clone(), u);
  }

  /** Held-out metrics: each pair scored with its annotator's reward (annotators must be known). */
  public PreferenceMetrics metrics(List<AnnotatedPair> pairs) {
    Objects.requireNonNull(pairs, "pairs");
    List<FeaturePair> plain = new ArrayList<>(pairs.size());
    List<IdealPointReward> rewards = new ArrayList<>(pairs.size());
    Map<String, IdealPointReward> cache = new HashMap<>();
    for (AnnotatedPair a : pairs) {
      plain.add(a.pair());
      rewards.add(cache.computeIfAbsent(a.annotator(), this::rewardFor));
    }
    return PreferenceMetrics.of(plain,
        (i, p) -> rewards.get(i).reward(p.chosenView()) - rewards.get(i).reward(p.rejectedView()));
  }

  /**
   * The share of annotators whose {@link #assignment} matches their true group under the best one-to-one
   * matching of prototypes to groups (unmatched prototypes or groups count as wrong): cluster accuracy.
   *
   * @param groups each training annotator's true group label (all annotators must be present)
   * @throws IllegalArgumentException when an annotator is missing or there are more than 10 prototypes or
   *     groups
   */
  public double assignmentAccuracy(Map<String, ?> groups) {
    Objects.requireNonNull(groups, "groups");
    Map<Object, Integer> labels = new LinkedHashMap<>();
    for (String a : annotators) {
      if (!groups.containsKey(a)) {
        throw new IllegalArgumentException("groups must name every annotator, missing '" + a + "'");
      }
      labels.computeIfAbsent(groups.get(a), g -> labels.size());
    }
    int k = prototypes.length;
    int g = labels.size();
    if (k > MAX_MATCHING || g > MAX_MATCHING) {
      throw new IllegalArgumentException("assignment accuracy matches at most " + MAX_MATCHING + " prototypes and groups, had "
          + k + " and " + g);
    }
    int[][] counts = new int[k][g];
    for (String a : annotators) {
      counts[assignment(a)][labels.get(groups.get(a))]++;
    }
    return (double) bestMatching(counts, 0, 0) / annotators.size();
  }

  private static int bestMatching(int[][] counts, int prototype, int usedGroups) {
    if (prototype == counts.length) {
      return 0;
    }
    int best = bestMatching(counts, prototype + 1, usedGroups);
    for (int group = 0; group < counts[prototype].length; group++) {
      if ((usedGroups & (1 << group)) == 0) {
        best = Math.max(best, counts[prototype][group] + bestMatching(counts, prototype + 1, usedGroups | (1 << group)));
      }
    }
    return best;
  }

  /**
   * PAL's adaptation to a new annotator: with the projector and prototypes frozen, fits only the K logits
   * θ of {@code w = softmax(θ)} on the annotator's pairs, minimising
   * {@code (1/n)·Σ w·[p·ℓ(z) + (1 − p)·ℓ(−z)] + (λ/2)·‖θ‖²} from θ = 0 (the uniform mixture); Adam's
   * batch order, if Adam is chosen, is seeded by 0.
   */
  public Fit<IdealPointReward> adapt(List<FeaturePair> pairs, double l2, Solver solver) {
    Objects.requireNonNull(pairs, "pairs");
    Objects.requireNonNull(solver, "solver");
    Vectors.nonNegative("l2", l2);
    int d = PairTerms.dimension(pairs);
    if (d != projector.inputDimension()) {
      throw new IllegalArgumentException("pairs must have " + projector.inputDimension() + " features, have " + d);
    }
    double[][] fc = new double[pairs.size()][];
    double[][] fr = new double[pairs.size()][];
    for (int i = 0; i < pairs.size(); i++) {
      fc[i] = projector.apply(pairs.get(i).chosenView());
      fr[i] = projector.apply(pairs.get(i).rejectedView());
    }
    double[] theta = new double[prototypes.length];
    Minimizer.Result result = Minimizer.minimise(solver, adaptation(List.copyOf(pairs), fc, fr, l2), theta,
        new SplittableRandom(0));
    double[] w = new double[theta.length];
    IdealPointMixture.softmax(theta, 0, theta.length, w);
    return new Fit<>(rewardForMixture(w), result.loss(), result.gradientNorm(), result.iterations());
  }

  /** The adaptation objective over the K logits of one annotator. */
  Objective adaptation(List<FeaturePair> pairs, double[][] fc, double[][] fr, double l2) {
    int k = prototypes.length;
    int m = projector.outputDimension();
    BradleyTerryRewardLoss loss = BradleyTerryRewardLoss.plain();
    return new Objective() {
      private final double[] w = new double[k];
      private final double[] u = new double[m];
      private final double[] g = new double[k];

      @Override
      public int examples() {
        return pairs.size();
      }


      @Override
      public double evaluate(double[] theta, double[] gradient, int[] order, int from, int to) {
        Arrays.fill(gradient, 0);
        IdealPointMixture.softmax(theta, 0, k, w);
        Arrays.fill(u, 0);
        for (int j = 0; j < k; j++) {
          for (int c = 0; c < m; c++) {
            u[c] += w[j] * prototypes[j][c];
          }
        }
        double inv = 1.0 / (to - from);
        double sum = 0;
        double[] du = new double[m];
        for (int q = from; q < to; q++) {
          int e = order[q];
          double rc = 0;
          double rr = 0;
          for (int c = 0; c < m; c++) {
            rc -= (fc[e][c] - u[c]) * (fc[e][c] - u[c]);
            rr -= (fr[e][c] - u[c]) * (fr[e][c] - u[c]);
          }
          PairLoss l = PairTerms.evaluate(loss, rc, rr, pairs.get(e));
          sum += l.value();
          for (int c = 0; c < m; c++) {
            du[c] += inv * (2 * l.dChosen() * (fc[e][c] - u[c]) + 2 * l.dRejected() * (fr[e][c] - u[c]));
          }
        }
        double mean = 0;
        for (int j = 0; j < k; j++) {
          g[j] = Vectors.dot(prototypes[j], du);
          mean += w[j] * g[j];
        }
        double penalty = 0;
        for (int j = 0; j < k; j++) {
          gradient[j] = w[j] * (g[j] - mean) + l2 * theta[j];
          penalty += l2 / 2 * theta[j] * theta[j];
        }
        return sum * inv + penalty;
      }
    };
  }

  private int indexOf(String annotator) {
    Integer i = index.get(Objects.requireNonNull(annotator, "annotator"));
    if (i == null) {
      throw new IllegalArgumentException("annotator '" + annotator + "' was not in the training data");
    }
    return i;
  }

  @Override
  public String toString() {
    return "IdealPointModel[K=" + prototypes.length + ", m=" + projector.outputDimension() + ", annotators="
        + annotators.size() + ", projector=" + projector + "]";
  }
}
