package dev.parley.core.tournament;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentFactory;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.MatchInfo;
import dev.parley.core.engine.Seeds;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Provenance;
import dev.parley.core.game.Game;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Plays a {@link TournamentPlan} with bounded parallelism, streaming episodes to a {@link RunStore}
 * in batches as it goes. Memory stays bounded however many episodes: workers hand episodes to one
 * writer through a bounded queue, and only running totals are kept.
 *
 * <p>Resumable: {@link #run} skips the matches already stored, so after a crash or kill the same
 * call finishes the plan with no match lost and none stored twice. Episode {@code i} is seeded by
 * {@link Seeds#forMatch(long, long)}, so its record is the same whatever the thread count or how
 * often the run was interrupted.
 */
public final class Tournament<A> {
  /** Episodes per store transaction. */
  public static final int BATCH = 1024;
  private static final long FLUSH_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
  /** Episodes a worker collects before handing them to the writer (fewer hand-overs, less contention). */
  private static final int WORKER_BATCH = 256;
  /** Handed over by the last worker to finish: nothing more will come. */
  private static final List<Episode> END = List.of();
  private static final long WORKER_FLUSH_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final Game<A> game;
  private final List<AgentFactory<A>> agents;
  private final TournamentPlan plan;
  private final EpisodeRunner runner;
  private final long seed;
  private final Provenance provenance;
  private final List<List<String>> lineupSeats;

  public Tournament(Game<A> game, List<AgentFactory<A>> agents, TournamentPlan plan, EpisodeRunner runner,
      long seed, Provenance provenance) {
    this.game = Objects.requireNonNull(game, "game");
    this.agents = List.copyOf(agents);
    this.plan = Objects.requireNonNull(plan, "plan");
    this.runner = Objects.requireNonNull(runner, "runner");
    this.seed = seed;
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    if (plan.agents() != agents.size()) {
      throw new IllegalArgumentException("plan is for " + plan.agents() + " agents, got " + agents.size());
    }
    if (plan.seats() != game.numPlayers()) {
      throw new IllegalArgumentException("plan has " + plan.seats() + " seats, " + game + " has "
          + game.numPlayers());
    }
    List<List<String>> seats = new ArrayList<>(plan.lineupCount());
    for (int l = 0; l < plan.lineupCount(); l++) {
      int[] lineup = plan.lineup(l);
      String[] specs = new String[lineup.length];
      for (int s = 0; s < lineup.length; s++) {
        specs[s] = agents.get(lineup[s]).spec();
      }
      seats.add(List.of(specs));
    }
    this.lineupSeats = seats;
  }

  public TournamentPlan plan() {
    return plan;
  }

  public List<String> agentSpecs() {
    return agents.stream().map(AgentFactory::spec).toList();
  }

  /** Plays match {@code index} of the plan (pure: same index, same episode). */
  public Episode play(String runId, int index) {
    int[] lineup = plan.lineup(index);
    List<Agent<A>> seated = new ArrayList<>(lineup.length);
    for (int s : lineup) {
      seated.add(agents.get(s).create());
    }
    MatchInfo info = new MatchInfo(runId, index, Seeds.forMatch(seed, index),
        lineupSeats.get(index % plan.lineupCount()), provenance);
    return runner.run(game, seated, info);
  }

  /**
   * Plays every match of the plan not yet in {@code store} and returns the totals over all stored
   * episodes of the run (including those stored before a resume).
   */
  public TournamentResults run(String runId, RunStore store, int threads, Progress progress) {
    return run(runId, store, threads, false, progress);
  }

  /**
   * As {@link #run(String, RunStore, int, Progress)}; with {@code virtualThreads} the workers are
   * virtual threads where the runtime has them (for agents that mostly wait on model servers).
   */
  public TournamentResults run(String runId, RunStore store, int threads, boolean virtualThreads, Progress progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be ≥ 1, was " + threads);
    }
    TournamentResults results = new TournamentResults(agentSpecs());
    BitSet done = store.completedMatches(runId);
    if (!done.isEmpty()) {
      store.forEachEpisode(runId, e -> results.add(e, plan.lineup(Math.toIntExact(e.matchIndex()))));
    }
    int total = plan.size();
    long stored = done.cardinality();
    progress.started(total, stored);
    Writer writer = new Writer(runId, store, results, progress, stored);
    if (threads == 1) {
      for (int i = done.nextClearBit(0); i < total; i = done.nextClearBit(i + 1)) {
        writer.add(play(runId, i));
        writer.maybeFlush();
      }
      writer.flush();
    } else {
      runParallel(runId, done, threads, virtualThreads, writer);
    }
    progress.finished();
    return results;
  }

  private void runParallel(String runId, BitSet done, int threads, boolean virtualThreads, Writer writer) {
    int total = plan.size();
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
            int i = nextPending(cursor, done, total);
            if (i < 0) {
              break;
            }
            if (batch.isEmpty()) {
              batchStart = System.nanoTime();
            }
            batch.add(play(runId, i));
            if (batch.size() >= WORKER_BATCH || System.nanoTime() - batchStart > WORKER_FLUSH_NANOS) {
              handOver(queue, batch, failure);
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
      throw new IllegalStateException("tournament stopped: " + f, f);
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

  private static int nextPending(AtomicInteger cursor, BitSet done, int total) {
    while (true) {
      int i = cursor.getAndIncrement();
      if (i >= total) {
        return -1;
      }
      if (!done.get(i)) {
        return i;
      }
    }
  }

  /** Batches episodes into store transactions and keeps the totals; used by one thread. */
  private final class Writer {
    final String runId;
    final RunStore store;
    final TournamentResults results;
    final Progress progress;
    final ArrayList<Episode> batch = new ArrayList<>(BATCH);
    long stored;
    long lastFlush = System.nanoTime();

    Writer(String runId, RunStore store, TournamentResults results, Progress progress, long stored) {
      this.runId = runId;
      this.store = store;
      this.results = results;
      this.progress = progress;
      this.stored = stored;
    }

    void add(Episode e) {
      batch.add(e);
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
        results.add(e, plan.lineup(Math.toIntExact(e.matchIndex())));
      }
      stored += batch.size();
      batch.clear();
      progress.advanced(stored);
    }
  }
}
