package dev.parley.learn.losses;

/**
 * An offline pairwise preference loss on the log-probability inputs of REFERENCE §6.1, with its
 * analytic gradient. Each implementation is a record holding its hyperparameters and cites the equation
 * it implements; all are checked against the vectors of REFERENCE §9.1 and against finite differences.
 */
public sealed interface PairwiseLoss
    permits DpoLoss, ConservativeDpoLoss, RobustDpoLoss, IpoLoss, HingeLoss, SimPoLoss {

  /** The loss of one pair and its derivatives with respect to {@code lw} and {@code ll}. */
  PairLoss evaluate(PairLogProbs pair);

  /** Whether the loss reads the reference log-probabilities (SimPO does not). */
  default boolean usesReference() {
    return true;
  }

  /** A short name for charts and logs, e.g. {@code dpo(β=0.1)}. */
  String label();
}
