package dev.parley.learn.data;

/** Where a preference record came from. */
public enum Source {
  /** Two decisions or continuations from the same context whose episodes ended with different returns. */
  OUTCOME,
  /** A pairwise judge (language model or rule) comparing two responses. */
  JUDGE,
  /** A person, e.g. through the web UI's labeling page. */
  HUMAN,
  /** Drawn from a known preference model (the learning lab's oracles). */
  SYNTHETIC,
  /** Derived from another record, e.g. by reward-augmented relabelling. */
  RELABELED,
  /** Read from an external dataset without Parley provenance. */
  IMPORTED
}
