package dev.parley.core.engine;

import dev.parley.core.episode.Provenance;
import java.util.List;
import java.util.Objects;

/** Identity of one episode to run: run id, match index, seed, seat specs and provenance. */
public record MatchInfo(String runId, long matchIndex, long seed, List<String> seats, Provenance provenance) {
  public MatchInfo {
    Objects.requireNonNull(runId, "runId");
    seats = List.copyOf(seats);
    Objects.requireNonNull(provenance, "provenance");
  }
}
