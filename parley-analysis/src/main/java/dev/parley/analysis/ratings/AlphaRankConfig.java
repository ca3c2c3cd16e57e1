package dev.parley.analysis.ratings;

/**
 * α-Rank settings (REFERENCE §4.5): selection intensity {@code alpha} (infinite selects the
 * infinite-α variant), population size {@code populationSize} m, and the infinite-α variant's
 * mistake probability {@code epsilon}.
 */
public record AlphaRankConfig(double alpha, int populationSize, double epsilon) {

  /** OpenSpiel's defaults: α = 100, m = 50 (ε = 0.01 for the infinite-α variant). */
  public static final AlphaRankConfig OPENSPIEL = new AlphaRankConfig(100, 50, 0.01);

  public AlphaRankConfig {
    if (!(alpha > 0)) {
      throw new IllegalArgumentException("alpha must be > 0 (or infinite), was " + alpha);
    }
    if (populationSize < 2) {
      throw new IllegalArgumentException("populationSize must be ≥ 2, was " + populationSize);
    }
    if (!(epsilon > 0 && epsilon < 0.5)) {
      throw new IllegalArgumentException("epsilon must be in (0, 0.5), was " + epsilon);
    }
  }

  public AlphaRankConfig withAlpha(double newAlpha) {
    return new AlphaRankConfig(newAlpha, populationSize, epsilon);
  }

  /** The infinite-α variant with the same ε. */
  public AlphaRankConfig infinite() {
    return withAlpha(Double.POSITIVE_INFINITY);
  }
}
