package dev.parley.core.episode;

import java.util.List;
import java.util.Objects;

/**
 * The record of one game: which run and match it belongs to, the canonical game spec, the agent
 * spec of each seat, the seed, every step, the returns, violations, status and provenance,
 * wall-clock timing (the only part that differs between replays with the same seed), and in a
 * campaign the feedback a critic gave on this episode.
 */
public record Episode(
    String runId,
    long matchIndex,
    String game,
    List<String> seats,
    long seed,
    List<Step> steps,
    List<Double> returns,
    List<Violation> violations,
    EpisodeStatus status,
    Provenance provenance,
    long startedAtMillis,
    long durationNanos,
    List<dev.parley.core.agent.Feedback> feedback) {

  /** An episode without feedback (tournaments). */
  public Episode(String runId, long matchIndex, String game, List<String> seats, long seed, List<Step> steps,
      List<Double> returns, List<Violation> violations, EpisodeStatus status, Provenance provenance,
      long startedAtMillis, long durationNanos) {
    this(runId, matchIndex, game, seats, seed, steps, returns, violations, status, provenance, startedAtMillis,
        durationNanos, List.of());
  }

  public Episode {
    feedback = List.copyOf(feedback);
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(game, "game");
    seats = List.copyOf(seats);
    steps = List.copyOf(steps);
    returns = List.copyOf(returns);
    violations = List.copyOf(violations);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(provenance, "provenance");
    if (returns.size() != seats.size()) {
      throw new IllegalArgumentException("returns has " + returns.size() + " entries for " + seats.size()
          + " seats");
    }
  }

  /** {@code run/match}, unique within a store. */
  public String id() {
    return runId + "/" + matchIndex;
  }

  public double returnOf(int seat) {
    return returns.get(seat);
  }

  /** This episode with timing zeroed, for comparing replays. */
  public Episode withoutTiming() {
    return new Episode(runId, matchIndex, game, seats, seed, steps, returns, violations, status, provenance, 0, 0,
        feedback);
  }

  /** This episode with the feedback given on it. */
  public Episode withFeedback(List<dev.parley.core.agent.Feedback> given) {
    return new Episode(runId, matchIndex, game, seats, seed, steps, returns, violations, status, provenance,
        startedAtMillis, durationNanos, given);
  }
}
