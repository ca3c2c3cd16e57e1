package dev.parley.app;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Plays a stored run so that a stop never leaves the user guessing: if the process is interrupted
 * (Ctrl-C, SIGTERM) or the play fails, the message says the stored episodes are kept and gives the
 * exact {@code parley resume} line, store included, that finishes the run.
 */
final class ResumableRun {
  private ResumableRun() {}

  /** The command that finishes run {@code id}; {@code storeFlag} is {@link StoreOption#flag()}. */
  static String resumeLine(String id, String storeFlag) {
    return "parley resume " + id + storeFlag;
  }

  static <T> T play(String id, String storeFlag, Supplier<T> play) {
    AtomicBoolean done = new AtomicBoolean();
    Thread hook = new Thread(() -> {
      if (!done.get()) {
        System.err.println("\nparley: interrupted; stored episodes are kept. Finish with: "
            + resumeLine(id, storeFlag));
      }
    });
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return play.get();
    } catch (RuntimeException e) {
      throw new IllegalStateException("run " + id + " stopped (" + e.getMessage() + "); the episodes stored so far "
          + "are kept: finish it with " + resumeLine(id, storeFlag), e);
    } finally {
      done.set(true);
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already exiting; the hook prints the line
      }
    }
  }
}
