package dev.parley.core.tournament;

import dev.parley.core.episode.Episode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** A {@link RunStore} in memory, for tests and quick runs. Holds every episode: not for huge runs. */
public final class InMemoryRunStore implements RunStore {
  private final Map<String, RunRecord> runs = new LinkedHashMap<>();
  private final Map<String, TreeMap<Long, Episode>> episodes = new LinkedHashMap<>();

  @Override
  public synchronized void createRun(RunRecord run) {
    if (runs.putIfAbsent(run.id(), run) != null) {
      throw new IllegalStateException("run '" + run.id() + "' already exists");
    }
    episodes.put(run.id(), new TreeMap<>());
  }

  @Override
  public synchronized Optional<RunRecord> findRun(String runId) {
    return Optional.ofNullable(runs.get(runId));
  }

  @Override
  public synchronized List<RunRecord> runs() {
    List<RunRecord> all = new ArrayList<>(runs.values());
    all.sort(Comparator.comparingLong(RunRecord::createdAtMillis).thenComparing(RunRecord::id).reversed());
    return all;
  }

  @Override
  public synchronized BitSet completedMatches(String runId) {
    BitSet done = new BitSet();
    for (long i : stored(runId).keySet()) {
      done.set(Math.toIntExact(i));
    }
    return done;
  }

  @Override
  public synchronized void append(String runId, List<Episode> batch) {
    TreeMap<Long, Episode> stored = stored(runId);
    java.util.Set<Long> inBatch = new java.util.HashSet<>();
    for (Episode e : batch) {
      if (!e.runId().equals(runId)) {
        throw new IllegalArgumentException("episode of run " + e.runId() + " appended to run " + runId);
      }
      if (stored.containsKey(e.matchIndex()) || !inBatch.add(e.matchIndex())) {
        throw new IllegalStateException("episode " + e.id() + " is already stored");
      }
    }
    for (Episode e : batch) {
      stored.put(e.matchIndex(), e);
    }
  }

  @Override
  public synchronized void updateStatus(String runId, RunStatus status, long finishedAtMillis) {
    RunRecord r = runs.get(runId);
    if (r == null) {
      throw new IllegalArgumentException("no run '" + runId + "'");
    }
    runs.put(runId, r.withStatus(status, finishedAtMillis));
  }

  @Override
  public void forEachEpisode(String runId, Consumer<Episode> action) {
    List<Episode> copy;
    synchronized (this) {
      copy = new ArrayList<>(stored(runId).values());
    }
    copy.forEach(action);
  }

  @Override
  public synchronized long countEpisodes(String runId) {
    return stored(runId).size();
  }

  private TreeMap<Long, Episode> stored(String runId) {
    TreeMap<Long, Episode> m = episodes.get(runId);
    if (m == null) {
      throw new IllegalArgumentException("no run '" + runId + "'");
    }
    return m;
  }

  @Override
  public void close() {}
}
