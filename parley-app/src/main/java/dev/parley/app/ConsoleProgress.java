package dev.parley.app;

import dev.parley.core.tournament.Progress;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on stderr: a live bar on a terminal, otherwise a line every 10% (or every 10 seconds),
 * so logs stay readable.
 */
final class ConsoleProgress implements Progress {
  private final String task;
  private final boolean enabled;
  private final PrintStream err;
  private ProgressBar bar;
  private long total;
  private long lastLine;
  private long lastLineNanos;
  private long startNanos;
  private long startDone;

  ConsoleProgress(String task, boolean enabled, PrintStream err) {
    this.task = task;
    this.enabled = enabled;
    this.err = err;
  }

  @Override
  public void started(long total, long alreadyDone) {
    this.total = total;
    this.startNanos = System.nanoTime();
    this.lastLineNanos = startNanos;
    this.startDone = alreadyDone;
    this.lastLine = alreadyDone;
    if (!enabled) {
      return;
    }
    if (alreadyDone > 0) {
      err.println(task + ": resuming with " + alreadyDone + " of " + total + " episodes already stored");
    }
    if (System.console() != null) {
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(err)).setUnit(" ep", 1).showSpeed().build();
      bar.stepTo(alreadyDone);
    }
  }

  @Override
  public void advanced(long done) {
    if (!enabled) {
      return;
    }
    if (bar != null) {
      bar.stepTo(done);
      return;
    }
    long now = System.nanoTime();
    if (done - lastLine >= Math.max(1, total / 10) || now - lastLineNanos > 10_000_000_000L) {
      double secs = (now - startNanos) / 1e9;
      err.printf("%s: %d/%d episodes (%.0f%%), %.0f episodes/s%n", task, done, total, 100.0 * done / total,
          secs > 0 ? (done - startDone) / secs : 0);
      lastLine = done;
      lastLineNanos = now;
    }
  }

  @Override
  public void finished() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
