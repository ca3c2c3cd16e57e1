package dev.parley.learn.reward;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A multi-attribute reward model (SteerLM / HelpSteer2): a {@link Network} predicting one score per
 * attribute. {@link #scalarised} turns it into one reward with {@link AttributeWeights}. Immutable.
 */
public final class AttributeRewardModel {
  private final List<String> attributes;
  private final Network network;

  /**
   * A model over a network with one output per attribute.
   *
   * @throws IllegalArgumentException when the counts differ or attributes repeat
   */
  public AttributeRewardModel(List<String> attributes, Network network) {
    this.attributes = AttributeRegression.checkAttributes(attributes);
    this.network = Objects.requireNonNull(network, "network");
    if (network.outputDimension() != this.attributes.size()) {
      throw new IllegalArgumentException("network must have one output per attribute (" + this.attributes.size()
          + "), has " + network.outputDimension());
    }
  }

  public List<String> attributes() {
    return attributes;
  }

  public Network network() {
    return network;
  }

  public int dimension() {
    return network.inputDimension();
  }

  /** The predicted scores of features x, in the order of {@link #attributes()}. */
  public double[] predict(double[] x) {
    return network.apply(x);
  }

  /** The root-mean-squared error of each attribute on held-out examples, in attribute order. */
  public Map<String, Double> rootMeanSquaredError(List<ScoredResponse> data) {
    AttributeRegression.dimension(attributes.size(), data);
    double[] sq = new double[attributes.size()];
    for (ScoredResponse r : data) {
      double[] y = predict(r.featuresView());
      for (int a = 0; a < sq.length; a++) {
        double e = y[a] - r.scoresView()[a];
        sq[a] += e * e / data.size();
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (int a = 0; a < sq.length; a++) {
      out.put(attributes.get(a), Math.sqrt(sq[a]));
    }
    return out;
  }

  /**
   * The single reward {@code r(x) = Σ_a w_a·ŷ_a(x)}.
   *
   * @throws IllegalArgumentException when a weighted attribute is not one of this model's
   */
  public RewardModel scalarised(AttributeWeights weights) {
    Objects.requireNonNull(weights, "weights");
    double[] w = weights.aligned(attributes);
    Network net = network;
    return new RewardModel() {
      @Override
      public int dimension() {
        return net.inputDimension();
      }

      @Override
      public double reward(double[] x) {
        return Vectors.dot(w, net.apply(x));
      }

      @Override
      public String toString() {
        return "scalarised" + weights.weights() + "(" + net + ")";
      }
    };
  }

  /**
   * Learns the combination weights from preference pairs: a linear Bradley–Terry model
   * ({@link BradleyTerryRewardTrainer}, ridge λ) on the predicted attribute scores of each side, so that
   * {@code P(a ≻ b) = σ(Σ_a w_a·(ŷ_a(a) − ŷ_a(b)))}.
   */
  public AttributeWeights fitWeights(List<FeaturePair> pairs, double l2) {
    Objects.requireNonNull(pairs, "pairs");
    int d = PairTerms.dimension(pairs);
    if (d != dimension()) {
      throw new IllegalArgumentException("pairs must have " + dimension() + " features, have " + d);
    }
    List<FeaturePair> scored = new ArrayList<>(pairs.size());
    for (FeaturePair p : pairs) {
      scored.add(FeaturePair.of(predict(p.chosenView()), predict(p.rejectedView()), p.margin(), p.probability(),
          p.weight()));
    }
    NetworkReward fit = new BradleyTerryRewardTrainer(BradleyTerryRewardTrainer.Config.linear(l2)).fit(scored).model();
    return AttributeWeights.of(attributes, fit.weights());
  }

  @Override
  public String toString() {
    return "AttributeRewardModel" + attributes + "[" + network + "]";
  }
}
