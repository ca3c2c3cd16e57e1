package dev.parley.testkit;

import dev.parley.core.agent.DecisionTrace;
import dev.parley.core.agent.Feedback;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Provenance;
import dev.parley.core.episode.Step;
import dev.parley.core.episode.Violation;
import dev.parley.core.tournament.RunRecord;
import dev.parley.core.tournament.RunStatus;
import dev.parley.core.tournament.RunStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The contract of {@link RunStore} that every store must keep, checked the same way for the
 * in-memory store, SQLite and PostgreSQL:
 *
 * <ul>
 *   <li>a run is found as created, a taken id is refused naming it, status updates stick, runs
 *       list newest first (ties by id, descending), an unknown id is empty;
 *   <li>episodes read back equal to what was appended (traces with parse attempts and usage,
 *       violations, feedback, chance steps, tabs and non-ASCII text), in match order whatever the
 *       order of appending, with matching counts and completed-match sets;
 *   <li>a batch holding an episode already stored is refused whole, naming it "already stored",
 *       and leaves nothing of itself behind; an episode of another run is refused;
 *   <li>reading, counting or appending for an unknown run fails naming the run;
 *   <li>with a reopen function: what was written is there after closing and opening again.
 * </ul>
 *
 * Each check works in runs of its own with fresh ids, so a store that already holds data (a shared
 * PostgreSQL database) can be checked too.
 */
public final class RunStoreConformance {
  static final Provenance PROVENANCE = new Provenance("0.1.0", "abc123", "repeated-v1", "cfg1");

  private final Supplier<? extends RunStore> open;
  private boolean reopens;

  private RunStoreConformance(Supplier<? extends RunStore> open) {
    this.open = Objects.requireNonNull(open, "open");
  }

  /**
   * The suite over stores from {@code open}. Call {@link #persistent()} when every call opens the
   * same underlying database (a file, a server), so persistence across reopening is checked.
   */
  public static RunStoreConformance of(Supplier<? extends RunStore> open) {
    return new RunStoreConformance(open);
  }

  /** Every store from the supplier sees the same data: also check that data survives a reopen. */
  public RunStoreConformance persistent() {
    this.reopens = true;
    return this;
  }

  /** What a passing run covered: runs created, episodes appended, and whether a reopen was checked. */
  public record Report(int runs, int episodes, boolean reopened) {}

  /** Runs every check; throws {@link AssertionError} naming what differs. */
  public Report check() {
    int[] counts = new int[2];
    String kept = newRunId();
    List<Episode> written = List.of(episode(kept, 0), episode(kept, 1));
    try (RunStore store = open.get()) {
      checkRuns(store, counts);
      checkRoundTrip(store, counts);
      checkAtomicBatches(store, counts);
      checkUnknownRuns(store);
      if (reopens) {
        store.createRun(run(kept, 2, 1_700_000_000_000L));
        store.append(kept, written);
        store.updateStatus(kept, RunStatus.COMPLETED, 1_700_000_050_000L);
        counts[0]++;
        counts[1] += written.size();
      }
    }
    if (reopens) {
      try (RunStore again = open.get()) {
        RunRecord r = again.findRun(kept).orElseThrow(() -> new AssertionError("store contract: run " + kept
            + " lost on reopening"));
        require(r.status() == RunStatus.COMPLETED, "run status lost on reopening: " + r.status());
        require(read(again, kept).equals(written), "episodes differ after reopening");
      }
    }
    return new Report(counts[0], counts[1], reopens);
  }

  private static void checkRuns(RunStore store, int[] counts) {
    String older = newRunId();
    String newer = newRunId();
    String tie = newRunId();
    long t = 1_700_000_000_000L + (System.nanoTime() & 0xffff) * 1000;
    store.createRun(run(older, 10, t));
    store.createRun(run(newer, 10, t + 5));
    store.createRun(run(tie, 10, t + 5));
    counts[0] += 3;
    require(store.findRun(older).equals(java.util.Optional.of(run(older, 10, t))),
        "run not found as created: " + store.findRun(older));
    AssertionError taken = null;
    try {
      store.createRun(run(older, 10, t));
      taken = new AssertionError("a taken run id was accepted: " + older);
    } catch (IllegalStateException expected) {
      require(String.valueOf(expected.getMessage()).contains(older),
          "refusing a taken id should name it: " + expected.getMessage());
    }
    if (taken != null) {
      throw taken;
    }
    store.updateStatus(older, RunStatus.COMPLETED, t + 9_000);
    RunRecord updated = store.findRun(older).orElseThrow();
    require(updated.status() == RunStatus.COMPLETED && updated.finishedAtMillis() == t + 9_000,
        "status update lost: " + updated);
    List<String> order = new ArrayList<>();
    for (RunRecord r : store.runs()) {
      if (r.id().equals(older) || r.id().equals(newer) || r.id().equals(tie)) {
        order.add(r.id());
      }
    }
    String first = newer.compareTo(tie) > 0 ? newer : tie;
    String second = first.equals(newer) ? tie : newer;
    require(order.equals(List.of(first, second, older)),
        "runs should list newest first, ties by id descending: expected " + List.of(first, second, older)
            + ", got " + order);
    require(store.findRun("no-such-run-" + UUID.randomUUID()).isEmpty(), "an unknown run id was found");
  }

