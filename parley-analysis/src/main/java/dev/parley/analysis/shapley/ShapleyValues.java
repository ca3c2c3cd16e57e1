package dev.parley.analysis.shapley;

import java.util.Arrays;
import java.util.Objects;

/**
 * Shapley values with their standard errors (0 when exact), the values of the empty and the grand
 * coalition, how many coalition values were evaluated, and the method. By efficiency the values sum
 * to {@code grandValue − emptyValue}.
 */
public record ShapleyValues(double[] values, double[] standardErrors, double emptyValue, double grandValue,
    long evaluations, String method) {

  public ShapleyValues {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(standardErrors, "standardErrors");
    Objects.requireNonNull(method, "method");
    if (standardErrors.length != values.length) {
      throw new IllegalArgumentException("standardErrors has " + standardErrors.length + " entries for "
          + values.length + " values");
    }
    values = values.clone();
    standardErrors = standardErrors.clone();
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public double[] standardErrors() {
    return standardErrors.clone();
  }

  public double value(int player) {
    return values[player];
  }

  public double standardError(int player) {
    return standardErrors[player];
  }

  public int players() {
    return values.length;
  }

  /** Σ φ_i. */
  public double sum() {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShapleyValues s && Arrays.equals(values, s.values)
        && Arrays.equals(standardErrors, s.standardErrors) && Double.compare(emptyValue, s.emptyValue) == 0
        && Double.compare(grandValue, s.grandValue) == 0 && evaluations == s.evaluations && method.equals(s.method);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(values), Arrays.hashCode(standardErrors), emptyValue, grandValue,
        evaluations, method);
  }

  @Override
  public String toString() {
    return "ShapleyValues[" + method + ": " + Arrays.toString(values) + " ± " + Arrays.toString(standardErrors)
        + "]";
  }
}
