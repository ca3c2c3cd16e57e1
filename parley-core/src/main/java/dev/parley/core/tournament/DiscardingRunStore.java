package dev.parley.core.tournament;

import dev.parley.core.episode.Episode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A {@link RunStore} that keeps runs and which matches finished, but drops the episodes: for
 * benchmarks and throw-away runs where only the totals matter.
 */
public final class DiscardingRunStore implements RunStore {
  private final Map<String, RunRecord> runs = new HashMap<>();
  private final Map<String, BitSet> done = new HashMap<>();

  @Override
  public void createRun(RunRecord run) {
    if (runs.putIfAbsent(run.id(), run) != null) {
      throw new IllegalStateException("run '" + run.id() + "' already exists");
    }
    done.put(run.id(), new BitSet());
  }

  @Override
  public Optional<RunRecord> findRun(String runId) {
    return Optional.ofNullable(runs.get(runId));
  }

  @Override
  public List<RunRecord> runs() {
    List<RunRecord> all = new ArrayList<>(runs.values());
    all.sort(java.util.Comparator.comparingLong(RunRecord::createdAtMillis).reversed());
    return all;
  }

  @Override
  public BitSet completedMatches(String runId) {
    return (BitSet) bits(runId).clone();
  }

  @Override
  public void append(String runId, List<Episode> episodes) {
    BitSet bits = bits(runId);
    BitSet batch = new BitSet();
    for (Episode e : episodes) {
      int i = Math.toIntExact(e.matchIndex());
      if (bits.get(i) || batch.get(i)) {
        throw new IllegalStateException("episode " + e.id() + " is already stored");
      }
      batch.set(i);
    }
    bits.or(batch);
  }

  @Override
  public void updateStatus(String runId, RunStatus status, long finishedAtMillis) {
    runs.computeIfPresent(runId, (k, r) -> r.withStatus(status, finishedAtMillis));
  }

  @Override
  public void forEachEpisode(String runId, Consumer<Episode> action) {
    if (!bits(runId).isEmpty()) {
      throw new IllegalStateException("the episodes of run '" + runId + "' were discarded");
    }
  }

  @Override
  public long countEpisodes(String runId) {
    return bits(runId).cardinality();
  }

  private BitSet bits(String runId) {
    BitSet b = done.get(runId);
    if (b == null) {
      throw new IllegalArgumentException("no run '" + runId + "'");
    }
    return b;
  }

  @Override
  public void close() {}
}
