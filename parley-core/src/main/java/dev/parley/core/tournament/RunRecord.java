package dev.parley.core.tournament;

import dev.parley.core.episode.Provenance;
import java.util.Map;
import java.util.Objects;

/**
 * A stored run: id, kind (e.g. {@code tournament}), name, canonical game spec, the settings that
 * made it (enough to rebuild the plan on resume), seed, planned episode count, status, times and
 * provenance.
 */
public record RunRecord(
    String id,
    String kind,
    String name,
    String game,
    Map<String, String> config,
    long seed,
    long planned,
    RunStatus status,
    long createdAtMillis,
    long finishedAtMillis,
    Provenance provenance) {

  public RunRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(game, "game");
    config = Map.copyOf(config);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(provenance, "provenance");
  }

  public RunRecord withStatus(RunStatus s, long finishedAt) {
    return new RunRecord(id, kind, name, game, config, seed, planned, s, createdAtMillis, finishedAt, provenance);
  }
}
