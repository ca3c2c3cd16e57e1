package dev.parley.learn.reward;

import dev.parley.core.game.Observation;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Features from named numeric fields of a JSON-like map, such as a game {@link Observation}'s
 * {@code fields()}: feature i is the field at {@code paths[i]} (a dotted path into nested maps, e.g.
 * {@code offer.price}), numbers as their double value and booleans as 1/0, then standardised as
 * {@code (v − centre_i)/scale_i}. A missing (or null) field is an error unless a fill value is set; a
 * field of another type or a non-finite number is always an error. Immutable.
 */
public final class NumericFields implements FeatureFunction<Map<String, ?>> {
  private final List<String> paths;
  private final Double fill;
  private final double[] centre;
  private final double[] scale;

  private NumericFields(List<String> paths, Double fill, double[] centre, double[] scale) {
    this.paths = paths;
    this.fill = fill;
    this.centre = centre;
    this.scale = scale;
  }

  /** The fields at these paths, unscaled, missing fields an error. */
  public static NumericFields of(List<String> paths) {
    List<String> copy = List.copyOf(Objects.requireNonNull(paths, "paths"));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("paths must not be empty");
    }
    for (int i = 0; i < copy.size(); i++) {
      String p = copy.get(i);
      if (p.isBlank() || p.startsWith(".") || p.endsWith(".") || p.contains("..")) {
        throw new IllegalArgumentException("paths[" + i + "] must be a dotted path of non-empty names, was '" + p + "'");
      }
    }
    if (copy.stream().distinct().count() != copy.size()) {
      throw new IllegalArgumentException("paths must be distinct, were " + copy);
    }
    double[] ones = new double[copy.size()];
    Arrays.fill(ones, 1);
    return new NumericFields(copy, null, new double[copy.size()], ones);
  }

  public static NumericFields of(String... paths) {
    return of(List.of(paths));
  }

  /** The same fields, with missing ones read as {@code value} (before standardisation). */
  public NumericFields withMissing(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("missing value must be finite, was " + value);
    }
    return new NumericFields(paths, value, centre, scale);
  }

  /**
   * The same fields standardised by the mean and (population) standard deviation of each over a sample;
   * a constant field keeps scale 1.
   */
  public NumericFields standardisedOn(Collection<? extends Map<String, ?>> sample) {
    Objects.requireNonNull(sample, "sample");
    if (sample.isEmpty()) {
      throw new IllegalArgumentException("sample must not be empty");
    }
    int d = paths.size();
    double[] mean = new double[d];
    double[] sq = new double[d];
    for (Map<String, ?> row : sample) {
      double[] v = raw(row);
      for (int i = 0; i < d; i++) {
        mean[i] += v[i] / sample.size();
      }
    }
    for (Map<String, ?> row : sample) {
      double[] v = raw(row);
      for (int i = 0; i < d; i++) {
        sq[i] += (v[i] - mean[i]) * (v[i] - mean[i]) / sample.size();
      }
    }
    double[] s = new double[d];
    for (int i = 0; i < d; i++) {
      double sd = Math.sqrt(sq[i]);
      s[i] = sd > 1e-12 * Math.max(1, Math.abs(mean[i])) ? sd : 1;
    }
    return new NumericFields(paths, fill, mean, s);
  }

  /** The same features over game observations, from their {@link Observation#fields()}. */
  public FeatureFunction<Observation> ofObservations() {
    return compose(Observation::fields);
  }

  public List<String> paths() {
    return paths;
  }

  @Override
  public int dimension() {
    return paths.size();
  }

  @Override
  public double[] features(Map<String, ?> fields) {
    double[] v = raw(fields);
    for (int i = 0; i < v.length; i++) {
      v[i] = (v[i] - centre[i]) / scale[i];
    }
    return v;
  }

  private double[] raw(Map<String, ?> fields) {
    Objects.requireNonNull(fields, "fields");
    double[] v = new double[paths.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = read(fields, paths.get(i));
    }
    return v;
  }

  private double read(Map<String, ?> fields, String path) {
    Object value = fields;
    for (String name : path.split("\\.")) {
      if (!(value instanceof Map<?, ?> map)) {
        throw new IllegalArgumentException("field '" + path + "' is not reachable: a parent is "
            + describe(value) + ", not a map");
      }
      value = map.get(name);
      if (value == null) {
        break;
      }
    }
    if (value == null) {
      if (fill == null) {
        throw new IllegalArgumentException("field '" + path + "' is missing (set a fill value with withMissing)");
      }
      return fill;
    }
    double d;
    if (value instanceof Number n) {
      d = n.doubleValue();
    } else if (value instanceof Boolean b) {
      d = b ? 1 : 0;
    } else {
      throw new IllegalArgumentException("field '" + path + "' must be a number or a boolean, was " + describe(value));
    }
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("field '" + path + "' must be finite, was " + d);
    }
    return d;
  }

  private static String describe(Object value) {
    return value.getClass().getSimpleName() + " " + (value instanceof String s ? "'" + s + "'" : value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NumericFields f && paths.equals(f.paths) && Objects.equals(fill, f.fill)
        && Arrays.equals(centre, f.centre) && Arrays.equals(scale, f.scale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(paths, fill, Arrays.hashCode(centre), Arrays.hashCode(scale));
  }

  @Override
  public String toString() {
    return "NumericFields" + paths;
  }
}
