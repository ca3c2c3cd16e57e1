package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.store.EpisodeJson;
import dev.parley.store.JdbcRunStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
  @TempDir
  Path dir;

  record Result(int code, String out, String err) {}

  /**
   * Plays the tournament written in {@code yaml} into a new store under {@code dir} as run
   * {@code runId}; returns the store.
   */
  static String tournament(Path dir, String runId, String yaml) throws java.io.IOException {
    Path f = dir.resolve(runId + ".yaml");
    Files.writeString(f, yaml);
    String db = dir.resolve(runId + ".db").toString();
    Result r = run("tournament", f.toString(), "--store", db, "--run-id", runId, "--no-progress");
    assertThat(r.code()).as(r.err()).isZero();
    return db;
  }

  /** The rows of a JSON-lines file. */
  static List<com.fasterxml.jackson.databind.JsonNode> jsonLines(Path file) throws java.io.IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    List<com.fasterxml.jackson.databind.JsonNode> out = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      out.add(json.readTree(line));
    }
    return out;
  }

  static Result run(String... args) {
    CommandLine cmd = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  String db() {
    return dir.resolve("runs.db").toString();
  }

  Path yaml(String text) throws Exception {
    Path f = dir.resolve("t.yaml");
    Files.writeString(f, text);
    return f;
  }

  long runCount() {
    try (JdbcRunStore s = JdbcRunStore.open(db())) {
      return s.runs().size();
    }
  }

  @Test
  void gamesListsTheMatrixGamesWithParameters() {
    Result r = run("games");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("repeated  (repeated-v1)").contains("matrix  (matrix-v1)")
        .contains("rounds = 10").contains("continuation = 1");
    Result one = run("games", "repeated(stage=bos)");
    assertThat(one.out()).contains("Canonical spec: repeated(stage=bos,labels=[J,F],rounds=10,continuation=1,"
        + "order=fixed)");
  }

  @Test
  void agentsForAGameListOnlyThoseThatCanPlayIt() {
    Result r = run("agents", "repeated(stage=rps)");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("uniform").doesNotContain("  tft ");
  }

  @Test
  void playPrintsStoresAndExportsAnEpisode() throws Exception {
    Result r = run("play", "repeated(stage=pd-akata,rounds=10)", "--agents", "tft,alld", "--seed", "7", "--store", db());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("move   0  seat 0: C | seat 1: D").contains("move   9  seat 0: D | seat 1: D")
        .contains("returns: [45.0, 55.0]").contains("Stored as run play-");
    String runId = r.out().replaceAll("(?s).*Stored as run (\\S+) .*", "$1");
    Path out = dir.resolve("e.jsonl");
    Result ex = run("export", runId, "--store", db(), "--out", out.toString());
    assertThat(ex.code()).as(ex.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(1);
    assertThat(EpisodeJson.read(lines.get(0)).returns()).containsExactly(45.0, 55.0);
    assertThat(EpisodeJson.read(lines.get(0)).seed()).isEqualTo(7);
  }

  @Test
  void playShowsWhatEachSeatSees() {
    Result r = run("play", "repeated(stage=bos,rounds=2)", "--agents", "allc,alld", "--seed", "1", "--no-store",
        "--show");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("-- seat 1 sees:").contains("This is round 2.")
        .contains("Round 1: you chose Option J and the other player chose Option F.");
  }

  @Test
  void unknownGameIsNamedWithASuggestion() {
    Result r = run("play", "repeatd(stage=pd)", "--agents", "tft,alld", "--store", db());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("unknown game 'repeatd'").contains("did you mean 'repeated'")
        .contains("accepted: matrix, repeated");
    assertThat(Files.exists(dir.resolve("runs.db"))).isFalse();
  }

  @Test
  void badParameterValuesAreNamed() {
    Result r = run("play", "repeated(rounds=ten)", "--agents", "tft,alld", "--no-store");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("parameter 'rounds' of game repeated: 'ten' is not an integer in [1, 1000000]");
    r = run("play", "repeated(stage=pdd)", "--agents", "tft,alld", "--no-store");
    assertThat(r.err()).contains("unknown stage game 'pdd'").contains("did you mean 'pd'");
    r = run("play", "repeated(stage=pd,round=3)", "--agents", "tft,alld", "--no-store");
    assertThat(r.err()).contains("unknown parameter of game repeated 'round'").contains("did you mean 'rounds'");
    r = run("play", "repeated(stage=pd", "--agents", "tft,alld", "--no-store");
    assertThat(r.err()).contains("missing ')'");
    r = run("play", "repeated", "--agents", "tft", "--no-store");
    assertThat(r.err()).contains("has 2 seats but --agents lists 1 agent(s)");
  }

  @Test
  void malformedYamlIsReportedWithItsLineAndNothingIsStored() throws Exception {
    Path f = yaml("name: x\ngame: repeated\nagents: [tft, alld\nseed: 1\n");
    Result r = run("tournament", f.toString(), "--store", db(), "--no-progress");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("t.yaml:").contains("malformed YAML");
    assertThat(Files.exists(dir.resolve("runs.db"))).isFalse();
  }

  @Test
  void badTournamentFilesAreRejectedBeforeAnythingIsStored() throws Exception {
    run("runs", "--store", db());
    Result r = run("tournament", yaml("game: repeated\nagents: [tft, grimm]\n").toString(), "--store", db());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("unknown agent 'grimm'").contains("did you mean 'grim'");
    r = run("tournament", yaml("game: repeated\nagents: [tft]\nrepetition: 3\n").toString(), "--store", db());
    assertThat(r.err()).contains("unknown key 'repetition'").contains("did you mean 'repetitions'");
    r = run("tournament", yaml("game: repeated\nagents: [tft, tft]\n").toString(), "--store", db());
    assertThat(r.err()).contains("listed twice");
    r = run("tournament", yaml("game: repeated(stage=rps)\nagents: [tft]\n").toString(), "--store", db());
    assertThat(r.err()).contains("cannot play").contains("two actions per player");
    r = run("tournament", yaml("game: repeated\nagents: [tft]\nseed: abc\n").toString(), "--store", db());
    assertThat(r.err()).contains("'seed' must be an integer");
    r = run("tournament", dir.resolve("missing.yaml").toString(), "--store", db());
    assertThat(r.err()).contains("no such file");
    assertThat(runCount()).isZero();
  }

  @Test
  void aTournamentPrintsTheKnownTenRoundScores() throws Exception {
    Path f = yaml("""
        name: classic
        game: repeated(stage=pd,rounds=10)
        agents: [tft, alld, grim, def1]
        seed: 5
        """);
    Result r = run("tournament", f.toString(), "--store", db(), "--no-progress", "--threads", "2", "--run-id", "t1");
    assertThat(r.code()).as(r.err()).isZero();
    // REFERENCE §9.4, canonical payoffs: ten-round totals of the row strategy against the column strategy.
    java.util.Map<String, java.util.Map<String, String>> m = matrix(r.out());
    assertThat(m.get("tft")).containsEntry("tft", "30").containsEntry("alld", "9").containsEntry("grim", "30")
        .containsEntry("def1", "29");
    assertThat(m.get("grim")).containsEntry("def1", "45").containsEntry("alld", "9");
    assertThat(m.get("alld")).containsEntry("tft", "14").containsEntry("def1", "46").containsEntry("alld", "10");
    assertThat(m.get("def1")).containsEntry("grim", "5").containsEntry("def1", "28");
    assertThat(r.out()).contains("Run t1 complete: 16 episodes");
    Result again = run("tournament", f.toString(), "--store", db(), "--no-progress", "--run-id", "t1");
    assertThat(again.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(again.err()).contains("run 't1' already exists");
    Result runs = run("runs", "--store", db());
    assertThat(runs.out()).contains("t1").contains("completed").contains("16/16");
    Result resume = run("resume", "t1", "--store", db(), "--no-progress");
    assertThat(resume.out()).contains("already complete");
    Result unknown = run("resume", "t2", "--store", db(), "--no-progress");
    assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(unknown.err()).contains("unknown run").contains("'t2'").contains("did you mean 't1'");
  }

  /** Parses the pairwise table printed after the leaderboard: row agent → column agent → cell. */
  static java.util.Map<String, java.util.Map<String, String>> matrix(String out) {
    String[] lines = out.split("\n");
    int h = 0;
    while (!lines[h].startsWith("Mean return of the row agent")) {
      h++;
    }
    String[] columns = lines[h + 1].trim().split("\\s+");
    java.util.Map<String, java.util.Map<String, String>> m = new java.util.HashMap<>();
    for (int i = h + 2; i < lines.length && !lines[i].isBlank(); i++) {
      String[] cells = lines[i].trim().split("\\s+");
      java.util.Map<String, String> row = new java.util.HashMap<>();
      for (int j = 0; j < columns.length; j++) {
        row.put(columns[j], cells[j + 1]);
      }
      m.put(cells[0], row);
    }
    return m;
  }
}
