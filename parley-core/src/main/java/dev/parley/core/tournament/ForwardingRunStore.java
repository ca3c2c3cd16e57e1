package dev.parley.core.tournament;

import dev.parley.core.episode.Episode;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A store that passes every call to another; override the calls to change (inject a failure,
 * watch appends, count reads). Closing it closes the other store.
 */
public abstract class ForwardingRunStore implements RunStore {
  private final RunStore delegate;

  protected ForwardingRunStore(RunStore delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /** The store calls are passed to. */
  protected RunStore delegate() {
    return delegate;
  }

  @Override
  public void createRun(RunRecord run) {
    delegate.createRun(run);
  }

  @Override
  public Optional<RunRecord> findRun(String runId) {
    return delegate.findRun(runId);
  }

  @Override
  public List<RunRecord> runs() {
    return delegate.runs();
  }

  @Override
  public BitSet completedMatches(String runId) {
    return delegate.completedMatches(runId);
  }

  @Override
  public void append(String runId, List<Episode> episodes) {
    delegate.append(runId, episodes);
  }

  @Override
  public void updateStatus(String runId, RunStatus status, long finishedAtMillis) {
    delegate.updateStatus(runId, status, finishedAtMillis);
  }

  @Override
  public void forEachEpisode(String runId, Consumer<Episode> action) {
    delegate.forEachEpisode(runId, action);
  }

  @Override
  public long countEpisodes(String runId) {
    return delegate.countEpisodes(runId);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
