package dev.parley.core.episode;

/** How an episode ended. */
public enum EpisodeStatus {
  /** The game reached a terminal state. */
  COMPLETED,
  /** Stopped at the runner's move limit before a terminal state. */
  TRUNCATED,
  /** A seat forfeited under the illegal-action policy. */
  FORFEIT,
  /** Stopped by an error outside any agent's control. */
  ABORTED
}
