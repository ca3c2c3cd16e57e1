package dev.parley.analysis.ratings;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A Bradley–Terry fit: display ratings, Newton steps taken, whether the gradient test passed,
 * whether the estimate exists ({@code bounded}: false when some group of players never lost to the
 * others and no prior is set, see {@link BradleyTerry}), the final largest per-battle residual and
 * the negative log-likelihood (in nats, without the prior).
 */
public record BradleyTerryFit(
    List<String> players,
    double[] ratings,
    int iterations,
    boolean converged,
    boolean bounded,
    double maxResidual,
    double negLogLikelihood,
    BradleyTerryConfig config) {

  public BradleyTerryFit {
    players = List.copyOf(players);
    Objects.requireNonNull(ratings, "ratings");
    Objects.requireNonNull(config, "config");
    if (ratings.length != players.size()) {
      throw new IllegalArgumentException("ratings has " + ratings.length + " entries for " + players.size()
          + " players");
    }
    ratings = ratings.clone();
  }

  /** A copy of the display ratings. */
  @Override
  public double[] ratings() {
    return ratings.clone();
  }

  public double rating(int player) {
    return ratings[player];
  }

  /** The fit as plain {@link Ratings}. */
  public Ratings asRatings() {
    return new Ratings(players, ratings, "bradley-terry " + config);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BradleyTerryFit f && players.equals(f.players) && Arrays.equals(ratings, f.ratings)
        && iterations == f.iterations && converged == f.converged && bounded == f.bounded
        && Double.compare(maxResidual, f.maxResidual) == 0
        && Double.compare(negLogLikelihood, f.negLogLikelihood) == 0 && config.equals(f.config);
  }

  @Override
  public int hashCode() {
    return Objects.hash(players, Arrays.hashCode(ratings), iterations, converged, bounded, maxResidual,
        negLogLikelihood, config);
  }

  @Override
  public String toString() {
    return "BradleyTerryFit[" + players + " " + Arrays.toString(ratings) + ", iterations=" + iterations
        + ", converged=" + converged + ", bounded=" + bounded + ", maxResidual=" + maxResidual + "]";
  }
}
