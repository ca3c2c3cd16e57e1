package dev.parley.core.episode;

import java.util.Objects;

/**
 * Where a record came from: Parley's version and git commit, the versioned game id, and a hash of
 * the configuration that produced it. One instance is shared by all episodes of a run.
 */
public record Provenance(String parleyVersion, String gitCommit, String gameVersionedId, String configHash) {
  public Provenance {
    Objects.requireNonNull(parleyVersion, "parleyVersion");
    Objects.requireNonNull(gitCommit, "gitCommit");
    Objects.requireNonNull(gameVersionedId, "gameVersionedId");
    Objects.requireNonNull(configHash, "configHash");
  }
}
