package dev.parley.learn.reward;

import java.util.Objects;

/**
 * How a reward model's training objective (a mean loss over examples plus a ridge penalty) is minimised.
 * <ul>
 *   <li>{@link Method#LBFGS}: full-batch limited-memory BFGS (Nocedal 1980; Liu and Nocedal 1989) with
 *       the two-loop recursion over the last 10 curvature pairs, initial scaling
 *       {@code γ = sᵀy/yᵀy}, and a backtracking line search to the Armijo condition
 *       {@code f(θ + s·d) ≤ f(θ) + 10⁻⁴·s·gᵀd}; a pair is stored only when {@code sᵀy > 0}. It stops when
 *       {@code max |g| ≤ tolerance}, when no step decreases f, when three steps in a row decrease f by
 *       at most {@code 10⁻¹⁵·max(1, |f|)} (the floor of double precision), or after {@code maxIterations}
 *       steps.
 *       Deterministic.</li>
 *   <li>{@link Method#ADAM}: Adam (Kingma and Ba 2015, Algorithm 1; β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸)
 *       for {@code maxIterations} epochs of mini-batches of {@code batchSize} examples (0: the full
 *       batch) in an order reshuffled each epoch by the trainer's seed.</li>
 * </ul>
 *
 * @param method the method
 * @param maxIterations L-BFGS steps, or Adam epochs (≥ 1)
 * @param learningRate Adam's step size α &gt; 0 (L-BFGS: unused, 1 by convention)
 * @param batchSize Adam's mini-batch size (0: full batch); L-BFGS is always full batch (0)
 * @param tolerance L-BFGS's gradient tolerance ≥ 0 (Adam: unused)
 */
public record Solver(Method method, int maxIterations, double learningRate, int batchSize, double tolerance) {

  /** The optimisation method. */
  public enum Method {
    /** Full-batch limited-memory BFGS with Armijo backtracking. */
    LBFGS,
    /** Adam on shuffled mini-batches. */
    ADAM
  }

  public Solver {
    Objects.requireNonNull(method, "method");
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be ≥ 1, was " + maxIterations);
    }
    Vectors.positive("learningRate", learningRate);
    if (batchSize < 0) {
      throw new IllegalArgumentException("batchSize must be ≥ 0 (0: full batch), was " + batchSize);
    }
    if (method == Method.LBFGS && batchSize != 0) {
      throw new IllegalArgumentException("batchSize must be 0 (full batch) for LBFGS, was " + batchSize);
    }
    Vectors.nonNegative("tolerance", tolerance);
  }

  /** Full-batch L-BFGS to {@code max |g| ≤ tolerance}, at most {@code maxIterations} steps. */
  public static Solver lbfgs(int maxIterations, double tolerance) {
    return new Solver(Method.LBFGS, maxIterations, 1, 0, tolerance);
  }

  /** Adam for {@code epochs} epochs of mini-batches of {@code batchSize} (0: full batch). */
  public static Solver adam(int epochs, double learningRate, int batchSize) {
    return new Solver(Method.ADAM, epochs, learningRate, batchSize, 0);
  }
}
