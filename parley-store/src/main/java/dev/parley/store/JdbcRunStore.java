package dev.parley.store;

import com.fasterxml.jackson.core.type.TypeReference;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A {@link RunStore} over JDBC: a SQLite file (the embedded default) or PostgreSQL. Runs, episodes
 * (steps as a compact JSON column, also readable through the {@code steps} view), decision traces
 * and violations. The schema is migrated on open. Batches are written in one transaction each.
 *
 * <p>Credentials for PostgreSQL come from the URL or the {@code PARLEY_DB_USER} and
 * {@code PARLEY_DB_PASSWORD} environment variables; they are never logged or stored.
 */
public final class JdbcRunStore implements RunStore {
  private final Connection connection;
  private final Dialect dialect;
  private final String description;
  private final Clock clock;
  /** Runs this store has seen exist, so that appending checks the run once, not per batch. */
  private final java.util.Set<String> knownRuns = new java.util.HashSet<>();
  private PreparedStatement insertEpisode;
  private PreparedStatement insertDecision;
  private PreparedStatement insertViolation;
  private PreparedStatement insertFeedback;

  private JdbcRunStore(Connection connection, Dialect dialect, String description, Clock clock) {
    this.connection = connection;
    this.dialect = dialect;
    this.description = description;
    this.clock = clock;
  }

  /**
   * Opens (and migrates) a store: a file path means SQLite; otherwise a {@code jdbc:sqlite:} or
   * {@code jdbc:postgresql:} URL.
   */
  public static JdbcRunStore open(String target) {
    return open(target, Clock.systemUTC());
  }

  public static JdbcRunStore open(String target, Clock clock) {
    Connections.Opened c = Connections.open(target, clock);
    try {
      c.connection().setAutoCommit(false);
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + c.description() + ": " + e.getMessage(), e);
    }
    return new JdbcRunStore(c.connection(), c.dialect(), c.description(), clock);
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The store's URL with secrets hidden. */
  public String description() {
    return description;
  }

  /** The open connection, for read-only queries by reports and tests. */
  public Connection connection() {
    return connection;
  }

