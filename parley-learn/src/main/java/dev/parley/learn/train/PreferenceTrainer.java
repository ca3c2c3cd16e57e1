package dev.parley.learn.train;

/**
 * A preference-optimisation algorithm on tabular softmax policies. Each implementation is configured by
 * its own config record (hyperparameters, iterations, update rule, sampling, seed, checkpoints) and is
 * deterministic: the same problem and config give the same result, bit for bit.
 */
public interface PreferenceTrainer {

  /** A short name of the algorithm and its main hyperparameters, for logs and charts. */
  String name();

  /** Runs the algorithm on a problem. */
  TrainingResult train(PreferenceProblem problem);
}
