package dev.parley.core.tournament;

/** Progress of a long run, for bars and logs. Called from the thread that stores episodes. */
public interface Progress {
  Progress NONE = new Progress() {};

  /** The run starts (or resumes) with {@code alreadyDone} of {@code total} episodes stored. */
  default void started(long total, long alreadyDone) {}

  /** {@code done} episodes of the total are now stored. */
  default void advanced(long done) {}

  default void finished() {}
}
