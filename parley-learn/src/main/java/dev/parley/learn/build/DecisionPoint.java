package dev.parley.learn.build;

import dev.parley.core.episode.Episode;
import java.util.Objects;

/**
 * One decision of a seat read back from an episode: the context it was made in, what the seat
 * answered (a model's raw reply, or a scripted move written as a player following the format
 * instructions would write it, {@link dev.parley.core.game.ActionCodec#reply}), the canonical
 * action, where it happened and how the episode ended for that seat.
 *
 * @param context what the seat was shown
 * @param completion the seat's answer, the side of a preference pair
 * @param action the canonical text of the action played
 * @param move the action's move without talk ({@link dev.parley.core.game.ActionCodec#move}); the
 *     action itself in games without talk
 * @param episode the episode (for a branch re-play, the branch's whole episode)
 * @param step index of the decision in {@code episode.steps()}
 * @param branch the branch index of a re-play, −1 for a stored episode
 * @param outcome the episode's outcome for the acting seat ({@link OutcomeMeasure})
 */
public record DecisionPoint(PromptContext context, String completion, String action, String move, Episode episode,
    int step, int branch, double outcome) {

  public DecisionPoint {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(completion, "completion");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(move, "move");
    Objects.requireNonNull(episode, "episode");
    if (step < 0 || step >= episode.steps().size()) {
      throw new IllegalArgumentException("step must be in 0.." + (episode.steps().size() - 1) + " of episode "
          + episode.id() + ", was " + step);
    }
    if (branch < -1) {
      throw new IllegalArgumentException("branch must be ≥ -1, was " + branch);
    }
  }

  /** The acting seat. */
  public int seat() {
    return context.seat();
  }
}
