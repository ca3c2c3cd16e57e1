package dev.parley.analysis.ratings;

/**
 * Nash averaging settings: {@code tolerance} is the size, relative to the largest |payoff|, below
 * which an equilibrium probability or a payoff slack counts as zero, and the largest asymmetry
 * {@code |A + Aᵀ|} accepted as antisymmetric.
 */
public record NashAveragingConfig(double tolerance) {

  public static final NashAveragingConfig DEFAULTS = new NashAveragingConfig(1e-9);

  public NashAveragingConfig {
    if (!(tolerance > 0 && tolerance < 1e-3)) {
      throw new IllegalArgumentException("tolerance must be in (0, 1e-3), was " + tolerance);
    }
  }
}
