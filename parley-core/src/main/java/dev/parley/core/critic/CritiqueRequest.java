package dev.parley.core.critic;

import dev.parley.core.episode.Episode;
import dev.parley.core.game.Game;
import java.util.List;
import java.util.Objects;

/**
 * What a critic reads: the game, the seat it coaches, that seat's episodes so far in the campaign
 * (oldest first; the last one just ended), the feedback it gave before, and a seed for any
 * randomness (e.g. which tips to draw).
 */
public record CritiqueRequest(Game<?> game, int seat, List<Episode> history,
    List<dev.parley.core.agent.Feedback> earlierFeedback, long seed) {
  public CritiqueRequest {
    Objects.requireNonNull(game, "game");
    history = List.copyOf(history);
    earlierFeedback = List.copyOf(earlierFeedback);
    if (history.isEmpty()) {
      throw new IllegalArgumentException("a critique needs at least one episode");
    }
    if (seat < 0 || seat >= game.numPlayers()) {
      throw new IllegalArgumentException("seat " + seat + " outside 0.." + (game.numPlayers() - 1));
    }
  }

  /** The episode just played. */
  public Episode last() {
    return history.get(history.size() - 1);
  }
}
