package dev.parley.learn.reward;

/**
 * A training objective over n examples and a flat parameter vector: the mean loss of a batch of examples
 * plus the regularisation penalty, with its analytic gradient.
 */
interface Objective {

  /** The number of examples n. */
  int examples();

  /**
   * The mean loss of examples {@code order[from], …, order[to − 1]} plus the penalty at θ; writes the
   * gradient (overwriting {@code gradient}).
   */
  double evaluate(double[] theta, double[] gradient, int[] order, int from, int to);

  /** The full-batch objective. */
  default double evaluate(double[] theta, double[] gradient) {
    return evaluate(theta, gradient, Vectors.identity(examples()), 0, examples());
  }
}
