package dev.parley.app;

import dev.parley.store.JdbcRunStore;
import java.time.Clock;

/**
 * How the commands that start or resume runs ({@code tournament}, {@code campaign}, {@code resume})
 * settle their shared options: the command line first, then the run's file, then the default.
 */
final class RunOptions {
  private RunOptions() {}

  /** Threads to play with; fewer than one is bad input. */
  static int threads(Integer asked, Integer fromFile, int fallback) {
    int n = asked != null ? asked : fromFile != null ? fromFile : fallback;
    if (n < 1) {
      throw new BadInputException("--threads must be ≥ 1, got " + n);
    }
    return n;
  }

  /** As {@link #threads(Integer, Integer, int)}; with a person playing ({@code interactive}) only one. */
  static int threads(Integer asked, Integer fromFile, int fallback, boolean interactive) {
    int n = threads(asked, fromFile, fallback);
    if (interactive && n != 1) {
      throw new BadInputException("a person plays in this run (agent human), one episode at a time; threads must be "
          + "1, got " + n);
    }
    return n;
  }

  /** The reply cache mode; read-write when neither the command line nor the file names one. */
  static AgentSetup.CacheMode cache(String asked, String fromFile) {
    return AgentSetup.CacheMode.parse(asked != null ? asked : fromFile != null ? fromFile : "read-write");
  }

  /** The id of a new run: {@code asked}, else one made from {@code name}; an id already stored is bad input. */
  static String newRunId(JdbcRunStore store, String storeFlag, String asked, String name, Clock clock) {
    String id = asked != null ? asked : TournamentDriver.newRunId(store, name, clock);
    if (store.findRun(id).isPresent()) {
      throw new BadInputException("run '" + id + "' already exists in " + store.description()
          + "; choose another --run-id or resume it with: " + ResumableRun.resumeLine(id, storeFlag));
    }
    return id;
  }
}
