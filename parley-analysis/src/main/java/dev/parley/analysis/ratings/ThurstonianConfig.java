package dev.parley.analysis.ratings;

/**
 * Thurstonian utility fit (Mazeika et al., "Utility Engineering", 2025; REFERENCE §4.5): Adam with
 * {@code learningRate} for {@code epochs} full-batch steps (β₁ 0.9, β₂ 0.999, ε 1e-8 as PyTorch),
 * μ initialised from N(0, 1) with {@code seed} and log σ² at 0, and {@code varianceFloor} added to
 * σ_A² + σ_B² inside the square root.
 */
public record ThurstonianConfig(double learningRate, int epochs, long seed, double varianceFloor) {

  /** lr 0.01, 1000 epochs, seed 0, floor 1e-5. */
  public static final ThurstonianConfig DEFAULTS = new ThurstonianConfig(0.01, 1000, 0, 1e-5);

  public ThurstonianConfig {
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException("learningRate must be a positive finite number, was " + learningRate);
    }
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be ≥ 1, was " + epochs);
    }
    if (!(varianceFloor >= 0) || Double.isInfinite(varianceFloor)) {
      throw new IllegalArgumentException("varianceFloor must be a finite number ≥ 0, was " + varianceFloor);
    }
  }

  public ThurstonianConfig withEpochs(int newEpochs) {
    return new ThurstonianConfig(learningRate, newEpochs, seed, varianceFloor);
  }

  public ThurstonianConfig withSeed(long newSeed) {
    return new ThurstonianConfig(learningRate, epochs, newSeed, varianceFloor);
  }
}
