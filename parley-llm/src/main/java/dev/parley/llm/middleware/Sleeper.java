package dev.parley.llm.middleware;

import java.time.Duration;

/** Waits; tests substitute one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = d -> {
    if (!d.isNegative() && !d.isZero()) {
      Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
    }
  };

  void sleep(Duration d) throws InterruptedException;
}
