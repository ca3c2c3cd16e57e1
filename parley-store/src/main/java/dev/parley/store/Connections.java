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
      if (dialect == Dialect.SQLITE) {
        try (Statement s = c.createStatement()) {
          s.execute("PRAGMA journal_mode=WAL");
          s.execute("PRAGMA synchronous=NORMAL");
          s.execute("PRAGMA busy_timeout=10000");
        }
      }
      Migrations.migrate(c, dialect, clock.millis());
      return new Opened(c, dialect, Dialect.redact(url));
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + Dialect.redact(url) + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new StoreException("cannot create the folder of store " + Dialect.redact(url) + ": " + e.getMessage(), e);
    }
  }
}
