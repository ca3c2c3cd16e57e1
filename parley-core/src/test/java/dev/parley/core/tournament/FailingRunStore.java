package dev.parley.core.tournament;

import dev.parley.core.episode.Episode;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Wraps a store and fails one {@link #append} call, simulating a crash: either before the batch is
 * committed (nothing of it stored) or after (all of it stored, but the caller never hears back).
 */
final class FailingRunStore implements RunStore {
  enum When { BEFORE_COMMIT, AFTER_COMMIT }

  private final RunStore delegate;
  private final int failingCall;
  private final When when;
  final AtomicInteger appends = new AtomicInteger();

  /** Fails the {@code failingCall}-th append (1-based). */
  FailingRunStore(RunStore delegate, int failingCall, When when) {
    this.delegate = delegate;
    this.failingCall = failingCall;
    this.when = when;
  }

  @Override
  public void append(String runId, List<Episode> episodes) {
    int call = appends.incrementAndGet();
    if (call == failingCall && when == When.BEFORE_COMMIT) {
      throw new IllegalStateException("simulated crash before commit of append #" + call);
    }
    delegate.append(runId, episodes);
    if (call == failingCall) {
      throw new IllegalStateException("simulated crash after commit of append #" + call);
    }
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
