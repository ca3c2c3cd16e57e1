package dev.parley.learn.reward;

import java.util.Objects;

/**
 * A trained model with the state of its optimisation.
 *
 * @param model the trained model
 * @param loss the full-batch training objective at the end (mean loss plus penalty)
 * @param gradientNorm {@code max |∂objective/∂θ|} at the end
 * @param iterations L-BFGS steps taken, or Adam epochs run
 * @param <M> the model type
 */
public record Fit<M>(M model, double loss, double gradientNorm, int iterations) {
  public Fit {
    Objects.requireNonNull(model, "model");
  }
}
