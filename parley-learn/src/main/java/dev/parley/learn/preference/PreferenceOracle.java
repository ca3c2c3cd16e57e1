package dev.parley.learn.preference;

import dev.parley.learn.policy.PolicySpace;
import dev.parley.learn.policy.SoftmaxPolicy;
import java.util.List;
import java.util.Objects;

/**
 * The preference oracle of a {@link PolicySpace}: one {@link PreferenceMatrix} per context, over that
 * context's options. It answers {@code P(y ≻ y'|x)} and draws binary labels from it, and measures
 * policies in the preference game (exploitability averaged uniformly over contexts). Immutable.
 */
public final class PreferenceOracle {
  private final PolicySpace space;
  private final List<PreferenceMatrix> matrices;

  private PreferenceOracle(PolicySpace space, List<PreferenceMatrix> matrices) {
    this.space = space;
    this.matrices = matrices;
  }

  /**
   * An oracle from one matrix per context, in the space's context order.
   *
   * @throws IllegalArgumentException when the number of matrices or a matrix's size differs from the
   *     space
   */
  public static PreferenceOracle of(PolicySpace space, List<PreferenceMatrix> matrices) {
    Objects.requireNonNull(space, "space");
    List<PreferenceMatrix> list = List.copyOf(Objects.requireNonNull(matrices, "matrices"));
    if (list.size() != space.contextCount()) {
      throw new IllegalArgumentException("matrices must hold one matrix per context (" + space.contextCount()
          + "), holds " + list.size());
    }
    for (int c = 0; c < list.size(); c++) {
      if (list.get(c).size() != space.optionCount(c)) {
        throw new IllegalArgumentException("matrix of context '" + space.context(c) + "' is " + list.get(c).size()
            + "×" + list.get(c).size() + " but the context has " + space.optionCount(c) + " options");
      }
    }
    return new PreferenceOracle(space, list);
  }

  /** A one-context oracle on {@link PolicySpace#single(int)}. */
  public static PreferenceOracle single(PreferenceMatrix matrix) {
    return of(PolicySpace.single(matrix.size()), List.of(matrix));
  }

  public PolicySpace space() {
    return space;
  }

  public PreferenceMatrix matrix(int c) {
    return matrices.get(c);
  }

  /** {@code P(y_i ≻ y_j | x_c)}. */
  public double probability(int c, int i, int j) {
    return matrices.get(c).get(i, j);
  }

  /** Exploitability {@code max_y P(y ≻ π) − ½}, averaged over contexts. */
  public double exploitability(SoftmaxPolicy policy) {
    requireSpace(policy);
    double sum = 0;
    for (int c = 0; c < matrices.size(); c++) {
      sum += matrices.get(c).exploitability(policy.probabilities(c));
    }
    return sum / matrices.size();
  }

  /** Exploitability in the τ-regularised game against reference μ, averaged over contexts. */
  public double regularisedExploitability(SoftmaxPolicy policy, double tau, SoftmaxPolicy reference) {
    requireSpace(policy);
    requireSpace(reference);
    double sum = 0;
    for (int c = 0; c < matrices.size(); c++) {
      sum += matrices.get(c).regularisedExploitability(policy.probabilities(c), tau, reference.probabilities(c));
    }
    return sum / matrices.size();
  }

  /** The regularised Nash equilibrium π*_τ of every context against the reference μ. */
  public SoftmaxPolicy regularisedNash(double tau, SoftmaxPolicy reference) {
    requireSpace(reference);
    double[][] p = new double[matrices.size()][];
    for (int c = 0; c < p.length; c++) {
      p[c] = matrices.get(c).regularisedNash(tau, reference.probabilities(c));
    }
    return SoftmaxPolicy.ofProbabilities(space, p);
  }

  /** The von Neumann winner of every context (it may put probability 0 on some options). */
  public double[][] vonNeumannWinners() {
    double[][] p = new double[matrices.size()][];
    for (int c = 0; c < p.length; c++) {
      p[c] = matrices.get(c).vonNeumannWinner();
    }
    return p;
  }

  private void requireSpace(SoftmaxPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    if (!policy.space().equals(space)) {
      throw new IllegalArgumentException("policy space " + policy.space() + " differs from the oracle's " + space);
    }
  }
}
