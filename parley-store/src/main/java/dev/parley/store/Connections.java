package dev.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Properties;

/**
 * Opens a database for Parley: a file path means SQLite (its folder is created), otherwise a
 * {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL. Credentials may come from
 * {@code PARLEY_DB_USER} / {@code PARLEY_DB_PASSWORD}. The schema is migrated on open.
 */
final class Connections {
  record Opened(Connection connection, Dialect dialect, String description) {}

  private Connections() {}

  static Opened open(String target, Clock clock) {
    String url = target.startsWith("jdbc:") ? target : "jdbc:sqlite:" + target;
    Dialect dialect = Dialect.of(url);
    try {
      if (dialect == Dialect.SQLITE) {
        Path file = Path.of(url.substring("jdbc:sqlite:".length()));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
          Files.createDirectories(parent);
        }
      }
      Properties props = new Properties();
      String user = System.getenv("PARLEY_DB_USER");
      String password = System.getenv("PARLEY_DB_PASSWORD");
      if (user != null && !url.contains("user=")) {
        props.setProperty("user", user);
      }
      if (password != null && !url.contains("password=")) {
        props.setProperty("password", password);
      }
      Connection c = DriverManager.getConnection(url, props);
      try {
        if (dialect == Dialect.SQLITE) {
          try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MILLIS);
          }
          whileBusy(() -> {
            try (Statement s = c.createStatement()) {
              s.execute("PRAGMA journal_mode=WAL");
              s.execute("PRAGMA synchronous=NORMAL");
            }
            return null;
          });
        }
        whileBusy(() -> Migrations.migrate(c, dialect, clock.millis()));
      } catch (SQLException | RuntimeException e) {
        try {
          c.close();
        } catch (SQLException closing) {
          e.addSuppressed(closing);
        }
        throw e;
      }
      return new Opened(c, dialect, Dialect.redact(url));
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + Dialect.redact(url) + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new StoreException("cannot create the folder of store " + Dialect.redact(url) + ": " + e.getMessage(), e);
    }
  }

  /** How long an open waits on another connection's lock before it gives up. */
  static final int BUSY_TIMEOUT_MILLIS = 10_000;

  interface SqlStep<T> {
    T run() throws SQLException;
  }

  /**
   * Runs a step again while SQLite reports the database busy. SQLite's busy handler does not wait
   * in every case (switching a new file to WAL, or a lock upgrade that could deadlock, fail at
   * once), so several processes opening one new store at the same moment retry here, with a short
   * growing pause, until the busy timeout has passed. A step that waits inside SQLite's own busy
   * handler can add up to one more timeout, so an open gives up after at most about twice
   * {@link #BUSY_TIMEOUT_MILLIS}. The steps are idempotent.
   */
  static <T> T whileBusy(SqlStep<T> step) throws SQLException {
    long deadline = System.nanoTime() + BUSY_TIMEOUT_MILLIS * 1_000_000L;
    long pause = 2;
    while (true) {
      try {
        return step.run();
      } catch (SQLException e) {
        if (!isBusy(e) || System.nanoTime() > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(pause + (long) (Math.random() * pause));
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while waiting for a locked database", ie);
      }
      pause = Math.min(pause * 2, 100);
    }
  }

  private static boolean isBusy(SQLException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED");
  }
}
