package dev.parley.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings a database schema up to date: applies, in order and each in its own transaction, the
 * migrations listed in {@code db/migrations.txt} that the {@code parley_schema} table does not
 * record yet. A database with a newer schema than this build knows is refused.
 */
final class Migrations {
  private Migrations() {}

  static List<String> names() {
    List<String> names = new ArrayList<>();
    for (String line : read("db/migrations.txt").split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        names.add(l);
      }
    }
    return names;
  }

  /**
   * Applies pending migrations; returns how many this call applied. Safe when several processes
   * open the same database at once: a migration is claimed by inserting its row into
   * {@code parley_schema} first, in the transaction that applies it, so a second process waits for
   * the first and then finds the version taken and skips it.
   */
  static int migrate(Connection c, Dialect dialect, long nowMillis) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(true);
    createSchemaTable(c);
    Set<Integer> applied = applied(c);
    List<String> names = names();
    int newest = applied.stream().mapToInt(Integer::intValue).max().orElse(0);
    if (newest > names.size()) {
      throw new IllegalStateException("the store has schema version " + newest + " but this Parley knows only "
          + names.size() + "; use a newer Parley");
    }
    int count = 0;
    c.setAutoCommit(false);
    try {
      for (int i = 0; i < names.size(); i++) {
        int version = i + 1;
        if (applied.contains(version)) {
          continue;
        }
        if (!claim(c, version, names.get(i), nowMillis)) {
          c.rollback();
          continue;
        }
        String sql = read("db/" + dialect.folder() + "/" + names.get(i) + ".sql");
        try (Statement s = c.createStatement()) {
          for (String statement : statements(sql)) {
            s.execute(statement);
          }
        }
        c.commit();
        count++;
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
    return count;
  }

  private static void createSchemaTable(Connection c) throws SQLException {
    String ddl = "CREATE TABLE IF NOT EXISTS parley_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
        + "applied_at BIGINT NOT NULL)";
    try (Statement s = c.createStatement()) {
      s.execute(ddl);
    } catch (SQLException raced) {
      // another process created it at the same moment (PostgreSQL can report that as an error)
      try (Statement s = c.createStatement()) {
        s.execute(ddl);
      }
    }
  }

  private static Set<Integer> applied(Connection c) throws SQLException {
    Set<Integer> applied = new HashSet<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM parley_schema")) {
      while (rs.next()) {
        applied.add(rs.getInt(1));
      }
    }
    return applied;
  }

  /** Inserts the version's row; false when another process applied it meanwhile. */
  private static boolean claim(Connection c, int version, String name, long nowMillis) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO parley_schema (version, name, applied_at) VALUES (?, ?, ?)")) {
      p.setInt(1, version);
      p.setString(2, name);
      p.setLong(3, nowMillis);
      p.executeUpdate();
      return true;
    } catch (SQLException e) {
      String m = String.valueOf(e.getMessage()).toLowerCase();
      if (m.contains("unique") || m.contains("primary key") || m.contains("duplicate")) {
        return false;
      }
      throw e;
    }
  }

  /** Splits a script at semicolons that end a line (scripts keep semicolons out of statements). */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (line.strip().startsWith("--")) {
        continue;
      }
      cur.append(line).append('\n');
      if (line.stripTrailing().endsWith(";")) {
        String s = cur.toString().strip();
        out.add(s.substring(0, s.length() - 1));
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing migration resource " + resource);
      }
      StringBuilder sb = new StringBuilder();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        sb.append(line).append('\n');
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
