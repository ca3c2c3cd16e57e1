package dev.parley.analysis.ratings;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Bootstrap distribution of a batch rating: per player the median over rounds (the point estimate)
 * and the percentile interval [{@code lower}, {@code upper}] holding the central
 * {@code config.confidence()} share; {@code samples[round][player]} keeps every round, and
 * {@code degenerateRounds} counts rounds whose fit did not converge or whose estimate does not exist
 * (a resample in which some player never lost).
 */
public final class BootstrapRatings {
  private final List<String> players;
  private final double[][] samples;
  private final double[] median;
  private final double[] lower;
  private final double[] upper;
  private final int degenerateRounds;
  private final BootstrapConfig config;
  private final String method;

  private BootstrapRatings(List<String> players, double[][] samples, double[] median, double[] lower,
      double[] upper, int degenerateRounds, BootstrapConfig config, String method) {
    this.players = players;
    this.samples = samples;
    this.median = median;
    this.lower = lower;
    this.upper = upper;
    this.degenerateRounds = degenerateRounds;
    this.config = config;
    this.method = method;
  }

  static BootstrapRatings of(List<String> players, double[][] samples, int degenerateRounds, BootstrapConfig config,
      String method) {
    int n = players.size();
    int rounds = samples.length;
    double[] median = new double[n];
    double[] lower = new double[n];
    double[] upper = new double[n];
    double[] column = new double[rounds];
    double tail = 100 * (1 - config.confidence()) / 2;
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < rounds; r++) {
        column[r] = samples[r][i];
      }
      Arrays.sort(column);
      median[i] = percentile(column, 50);
      lower[i] = percentile(column, tail);
      upper[i] = percentile(column, 100 - tail);
    }
    return new BootstrapRatings(List.copyOf(players), samples, median, lower, upper, degenerateRounds, config, method);
  }

  /** Percentile {@code q} ∈ [0, 100] of sorted values, interpolating linearly between ranks (numpy default). */
  static double percentile(double[] sorted, double q) {
    double pos = q / 100 * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    double frac = pos - lo;
    return sorted[lo] + frac * (sorted[hi] - sorted[lo]);
  }

  public List<String> players() {
    return players;
  }

  public int rounds() {
    return samples.length;
  }

  public double[] median() {
    return median.clone();
  }

  public double[] lower() {
    return lower.clone();
  }

  public double[] upper() {
    return upper.clone();
  }

  public double median(int player) {
    return median[player];
  }

  public double lower(int player) {
    return lower[player];
  }

  public double upper(int player) {
    return upper[player];
  }

  /** Ratings of every player in bootstrap round {@code round} (a copy). */
  public double[] sample(int round) {
    return samples[round].clone();
  }

  public int degenerateRounds() {
    return degenerateRounds;
  }

  public BootstrapConfig config() {
    return config;
  }

  /** The medians as plain {@link Ratings}. */
  public Ratings asRatings() {
    return new Ratings(players, median, method + " bootstrap median " + config);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BootstrapRatings b && players.equals(b.players) && Arrays.deepEquals(samples, b.samples)
        && degenerateRounds == b.degenerateRounds && config.equals(b.config) && method.equals(b.method);
  }

  @Override
  public int hashCode() {
    return Objects.hash(players, Arrays.deepHashCode(samples), degenerateRounds, config, method);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("BootstrapRatings[").append(samples.length).append(" rounds: ");
    for (int i = 0; i < median.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(players.get(i)).append('=').append(median[i])
          .append(" [").append(lower[i]).append(", ").append(upper[i]).append(']');
    }
    return sb.append(']').toString();
  }
}
