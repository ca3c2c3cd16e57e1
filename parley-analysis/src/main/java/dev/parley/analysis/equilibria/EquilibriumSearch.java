package dev.parley.analysis.equilibria;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one path-following search.
 *
 * @param status whether an equilibrium was found, or which budget stopped the search
 * @param equilibrium the equilibrium when {@code status} is {@link Status#FOUND}, else null
 * @param droppedLabel the label dropped at the start (0..m−1 row actions, m..m+n−1 column actions)
 * @param pivots pivots made
 */
public record EquilibriumSearch(Status status, Equilibrium equilibrium, int droppedLabel, int pivots) {

  /** How a search ended. */
  public enum Status {
    /** An equilibrium was found and verified. */
    FOUND,
    /** The pivot budget ran out. */
    PIVOT_LIMIT,
    /** The time budget ran out. */
    TIME_LIMIT,
    /** Rounding made the path lose its way (an unbounded ray or a profile failing the best-response check). */
    NUMERICAL_FAILURE
  }

  public EquilibriumSearch {
    Objects.requireNonNull(status, "status");
    if ((status == Status.FOUND) != (equilibrium != null)) {
      throw new IllegalArgumentException("equilibrium must be given exactly when status is FOUND; status "
          + status + ", equilibrium " + equilibrium);
    }
    if (pivots < 0) {
      throw new IllegalArgumentException("pivots must be ≥ 0, was " + pivots);
    }
  }

  public boolean found() {
    return status == Status.FOUND;
  }

  public Optional<Equilibrium> result() {
    return Optional.ofNullable(equilibrium);
  }
}
