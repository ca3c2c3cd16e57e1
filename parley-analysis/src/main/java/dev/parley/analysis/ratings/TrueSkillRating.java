package dev.parley.analysis.ratings;

/** A TrueSkill belief N(μ, σ²) about one player's skill. */
public record TrueSkillRating(double mu, double sigma) {

  public TrueSkillRating {
    if (!Double.isFinite(mu)) {
      throw new IllegalArgumentException("mu must be finite, was " + mu);
    }
    if (!(sigma > 0) || Double.isInfinite(sigma)) {
      throw new IllegalArgumentException("sigma must be a positive finite number, was " + sigma);
    }
  }

  /** The leaderboard score μ − 3σ (0 at the default prior). */
  public double conservative() {
    return mu - 3 * sigma;
  }
}