  @Override
  public void createRun(RunRecord run) {
    if (findRun(run.id()).isPresent()) {
      throw new IllegalStateException("run '" + run.id() + "' already exists in " + description);
    }
    String sql = "INSERT INTO runs (id, kind, name, game, config, seed, planned, status, created_at, finished_at,"
        + " parley_version, git_commit, game_version, config_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setString(1, run.id());
      p.setString(2, run.kind());
      p.setString(3, run.name());
      p.setString(4, run.game());
      p.setString(5, Json.write(run.config()));
      p.setLong(6, run.seed());
      p.setLong(7, run.planned());
      p.setString(8, run.status().name());
      p.setLong(9, run.createdAtMillis());
      if (run.finishedAtMillis() > 0) {
        p.setLong(10, run.finishedAtMillis());
      } else {
        p.setNull(10, Types.BIGINT);
      }
      Provenance pv = run.provenance();
      p.setString(11, pv.parleyVersion());
      p.setString(12, pv.gitCommit());
      p.setString(13, pv.gameVersionedId());
      p.setString(14, pv.configHash());
      p.executeUpdate();
      connection.commit();
    } catch (SQLException e) {
      rollback();
      throw new StoreException("cannot create run " + run.id() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<RunRecord> findRun(String runId) {
    List<RunRecord> r = queryRuns("SELECT * FROM runs WHERE id = ?", runId);
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
  }

  @Override
  public List<RunRecord> runs() {
    return queryRuns("SELECT * FROM runs ORDER BY created_at DESC, id DESC");
  }

  private List<RunRecord> queryRuns(String sql, String... args) {
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        p.setString(i + 1, args[i]);
      }
      List<RunRecord> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(run(rs));
        }
      }
      connection.commit();
      return out;
    } catch (SQLException e) {
      rollback();
      throw new StoreException("cannot read runs: " + e.getMessage(), e);
    }
  }

  private static RunRecord run(ResultSet rs) throws SQLException {
    long finished = rs.getLong("finished_at");
    return new RunRecord(rs.getString("id"), rs.getString("kind"), rs.getString("name"), rs.getString("game"),
        Json.stringMap(rs.getString("config")), rs.getLong("seed"), rs.getLong("planned"),
        RunStatus.valueOf(rs.getString("status")), rs.getLong("created_at"), rs.wasNull() ? 0 : finished,
        provenance(rs));
  }

  private static Provenance provenance(ResultSet rs) throws SQLException {
    return new Provenance(rs.getString("parley_version"), rs.getString("git_commit"), rs.getString("game_version"),
        rs.getString("config_hash"));
  }

  @Override
  public BitSet completedMatches(String runId) {
    requireRun(runId);
    BitSet done = new BitSet();
    try (PreparedStatement p = connection.prepareStatement("SELECT match_index FROM episodes WHERE run_id = ?")) {
      p.setString(1, runId);
      p.setFetchSize(10_000);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          done.set(Math.toIntExact(rs.getLong(1)));
        }
      }
      connection.commit();
      return done;
    } catch (SQLException e) {
      rollback();
      throw new StoreException("cannot read episodes of run " + runId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void append(String runId, List<Episode> episodes) {
    if (!knownRuns.contains(runId)) {
      requireRun(runId);
      knownRuns.add(runId);
    }
    if (episodes.isEmpty()) {
      return;
    }
    try {
      if (insertEpisode == null) {
        insertEpisode = connection.prepareStatement("INSERT INTO episodes (run_id, match_index, game, seats, seed,"
            + " status, returns, steps, step_count, started_at, duration_ns) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        insertDecision = connection.prepareStatement("INSERT INTO decisions (run_id, match_index, step_index, seat,"
            + " prompt, raw_output, attempts, prompt_tokens, completion_tokens, notes) VALUES (?,?,?,?,?,?,?,?,?,?)");
        insertViolation = connection.prepareStatement("INSERT INTO violations (run_id, match_index, ordinal, move,"
            + " seat, kind, detail, resolution) VALUES (?,?,?,?,?,?,?,?)");
        insertFeedback = connection.prepareStatement("INSERT INTO feedback (run_id, match_index, ordinal, seat,"
            + " source, score, aspects, suggestions, adjustments, body) VALUES (?,?,?,?,?,?,?,?,?,?)");
      }
      boolean feedback = false;
      boolean decisions = false;
      boolean violations = false;
      StringBuilder sb = new StringBuilder(512);
      String lastSeats = null;
      String lastSeatsJson = null;
      for (Episode e : episodes) {
        if (!e.runId().equals(runId)) {
          throw new IllegalArgumentException("episode of run " + e.runId() + " appended to run " + runId);
        }
        PreparedStatement p = insertEpisode;
        p.setString(1, runId);
        p.setLong(2, e.matchIndex());
        p.setString(3, e.game());
        String seatsKey = e.seats().toString();
        if (!seatsKey.equals(lastSeats)) {
          lastSeats = seatsKey;
          sb.setLength(0);
          sb.append('[');
          for (int i = 0; i < e.seats().size(); i++) {
            if (i > 0) {
              sb.append(',');
            }
            Json.string(sb, e.seats().get(i));
          }
          lastSeatsJson = sb.append(']').toString();
        }
        p.setString(4, lastSeatsJson);
        p.setLong(5, e.seed());
        p.setString(6, e.status().name());
        sb.setLength(0);
        sb.append('[');
        for (int i = 0; i < e.returns().size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          Json.number(sb, e.returns().get(i));
        }
        p.setString(7, sb.append(']').toString());
        sb.setLength(0);
        sb.append('[');
        List<Step> steps = e.steps();
        for (int i = 0; i < steps.size(); i++) {
          Step s = steps.get(i);
          if (i > 0) {
            sb.append(',');
          }
          sb.append('[').append(s.move()).append(',').append(s.seat()).append(',');
          Json.string(sb, s.action()).append(']');
          if (s.trace() != null) {
            addDecision(runId, e.matchIndex(), i, s);
            decisions = true;
          }
        }
        p.setString(8, sb.append(']').toString());
        p.setInt(9, steps.size());
        p.setLong(10, e.startedAtMillis());
        p.setLong(11, e.durationNanos());
        p.addBatch();
        List<Violation> vs = e.violations();
        for (int i = 0; i < vs.size(); i++) {
          Violation v = vs.get(i);
          PreparedStatement q = insertViolation;
          q.setString(1, runId);
          q.setLong(2, e.matchIndex());
          q.setInt(3, i);
          q.setInt(4, v.move());
          q.setInt(5, v.seat());
          q.setString(6, v.kind().name());
          q.setString(7, v.detail());
          q.setString(8, v.resolution().name());
          q.addBatch();
          violations = true;
        }
        List<Feedback> fs = e.feedback();
        for (int i = 0; i < fs.size(); i++) {
          Feedback f = fs.get(i);
          PreparedStatement q = insertFeedback;
          q.setString(1, runId);
          q.setLong(2, e.matchIndex());
          q.setInt(3, i);
          q.setInt(4, f.seat());
          q.setString(5, f.source());
          if (Double.isNaN(f.score())) {
            q.setNull(6, Types.DOUBLE);
          } else {
            q.setDouble(6, f.score());
          }
          q.setString(7, Json.write(f.aspects()));
          q.setString(8, Json.write(f.suggestions()));
          q.setString(9, Json.write(f.adjustments()));
          q.setString(10, f.text());
          q.addBatch();
          feedback = true;
        }
      }
      insertEpisode.executeBatch();
      if (decisions) {
        insertDecision.executeBatch();
      }
      if (violations) {
        insertViolation.executeBatch();
      }
      if (feedback) {
        insertFeedback.executeBatch();
      }
      connection.commit();
    } catch (SQLException e) {
      rollback();
      clearBatches();
      String m = String.valueOf(e.getMessage()).toLowerCase();
      if (m.contains("unique") || m.contains("primary key") || m.contains("duplicate")) {
        throw new IllegalStateException("an episode of this batch is already stored in run " + runId, e);
      }
      throw new StoreException("cannot store episodes of run " + runId + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      rollback();
      clearBatches();
      throw e;
    }
  }

  private void addDecision(String runId, long match, int stepIndex, Step s) throws SQLException {
    DecisionTrace t = s.trace();
    PreparedStatement p = insertDecision;
    p.setString(1, runId);
    p.setLong(2, match);
    p.setInt(3, stepIndex);
    p.setInt(4, s.seat());
    p.setString(5, t.prompt());
    p.setString(6, t.rawOutput());
    p.setString(7, Json.write(t.attempts()));
    p.setLong(8, t.usage().promptTokens());
    p.setLong(9, t.usage().completionTokens());
    p.setString(10, Json.write(t.notes()));
    p.addBatch();
  }

  private void clearBatches() {
    try {
      if (insertEpisode != null) {
        insertEpisode.clearBatch();
        insertDecision.clearBatch();
        insertViolation.clearBatch();
        insertFeedback.clearBatch();
      }
    } catch (SQLException ignored) {
      // the statements are reset on the next prepare anyway
    }
  }

  @Override
  public void updateStatus(String runId, RunStatus status, long finishedAtMillis) {
    try (PreparedStatement p = connection.prepareStatement("UPDATE runs SET status = ?, finished_at = ? WHERE id = ?")) {
      p.setString(1, status.name());
      if (finishedAtMillis > 0) {
        p.setLong(2, finishedAtMillis);
      } else {
        p.setNull(2, Types.BIGINT);
      }
      p.setString(3, runId);
      if (p.executeUpdate() != 1) {
        throw new IllegalArgumentException("no run '" + runId + "' in " + description);
      }
      connection.commit();
    } catch (SQLException e) {
      rollback();
      throw new StoreException("cannot update run " + runId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void forEachEpisode(String runId, Consumer<Episode> action) {
    RunRecord run = requireRun(runId);
    Provenance provenance = run.provenance();
    try (PreparedStatement pe = connection.prepareStatement(
            "SELECT * FROM episodes WHERE run_id = ? ORDER BY match_index");
        PreparedStatement pd = connection.prepareStatement(
            "SELECT * FROM decisions WHERE run_id = ? ORDER BY match_index, step_index");
        PreparedStatement pv = connection.prepareStatement(
            "SELECT * FROM violations WHERE run_id = ? ORDER BY match_index, ordinal");
        PreparedStatement pf = connection.prepareStatement(
            "SELECT * FROM feedback WHERE run_id = ? ORDER BY match_index, ordinal")) {
      for (PreparedStatement p : List.of(pe, pd, pv, pf)) {
        p.setString(1, runId);
        p.setFetchSize(1000);
      }
      try (ResultSet re = pe.executeQuery(); ResultSet rd = pd.executeQuery(); ResultSet rv = pv.executeQuery();
          ResultSet rf = pf.executeQuery()) {
        Cursor decisions = new Cursor(rd);
        Cursor violations = new Cursor(rv);
        Cursor feedback = new Cursor(rf);
        while (re.next()) {
          long match = re.getLong("match_index");
          List<Violation> vs = new ArrayList<>(0);
          while (violations.at(match)) {
            ResultSet v = violations.rs;
            vs.add(new Violation(v.getInt("move"), v.getInt("seat"), Violation.Kind.valueOf(v.getString("kind")),
                v.getString("detail"), Violation.Resolution.valueOf(v.getString("resolution"))));
            violations.advance();
          }
          List<List<Object>> raw = Json.read(re.getString("steps"), new TypeReference<>() {});
          List<Step> steps = new ArrayList<>(raw.size());
          for (int i = 0; i < raw.size(); i++) {
            List<Object> s = raw.get(i);
            DecisionTrace trace = null;
            if (decisions.at(match) && decisions.rs.getInt("step_index") == i) {
              ResultSet d = decisions.rs;
              trace = new DecisionTrace(d.getString("prompt"), d.getString("raw_output"),
                  Json.read(d.getString("attempts"), new TypeReference<List<DecisionTrace.ParseAttempt>>() {}),
                  new DecisionTrace.Usage(d.getLong("prompt_tokens"), d.getLong("completion_tokens")),
                  Json.stringMap(d.getString("notes")));
              decisions.advance();
            }
            steps.add(new Step(((Number) s.get(0)).intValue(), ((Number) s.get(1)).intValue(), (String) s.get(2),
                trace));
          }
          List<Feedback> fs = new ArrayList<>(0);
          while (feedback.at(match)) {
            ResultSet f = feedback.rs;
            double score = f.getDouble("score");
            if (f.wasNull()) {
              score = Double.NaN;
            }
            fs.add(new Feedback(f.getInt("seat"), score, Json.read(f.getString("aspects"),
                new TypeReference<Map<String, Double>>() {}), Json.stringList(f.getString("suggestions")),
                Json.read(f.getString("adjustments"), new TypeReference<Map<String, Double>>() {}),
                f.getString("body"), f.getString("source")));
            feedback.advance();
          }
          action.accept(new Episode(runId, match, re.getString("game"), Json.stringList(re.getString("seats")),
              re.getLong("seed"), steps, Json.doubleList(re.getString("returns")), vs,
              EpisodeStatus.valueOf(re.getString("status")), provenance, re.getLong("started_at"),
              re.getLong("duration_ns"), fs));
        }
      }
      connection.commit();
    } catch (SQLException e) {
      rollback();
      throw new StoreException("cannot read episodes of run " + runId + ": " + e.getMessage(), e);
    }
  }

  /** A result set ordered by match index, read in step with the episodes. */
  private static final class Cursor {
    final ResultSet rs;
    boolean valid;

    Cursor(ResultSet rs) throws SQLException {
      this.rs = rs;
      this.valid = rs.next();
    }

    boolean at(long match) throws SQLException {
      return valid && rs.getLong("match_index") == match;
    }

    void advance() throws SQLException {
      valid = rs.next();
    }
  }

  @Override
  public long countEpisodes(String runId) {
    try (PreparedStatement p = connection.prepareStatement("SELECT COUNT(*) FROM episodes WHERE run_id = ?")) {
      p.setString(1, runId);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        long n = rs.getLong(1);
        connection.commit();
        if (n == 0) {
          requireRun(runId);
        }
        return n;
      }
    } catch (SQLException e) {
      rollback();
      throw new StoreException("cannot count episodes of run " + runId + ": " + e.getMessage(), e);
    }
  }

  private RunRecord requireRun(String runId) {
    return findRun(runId).orElseThrow(() -> new IllegalArgumentException("no run '" + runId + "' in "
        + description + knownRuns()));
  }

  private String knownRuns() {
    List<RunRecord> all = runs();
    if (all.isEmpty()) {
      return " (the store has no runs)";
    }
    StringBuilder sb = new StringBuilder("; runs: ");
    for (int i = 0; i < Math.min(5, all.size()); i++) {
      sb.append(i == 0 ? "" : ", ").append(all.get(i).id());
    }
    return sb.append(all.size() > 5 ? ", …" : "").toString();
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the original error is more useful
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store: " + e.getMessage(), e);
    }
  }

  /** Replaces the stored ratings of {@code runId} by {@code method} with {@code rows}, in one transaction. */
  public void saveRatings(String runId, String method, List<RatingRow> rows) {
    requireRun(runId);
    try (PreparedStatement del = connection.prepareStatement("DELETE FROM ratings WHERE run_id = ? AND method = ?");
        PreparedStatement ins = connection.prepareStatement("INSERT INTO ratings (run_id, method, agent, rating,"
            + " lower_bound, upper_bound, games, computed_at) VALUES (?,?,?,?,?,?,?,?)")) {
      del.setString(1, runId);
      del.setString(2, method);
      del.executeUpdate();
      long now = clock.millis();
      for (RatingRow r : rows) {
        ins.setString(1, runId);
        ins.setString(2, method);
        ins.setString(3, r.agent());
        ins.setDouble(4, r.rating());
        if (Double.isNaN(r.lower())) {
          ins.setNull(5, Types.DOUBLE);
          ins.setNull(6, Types.DOUBLE);
        } else {
          ins.setDouble(5, r.lower());
          ins.setDouble(6, r.upper());
        }
        ins.setLong(7, r.games());
        ins.setLong(8, now);
        ins.addBatch();
      }
      ins.executeBatch();
      connection.commit();
    } catch (SQLException e) {
      rollback();
      throw new StoreException("cannot store ratings of run " + runId + ": " + e.getMessage(), e);
    }
  }

  /** The stored ratings of {@code runId} by {@code method}, best first. */
  public List<RatingRow> ratings(String runId, String method) {
    try (PreparedStatement p = connection.prepareStatement("SELECT agent, rating, lower_bound, upper_bound, games "
        + "FROM ratings WHERE run_id = ? AND method = ? ORDER BY rating DESC, agent")) {
      p.setString(1, runId);
      p.setString(2, method);
      List<RatingRow> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          double lo = rs.getDouble(3);
          boolean none = rs.wasNull();
          double hi = rs.getDouble(4);
          out.add(new RatingRow(rs.getString(1), rs.getDouble(2), none ? Double.NaN : lo, none ? Double.NaN : hi,
              rs.getLong(5)));
        }
      }
      connection.commit();
      return out;
    } catch (SQLException e) {
      rollback();
      throw new StoreException("cannot read ratings of run " + runId + ": " + e.getMessage(), e);
    }
  }

  /** A schema-level view of a run, for reports: status counts etc. */
  public Map<String, Long> statusCounts(String runId) {
    try (PreparedStatement p = connection.prepareStatement(
        "SELECT status, COUNT(*) FROM episodes WHERE run_id = ? GROUP BY status ORDER BY status")) {
      p.setString(1, runId);
      Map<String, Long> m = new java.util.LinkedHashMap<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          m.put(rs.getString(1), rs.getLong(2));
        }
      }
      connection.commit();
      return m;
    } catch (SQLException e) {
      rollback();
      throw new StoreException("cannot read run " + runId + ": " + e.getMessage(), e);
    }
  }
}
