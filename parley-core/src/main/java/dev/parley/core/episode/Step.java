package dev.parley.core.episode;

import dev.parley.core.agent.DecisionTrace;
import java.util.Objects;

/**
 * One move in an episode: the move number (seats moving at once share it), the acting seat
 * ({@code -1} for chance), the action's canonical text, and the decision trace when the agent
 * left one (model-driven agents; null for scripted agents and chance).
 */
public record Step(int move, int seat, String action, DecisionTrace trace) {
  public Step {
    Objects.requireNonNull(action, "action");
    if (move < 0) {
      throw new IllegalArgumentException("move must be ≥ 0, was " + move);
    }
  }
}
