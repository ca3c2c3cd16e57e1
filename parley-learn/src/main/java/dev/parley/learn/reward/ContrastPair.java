package dev.parley.learn.reward;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Two inputs that differ in one attribute only, the better one known (reward consistency, Shen et al.
 * 2023; REFERENCE §7): e.g. the same offer at a better price, or Shen et al.'s response consistency
 * {@code (I1, R1)} vs {@code (I1, R2)} and instruction consistency {@code (I1, R1)} vs {@code (I2, R1)}.
 * A consistent reward model gives the better side the higher reward. Immutable; accessors copy.
 */
public final class ContrastPair {
  private final String attribute;
  private final double[] better;
  private final double[] worse;

  private ContrastPair(String attribute, double[] better, double[] worse) {
    this.attribute = attribute;
    this.better = better;
    this.worse = worse;
  }

  /**
   * A contrast pair over feature vectors (copied).
   *
   * @param attribute the attribute that differs (a label for the report)
   * @throws IllegalArgumentException when the sides have different lengths or are identical
   */
  public static ContrastPair of(String attribute, double[] better, double[] worse) {
    Objects.requireNonNull(attribute, "attribute");
    Vectors.requireFinite("better", better);
    Vectors.requireFinite("worse", worse);
    if (better.length != worse.length || better.length == 0) {
      throw new IllegalArgumentException("better and worse must have the same number (≥ 1) of features, had "
          + better.length + " and " + worse.length);
    }
    if (Arrays.equals(better, worse)) {
      throw new IllegalArgumentException("better and worse of '" + attribute + "' must differ, both were "
          + Arrays.toString(better));
    }
    return new ContrastPair(attribute, better.clone(), worse.clone());
  }

  /**
   * The contrast pair that sets one field of a structured input (e.g. a game observation's fields) to a
   * better and a worse value, all else equal. The field is a dotted path into nested maps, as in
   * {@link NumericFields}; the base map is not modified.
   *
   * @throws IllegalArgumentException when the field does not change the features
   */
  public static ContrastPair vary(FeatureFunction<Map<String, ?>> features, Map<String, ?> base, String field,
      Object better, Object worse) {
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(field, "field");
    double[] b = features.features(with(base, field.split("\\."), 0, better));
    double[] w = features.features(with(base, field.split("\\."), 0, worse));
    if (Arrays.equals(b, w)) {
      throw new IllegalArgumentException("field '" + field + "' does not change the features (" + better + " vs " + worse
          + ")");
    }
    return new ContrastPair(field, b, w);
  }

  private static Map<String, Object> with(Map<String, ?> map, String[] path, int depth, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(map);
    String name = path[depth];
    if (depth == path.length - 1) {
      copy.put(name, value);
    } else {
      Object child = map.get(name);
      Map<String, ?> nested = child == null ? Map.of() : asMap(child, name);
      copy.put(name, with(nested, path, depth + 1, value));
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> asMap(Object child, String name) {
    if (!(child instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("field '" + name + "' must be a map to hold a nested field, was " + child);
    }
    return (Map<String, ?>) child;
  }

  public String attribute() {
    return attribute;
  }

  public double[] better() {
    return better.clone();
  }

  public double[] worse() {
    return worse.clone();
  }

  double[] betterView() {
    return better;
  }

  double[] worseView() {
    return worse;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContrastPair c && attribute.equals(c.attribute) && Arrays.equals(better, c.better)
        && Arrays.equals(worse, c.worse);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attribute, Arrays.hashCode(better), Arrays.hashCode(worse));
  }

  @Override
  public String toString() {
    return "ContrastPair[" + attribute + ": " + Arrays.toString(better) + " ≻ " + Arrays.toString(worse) + "]";
  }
}
