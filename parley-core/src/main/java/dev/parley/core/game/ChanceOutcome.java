package dev.parley.core.game;

import java.util.Objects;

/** One outcome of a chance node and its probability. */
public record ChanceOutcome<A>(A action, double probability) {
  public ChanceOutcome {
    Objects.requireNonNull(action, "action");
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1], was " + probability);
    }
  }
}
