package dev.parley.learn.reward;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a multi-attribute reward model's predicted scores combine into one reward: the weighted sum
 * {@code r(x) = Σ_a w_a·ŷ_a(x)} (SteerLM / HelpSteer2 scalarisation; REFERENCE §7). Attributes left out
 * weigh 0. The published HelpSteer2 weights are {@link #llama3SteerLm()} and {@link #nemotron4Reward()};
 * weights can also be learned from preference pairs ({@link AttributeRewardModel#fitWeights}).
 *
 * @param weights attribute name → weight, in order (copied, unmodifiable)
 */
public record AttributeWeights(Map<String, Double> weights) {

  /** HelpSteer2's five attributes, each scored 0–4, in the order of the published weight vectors. */
  public static final List<String> HELPSTEER2 =
      List.of("helpfulness", "correctness", "coherence", "complexity", "verbosity");

  public AttributeWeights {
    Objects.requireNonNull(weights, "weights");
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("weights must not be empty");
    }
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      Objects.requireNonNull(e.getKey(), "attribute");
      if (e.getValue() == null || !Double.isFinite(e.getValue())) {
        throw new IllegalArgumentException("weight of '" + e.getKey() + "' must be finite, was " + e.getValue());
      }
    }
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
  }

  /** Weights for attributes in order. */
  public static AttributeWeights of(List<String> attributes, double... weights) {
    Objects.requireNonNull(attributes, "attributes");
    if (attributes.size() != weights.length) {
      throw new IllegalArgumentException("weights must have one entry per attribute (" + attributes.size() + "), has "
          + weights.length);
    }
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < weights.length; i++) {
      if (m.put(attributes.get(i), weights[i]) != null) {
        throw new IllegalArgumentException("attributes must be distinct, '" + attributes.get(i) + "' repeats");
      }
    }
    return new AttributeWeights(m);
  }

  /** Llama3-70B-SteerLM-RM's weights (help, corr, coh, compl, verb) = (0.65, 0.8, 0.45, 0.55, −0.4). */
  public static AttributeWeights llama3SteerLm() {
    return of(HELPSTEER2, 0.65, 0.8, 0.45, 0.55, -0.4);
  }

  /** Nemotron-4-340B-Reward's weights (help, corr, coh, compl, verb) = (0.3, 0.74, 0.46, 0.47, −0.33). */
  public static AttributeWeights nemotron4Reward() {
    return of(HELPSTEER2, 0.3, 0.74, 0.46, 0.47, -0.33);
  }

  /** One attribute alone (weight 1), e.g. helpfulness only. */
  public static AttributeWeights only(String attribute) {
    return new AttributeWeights(Map.of(attribute, 1.0));
  }

  /** The weight vector aligned to {@code attributes} (0 for those not weighted). */
  public double[] aligned(List<String> attributes) {
    for (String a : weights.keySet()) {
      if (!attributes.contains(a)) {
        throw new IllegalArgumentException("attribute '" + a + "' is not one of " + attributes);
      }
    }
    double[] w = new double[attributes.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights.getOrDefault(attributes.get(i), 0.0);
    }
    return w;
  }

  /** The combined reward {@code Σ_a w_a·scores_a} of scores given in the order of {@code attributes}. */
  public double combine(List<String> attributes, double[] scores) {
    Vectors.requireLength("scores", scores, attributes.size());
    return Vectors.dot(aligned(attributes), scores);
  }
}
