package dev.parley.core.tournament;

import dev.parley.core.episode.Episode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a store and fails one {@link #append} call, simulating a crash: either before the batch is
 * committed (nothing of it stored) or after (all of it stored, but the caller never hears back).
 */
final class FailingRunStore extends ForwardingRunStore {
  enum When { BEFORE_COMMIT, AFTER_COMMIT }

  private final int failingCall;
  private final When when;
  final AtomicInteger appends = new AtomicInteger();

  /** Fails the {@code failingCall}-th append (1-based). */
  FailingRunStore(RunStore delegate, int failingCall, When when) {
    super(delegate);
    this.failingCall = failingCall;
    this.when = when;
  }

  @Override
  public void append(String runId, List<Episode> episodes) {
    int call = appends.incrementAndGet();
    if (call == failingCall && when == When.BEFORE_COMMIT) {
      throw new IllegalStateException("simulated crash before commit of append #" + call);
    }
    super.append(runId, episodes);
    if (call == failingCall) {
      throw new IllegalStateException("simulated crash after commit of append #" + call);
    }
  }
}
