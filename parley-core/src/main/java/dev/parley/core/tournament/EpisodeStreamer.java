package dev.parley.core.tournament;

import dev.parley.core.episode.Episode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Plays units of work (a tournament match, a whole campaign) with bounded parallelism and streams
 * the episodes they produce to a {@link RunStore}: workers hand batches to one writer through a
 * bounded queue, the writer stores a batch per transaction and then passes each stored episode to
 * a consumer (running totals). Memory stays bounded however many episodes. Units already done are
 * skipped, which is what makes runs resumable.
 */
public final class EpisodeStreamer {
  /** Episodes per store transaction. */
  public static final int BATCH = 1024;
  private static final long FLUSH_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
  /** Episodes a worker collects before handing them to the writer (fewer hand-overs, less contention). */
  private static final int WORKER_BATCH = 256;
  private static final long WORKER_FLUSH_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  /** Handed over by the last worker to finish: nothing more will come. */
  private static final List<Episode> END = List.of();

  private final String runId;
  private final RunStore store;
  private final Consumer<Episode> onStored;
  private final Progress progress;

  /**
   * @param onStored called on the writer thread for every episode once it is stored
   */
  public EpisodeStreamer(String runId, RunStore store, Consumer<Episode> onStored, Progress progress) {
    this.runId = Objects.requireNonNull(runId, "runId");
    this.store = Objects.requireNonNull(store, "store");
    this.onStored = Objects.requireNonNull(onStored, "onStored");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * Plays units {@code 0..units-1} except those {@code skip} accepts; {@code play} returns the
   * episodes of a unit that are to be stored (possibly none). {@code totalEpisodes} and
   * {@code storedEpisodes} feed the progress report.
   */
  public void run(int units, IntPredicate skip, IntFunction<List<Episode>> play, int threads, boolean virtualThreads,
      long totalEpisodes, long storedEpisodes) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be ≥ 1, was " + threads);
    }
    progress.started(totalEpisodes, storedEpisodes);
    Writer writer = new Writer(storedEpisodes);
    if (threads == 1) {
      for (int u = 0; u < units; u++) {
        if (!skip.test(u)) {
          writer.addAll(play.apply(u));
          writer.maybeFlush();
        }
      }
      writer.flush();
    } else {
      runParallel(units, skip, play, threads, virtualThreads, writer);
    }
    progress.finished();
  }

  private void runParallel(int units, IntPredicate skip, IntFunction<List<Episode>> play, int threads,
      boolean virtualThreads, Writer writer) {
    BlockingQueue<List<Episode>> queue = new ArrayBlockingQueue<>(threads * 4);
    AtomicInteger cursor = new AtomicInteger();
    AtomicInteger running = new AtomicInteger(threads);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      Thread w = WorkerThreads.create("parley-worker-" + t, () -> {
        try {
          List<Episode> batch = new ArrayList<>(WORKER_BATCH);
          long batchStart = 0;
          while (failure.get() == null) {
            int u = next(cursor, skip, units);
            if (u < 0) {
              break;
            }
            if (batch.isEmpty()) {
              batchStart = System.nanoTime();
            }
            batch.addAll(play.apply(u));
            if (batch.size() >= WORKER_BATCH || System.nanoTime() - batchStart > WORKER_FLUSH_NANOS) {
              if (!batch.isEmpty()) {
                handOver(queue, batch, failure);
              }
              batch = new ArrayList<>(WORKER_BATCH);
            }
          }
          if (!batch.isEmpty()) {
            handOver(queue, batch, failure);
          }
        } catch (InterruptedException e) {
          failure.compareAndSet(null, e);
          Thread.currentThread().interrupt();
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        } finally {
          if (running.decrementAndGet() == 0) {
            queue.offer(END);
          }
        }
      }, virtualThreads);
      workers.add(w);
      w.start();
    }
    try {
      while (true) {
        List<Episode> batch = queue.poll(50, TimeUnit.MILLISECONDS);
        if (batch == END) {
          break;
        }
        if (batch != null) {
          writer.addAll(batch);
          writer.maybeFlush();
        } else {
          writer.maybeFlush();
          if (running.get() == 0 && queue.isEmpty()) {
            break;
          }
        }
        if (failure.get() != null) {
          break;
        }
      }
      writer.flush();
    } catch (InterruptedException e) {
      failure.compareAndSet(null, e);
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error e) {
      failure.compareAndSet(null, e);
    } finally {
      for (Thread w : workers) {
        w.interrupt();
      }
    }
    Throwable f = failure.get();
    if (f != null) {
      throw new IllegalStateException("run stopped: " + f, f);
    }
  }

  private static void handOver(BlockingQueue<List<Episode>> queue, List<Episode> batch,
      AtomicReference<Throwable> failure) throws InterruptedException {
    while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
      if (failure.get() != null) {
        return;
      }
    }
  }

  private static int next(AtomicInteger cursor, IntPredicate skip, int units) {
    while (true) {
      int u = cursor.getAndIncrement();
      if (u >= units) {
        return -1;
      }
      if (!skip.test(u)) {
        return u;
      }
    }
  }

  /** Batches episodes into store transactions; used by one thread. */
  private final class Writer {
    final ArrayList<Episode> batch = new ArrayList<>(BATCH);
    long stored;
    long lastFlush = System.nanoTime();

    Writer(long stored) {
      this.stored = stored;
    }

    void addAll(List<Episode> episodes) {
      batch.addAll(episodes);
    }

    void maybeFlush() {
      if (batch.size() >= BATCH || (!batch.isEmpty() && System.nanoTime() - lastFlush > FLUSH_NANOS)) {
        flush();
      }
    }

    void flush() {
      lastFlush = System.nanoTime();
      if (batch.isEmpty()) {
        return;
      }
      store.append(runId, batch);
      for (Episode e : batch) {
        onStored.accept(e);
      }
      stored += batch.size();
      batch.clear();
      progress.advanced(stored);
    }
  }
}
