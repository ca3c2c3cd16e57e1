package dev.parley.analysis.ratings;

import java.util.Arrays;
import java.util.Objects;

/**
 * Online Elo (REFERENCE §4.1): for each battle in order, with first-player score S ∈ {1, ½, 0},
 * {@code E = 1/(1 + base^((R_B − R_A)/scale))}, {@code R_A += K(S − E)}, {@code R_B −= K(S − E)}.
 * A row with count c is played c times in a row. Order-dependent by design.
 */
public final class Elo implements PairwiseRating {
  private final EloConfig config;
  private final double lnBaseOverScale;

  public Elo(EloConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.lnBaseOverScale = Math.log(config.base()) / config.scale();
  }

  public EloConfig config() {
    return config;
  }

  /** Expected score of a player rated {@code ra} against one rated {@code rb}. */
  public double expectedScore(double ra, double rb) {
    return 1 / (1 + Math.exp((rb - ra) * lnBaseOverScale));
  }

  @Override
  public Ratings rate(Battles battles) {
    double[] r = new double[battles.playerCount()];
    Arrays.fill(r, config.initial());
    double k = config.k();
    double c = lnBaseOverScale;
    int rows = battles.rows();
    for (int row = 0; row < rows; row++) {
      int a = battles.first(row);
      int b = battles.second(row);
      double s = battles.score(row);
      for (int t = battles.count(row); t > 0; t--) {
        double delta = k * (s - 1 / (1 + Math.exp((r[b] - r[a]) * c)));
        r[a] += delta;
        r[b] -= delta;
      }
    }
    return new Ratings(battles.players(), r, "elo " + config);
  }
}
