package dev.parley.analysis.ratings;

/**
 * TrueSkill parameters (Herbrich, Minka, Graepel 2007; REFERENCE §4.3): prior skill
 * N({@code mu}, {@code sigma}²), performance noise {@code beta}, dynamics {@code tau} added to every
 * σ² before a game, and the chance {@code drawProbability} that two evenly matched players draw.
 * The multi-team factor graph repeats its inner schedule until no truncation message moves by more
 * than {@code minDelta} (at most {@code maxIterations} times), as the {@code trueskill} package does.
 */
public record TrueSkillConfig(
    double mu,
    double sigma,
    double beta,
    double tau,
    double drawProbability,
    double minDelta,
    int maxIterations) {

  /** Defaults of the {@code trueskill} package: μ 25, σ 25/3, β 25/6, τ 25/300, draws 10%. */
  public static final TrueSkillConfig DEFAULTS =
      new TrueSkillConfig(25, 25.0 / 3, 25.0 / 6, 25.0 / 300, 0.10, 1e-4, 10);

  public TrueSkillConfig {
    if (!Double.isFinite(mu)) {
      throw new IllegalArgumentException("mu must be finite, was " + mu);
    }
    if (!(sigma > 0) || Double.isInfinite(sigma)) {
      throw new IllegalArgumentException("sigma must be a positive finite number, was " + sigma);
    }
    if (!(beta > 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("beta must be a positive finite number, was " + beta);
    }
    if (!(tau >= 0) || Double.isInfinite(tau)) {
      throw new IllegalArgumentException("tau must be a finite number ≥ 0, was " + tau);
    }
    if (!(drawProbability >= 0 && drawProbability < 1)) {
      throw new IllegalArgumentException("drawProbability must be in [0, 1), was " + drawProbability);
    }
    if (!(minDelta > 0)) {
      throw new IllegalArgumentException("minDelta must be > 0, was " + minDelta);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be ≥ 1, was " + maxIterations);
    }
  }

  /** The prior rating N(μ, σ²) of a new player. */
  public TrueSkillRating prior() {
    return new TrueSkillRating(mu, sigma);
  }

  public TrueSkillConfig withDrawProbability(double p) {
    return new TrueSkillConfig(mu, sigma, beta, tau, p, minDelta, maxIterations);
  }
}