  private static void checkRoundTrip(RunStore store, int[] counts) {
    String id = newRunId();
    store.createRun(run(id, 5, 1_700_000_000_000L));
    counts[0]++;
    List<Episode> late = List.of(episode(id, 3), episode(id, 4));
    List<Episode> early = List.of(episode(id, 0), episode(id, 1));
    store.append(id, late);
    store.append(id, early);
    counts[1] += 4;
    List<Episode> expected = List.of(early.get(0), early.get(1), late.get(0), late.get(1));
    List<Episode> got = read(store, id);
    require(got.size() == expected.size(), "read " + got.size() + " episodes, appended " + expected.size());
    for (int i = 0; i < expected.size(); i++) {
      require(got.get(i).equals(expected.get(i)), "episode " + expected.get(i).id() + " reads back differently:\n"
          + "  wrote " + expected.get(i) + "\n  read  " + got.get(i));
    }
    require(store.countEpisodes(id) == 4, "countEpisodes " + store.countEpisodes(id) + ", expected 4");
    require(store.completedMatches(id).toString().equals("{0, 1, 3, 4}"),
        "completedMatches " + store.completedMatches(id) + ", expected {0, 1, 3, 4}");
  }

  private static void checkAtomicBatches(RunStore store, int[] counts) {
    String id = newRunId();
    store.createRun(run(id, 4, 1_700_000_000_000L));
    counts[0]++;
    store.append(id, List.of(episode(id, 0)));
    counts[1]++;
    try {
      store.append(id, List.of(episode(id, 1), episode(id, 0)));
      throw new AssertionError("a batch with an episode already stored was accepted");
    } catch (IllegalStateException expected) {
      require(String.valueOf(expected.getMessage()).contains("already stored"),
          "refusing a stored episode should say 'already stored': " + expected.getMessage());
    }
    require(store.countEpisodes(id) == 1, "a refused batch left " + (store.countEpisodes(id) - 1)
        + " episode(s) behind");
    try {
      store.append(id, List.of(episode("another-run", 2)));
      throw new AssertionError("an episode of another run was appended");
    } catch (IllegalArgumentException expected) {
      // refused
    }
    store.append(id, List.of(episode(id, 1)));
    counts[1]++;
    require(store.countEpisodes(id) == 2, "after the refused batch the episode could not be stored alone");
  }

  private static void checkUnknownRuns(RunStore store) {
    String unknown = "no-such-run-" + UUID.randomUUID();
    List<Runnable> calls = List.of(() -> store.completedMatches(unknown), () -> store.countEpisodes(unknown),
        () -> store.forEachEpisode(unknown, e -> { }), () -> store.append(unknown, List.of(episode(unknown, 0))));
    List<String> names = List.of("completedMatches", "countEpisodes", "forEachEpisode", "append");
    for (int i = 0; i < calls.size(); i++) {
      try {
        calls.get(i).run();
        throw new AssertionError(names.get(i) + " on an unknown run did not fail");
      } catch (IllegalArgumentException | IllegalStateException expected) {
        require(String.valueOf(expected.getMessage()).contains(unknown),
            names.get(i) + " on an unknown run should name it: " + expected.getMessage());
      }
    }
  }

  /** A fresh run id. */
  public static String newRunId() {
    return "run-" + UUID.randomUUID();
  }

  /** A run record for tests of stores. */
  public static RunRecord run(String id, long planned, long createdAtMillis) {
    return new RunRecord(id, "tournament", "test", "repeated(stage=pd)", Map.of("seed", "1", "agents", "tft\nalld"),
        1, planned, RunStatus.RUNNING, createdAtMillis, 0, PROVENANCE);
  }

  /**
   * An episode that exercises every stored field: a chance step, a model decision with two parse
   * attempts, usage and a note, quotes, newlines, a tab and non-ASCII text; odd match indices add
   * violations, feedback and the forfeit status.
   */
  public static Episode episode(String runId, long match) {
    DecisionTrace trace = new DecisionTrace("Which option? \"quoted\"\nline", "Option J",
        List.of(new DecisionTrace.ParseAttempt("Optoin J", DecisionTrace.ParseAttempt.MALFORMED, "names no option"),
            new DecisionTrace.ParseAttempt("Option J", DecisionTrace.ParseAttempt.OK, null)),
        new DecisionTrace.Usage(120, 3), Map.of("prediction", "F"));
    List<Step> steps = List.of(new Step(0, -1, "order:1", null), new Step(1, 0, "C", trace),
        new Step(1, 1, "D", null), new Step(2, 0, "D", null), new Step(2, 1, "D\t\u00e9", null));
    boolean odd = match % 2 == 1;
    List<Violation> violations = odd ? List.of(
        new Violation(1, 0, Violation.Kind.MALFORMED, "names no option", Violation.Resolution.REPROMPTED),
        new Violation(2, 1, Violation.Kind.NOT_LEGAL, "bad", Violation.Resolution.FORFEIT)) : List.of();
    List<Feedback> feedback = odd ? List.of(
        new Feedback(0, 0.25, Map.of("speed", 0.5), List.of("Open higher.", "Concede slower."),
            Map.of("first_offer", 2.0), "Your first offer was low.", "rule"),
        Feedback.text(0, "constant", "Play again and do better.", List.of())) : List.of();
    return new Episode(runId, match, "repeated(stage=pd)", List.of("llm", "alld"), 77 + match, steps,
        List.of(1.5, -2.0), violations, odd ? EpisodeStatus.FORFEIT : EpisodeStatus.COMPLETED, PROVENANCE,
        1_700_000_000_123L, 456_789, feedback);
  }

  /** The run's episodes as the store streams them. */
  public static List<Episode> read(RunStore store, String runId) {
    List<Episode> out = new ArrayList<>();
    store.forEachEpisode(runId, out::add);
    return out;
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError("store contract: " + message);
    }
  }
}
