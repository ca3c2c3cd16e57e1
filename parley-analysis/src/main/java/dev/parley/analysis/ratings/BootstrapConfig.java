package dev.parley.analysis.ratings;

/**
 * Bootstrap of a batch rating (REFERENCE §4.2): {@code rounds} multinomial resamples of the
 * unique-row counts (as many battles as observed), round r seeded with
 * {@code Seeds.derive(seed, r)}; point estimate = median, interval = the central
 * {@code confidence} share of the rounds (0.95 → 2.5 and 97.5 percentiles, linear interpolation as
 * numpy's default). With {@code parallel} the rounds run on the common fork-join pool; the result is
 * the same either way.
 */
public record BootstrapConfig(int rounds, long seed, double confidence, boolean parallel) {

  /** FastChat's defaults: 100 rounds, seed 0, 95% intervals; sequential. */
  public static final BootstrapConfig DEFAULT = new BootstrapConfig(100, 0, 0.95, false);

  public BootstrapConfig {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be ≥ 1, was " + rounds);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
    }
  }

  public BootstrapConfig withRounds(int newRounds) {
    return new BootstrapConfig(newRounds, seed, confidence, parallel);
  }

  public BootstrapConfig withSeed(long newSeed) {
    return new BootstrapConfig(rounds, newSeed, confidence, parallel);
  }

  public BootstrapConfig withParallel(boolean newParallel) {
    return new BootstrapConfig(rounds, seed, confidence, newParallel);
  }
}
