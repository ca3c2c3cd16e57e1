package dev.parley.core.episode;

import java.util.Objects;

/**
 * Agent misbehaviour recorded in an episode, and how the match's illegal-action policy resolved it.
 */
public record Violation(int move, int seat, Kind kind, String detail, Resolution resolution) {

  /** What went wrong. */
  public enum Kind { MALFORMED, NOT_LEGAL, TIMEOUT, AGENT_ERROR }

  /**
   * What the engine did about it. {@code IGNORED}: the agent failed while being told something
   * (an observation, the end of the episode), which does not change play.
   */
  public enum Resolution { REPROMPTED, RANDOM_LEGAL, DEFAULT_ACTION, FORFEIT, IGNORED }

  public Violation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(resolution, "resolution");
  }
}
