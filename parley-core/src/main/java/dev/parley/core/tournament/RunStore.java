package dev.parley.core.tournament;

import dev.parley.core.episode.Episode;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where runs and their episodes are kept. {@link #append} is atomic: after a crash a batch is
 * either wholly stored or not at all, and an episode (run, match index) is stored at most once.
 * Implementations are used by one writer thread at a time.
 */
public interface RunStore extends AutoCloseable {

  /** Stores a new run. @throws IllegalStateException if the id is taken */
  void createRun(RunRecord run);

  Optional<RunRecord> findRun(String runId);

  /** All runs, newest first (runs created in the same millisecond by id, descending). */
  List<RunRecord> runs();

  /** Match indices of the run's stored episodes. */
  BitSet completedMatches(String runId);

  /**
   * Stores a batch of episodes of one run in one transaction.
   *
   * @throws IllegalStateException if an episode of the batch is already stored
   */
  void append(String runId, List<Episode> episodes);

  void updateStatus(String runId, RunStatus status, long finishedAtMillis);

  /** Streams the run's episodes in match order without holding them all in memory. */
  void forEachEpisode(String runId, Consumer<Episode> action);

  long countEpisodes(String runId);

  @Override
  void close();
}
