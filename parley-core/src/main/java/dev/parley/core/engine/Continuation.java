package dev.parley.core.engine;

import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Step;
import dev.parley.core.episode.Violation;
import dev.parley.core.game.GameState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where an episode is to be continued from: the state reached, the steps that led there (recorded
 * as the start of the new episode), the violations of those steps, and actions imposed at the first
 * move of the continuation by seat (those seats' agents are not asked then).
 *
 * @see EpisodeRunner#continueFrom
 */
public record Continuation<A>(GameState<A> state, List<Step> prefix, List<Violation> violations,
    Map<Integer, A> forced) {
  public Continuation {
    Objects.requireNonNull(state, "state");
    prefix = List.copyOf(prefix);
    violations = List.copyOf(violations);
    forced = Map.copyOf(forced);
  }

  /**
   * Continues {@code source} from {@code state}, the state after {@code prefix} (the source's first
   * steps), keeping the source's violations of the moves before it.
   */
  public static <A> Continuation<A> of(Episode source, List<Step> prefix, GameState<A> state, Map<Integer, A> forced) {
    int first = firstMove(prefix);
    List<Violation> before = new ArrayList<>();
    for (Violation v : source.violations()) {
      if (v.move() < first) {
        before.add(v);
      }
    }
    return new Continuation<>(state, prefix, before, forced);
  }

  /** The move number of the first move after the prefix. */
  public int firstMove() {
    return firstMove(prefix);
  }

  private static int firstMove(List<Step> prefix) {
    return prefix.isEmpty() ? 0 : prefix.get(prefix.size() - 1).move() + 1;
  }
}
