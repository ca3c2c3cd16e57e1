package dev.parley.analysis.ratings;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Fitted Thurstonian utilities: option i's utility is N(μ_i, σ_i²) and
 * {@code P(i ≻ j) = Φ((μ_i − μ_j)/√(σ_i² + σ_j² + floor))}; μ has mean 0 and unbiased standard
 * deviation 1. {@code loss} is the final mean binary cross-entropy over the observed pairs.
 */
public record ThurstonianModel(List<String> options, double[] mu, double[] variance, double varianceFloor,
    double loss) {

  public ThurstonianModel {
    options = List.copyOf(options);
    Objects.requireNonNull(mu, "mu");
    Objects.requireNonNull(variance, "variance");
    if (mu.length != options.size() || variance.length != options.size()) {
      throw new IllegalArgumentException("mu and variance need " + options.size() + " entries, had " + mu.length
          + " and " + variance.length);
    }
    mu = mu.clone();
    variance = variance.clone();
  }

  /** {@code Φ((μA − μB)/√(σA² + σB² + floor))}. */
  public static double probability(double muA, double varA, double muB, double varB, double floor) {
    return Normal.cdf((muA - muB) / Math.sqrt(varA + varB + floor));
  }

  /** The probability with Mazeika et al.'s floor 1e-5. */
  public static double probability(double muA, double varA, double muB, double varB) {
    return probability(muA, varA, muB, varB, 1e-5);
  }

  /** Model probability that option i is preferred to option j. */
  public double probability(int i, int j) {
    return probability(mu[i], variance[i], mu[j], variance[j], varianceFloor);
  }

  /** {@code p[i][j] = P(i ≻ j)}, ½ on the diagonal. */
  public double[][] preferenceMatrix() {
    int n = mu.length;
    double[][] p = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        p[i][j] = i == j ? 0.5 : probability(i, j);
      }
    }
    return p;
  }

  @Override
  public double[] mu() {
    return mu.clone();
  }

  @Override
  public double[] variance() {
    return variance.clone();
  }

  public Ratings asRatings() {
    return new Ratings(options, mu, "thurstonian mu");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThurstonianModel t && options.equals(t.options) && Arrays.equals(mu, t.mu)
        && Arrays.equals(variance, t.variance) && Double.compare(varianceFloor, t.varianceFloor) == 0
        && Double.compare(loss, t.loss) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(options, Arrays.hashCode(mu), Arrays.hashCode(variance), varianceFloor, loss);
  }

  @Override
  public String toString() {
    return "ThurstonianModel[" + options + " mu=" + Arrays.toString(mu) + " variance=" + Arrays.toString(variance)
        + " loss=" + loss + "]";
  }
}
