package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.store.JdbcRunStore;
import dev.parley.store.RatingRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis commands and campaigns from the command line. */
class AnalysisCliTest {
  @TempDir
  Path dir;

  @Test
  void solveListsEveryEquilibriumOfAMatrixGame() {
    CliTest.Result r = CliTest.run("solve", "matrix(stage=bos)");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("3 Nash equilibria").contains("row (J)  column (J)  → payoffs 10, 7")
        .contains("row (F)  column (F)  → payoffs 7, 10").contains("J 0.588235294");
    CliTest.Result rps = CliTest.run("solve", "matrix(stage=rps)");
    assertThat(rps.out()).contains("Zero-sum value (linear programming): 0");
    // a degenerate game: support enumeration misses equilibria, so the extreme ones come from vertex enumeration
    CliTest.Result degenerate = CliTest.run("solve", "matrix(stage=custom,payoffs=[[[1,1],[1,0]],[[1,0],[1,1]]])");
    assertThat(degenerate.out()).contains("4 Nash equilibria (vertex enumeration; the game is degenerate")
        .contains("row (a1 0.5, a2 0.5)  column (a2)");
    CliTest.Result lp = CliTest.run("solve", "matrix(stage=pd)", "--method", "lp");
    assertThat(lp.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(lp.err()).containsIgnoringCase("zero-sum");
  }

  @Test
  void solveRunsCfrOnPoker() {
    CliTest.Result r = CliTest.run("solve", "kuhn-poker", "--iterations", "1000");
    assertThat(r.code()).as(r.err()).isZero();
    // REFERENCE §9.11: CFR+ exploitability after 1000 iterations 0.0000873653, value −0.0555559
    assertThat(r.out()).contains("exploitability 0.0000873653").contains("-0.0555559");
    CliTest.Result cfr = CliTest.run("solve", "kuhn-poker", "--method", "cfr", "--iterations", "300", "--policy");
    assertThat(cfr.out()).contains("exploitability 0.0030339606").contains("p0|");
    CliTest.Result bad = CliTest.run("solve", "repeated(stage=pd)", "--method", "cfr");
    assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
    // Monte Carlo CFR is seeded: the same seed prints the same figures, and it gets close to the value −1/18
    CliTest.Result es = CliTest.run("solve", "kuhn-poker", "--method", "es-mccfr", "--iterations", "20000", "--seed",
        "42");
    assertThat(es.code()).as(es.err()).isZero();
    assertThat(es.out()).contains("external-sampling MCCFR (seed 42), 20000 iterations");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("exploitability (\\d+\\.\\d+)").matcher(es.out());
    assertThat(m.find()).isTrue();
    assertThat(Double.parseDouble(m.group(1))).isLessThan(0.01);
    String again = CliTest.run("solve", "kuhn-poker", "--method", "es-mccfr", "--iterations", "20000", "--seed", "42")
        .out();
    assertThat(again.substring(again.indexOf("average policy"))).isEqualTo(es.out().substring(
        es.out().indexOf("average policy")));
    assertThat(CliTest.run("solve", "kuhn-poker", "--method", "os-mccfr", "--iterations", "1000").out())
        .contains("outcome-sampling MCCFR (seed 1)");
  }

  @Test
  void rateStoresALeaderboardWithIntervals() throws Exception {
    Path f = dir.resolve("t.yaml");
    Files.writeString(f, "game: repeated(stage=pd,rounds=10)\nagents: [alld, tft, allc, random(p=0.5)]\n"
        + "repetitions: 20\nseed: 1\n");
    String db = dir.resolve("r.db").toString();
    assertThat(CliTest.run("tournament", f.toString(), "--store", db, "--run-id", "t", "--no-progress").code()).isZero();
    CliTest.Result r = CliTest.run("rate", "t", "--store", db);
    assertThat(r.code()).as(r.err()).isZero();
    CliTest.Result seat = CliTest.run("rate", "t", "--store", db, "--seat-advantage");
    assertThat(seat.code()).as(seat.err()).isZero();
    java.util.regex.Matcher adv = java.util.regex.Pattern.compile(
        "first-seat advantage: [+-][0-9.]+ rating points, 95% interval \\[(-?[0-9.]+|NaN), (-?[0-9.]+|NaN)\\]")
        .matcher(seat.out());
    assertThat(adv.find()).as(seat.out()).isTrue();
    // always-defect never loses here, so the estimate is unbounded: said, and no intervals
    assertThat(seat.out()).contains("the maximum-likelihood estimate is unbounded");
    assertThat(adv.group(1)).isEqualTo("NaN");
    assertThat(CliTest.run("rate", "t", "--store", db, "--seat-advantage", "--method", "elo").err())
        .contains("--seat-advantage goes with --method bradley-terry");
    assertThat(r.out()).contains("bradley-terry ratings of run t").contains("95% interval");
    try (JdbcRunStore s = JdbcRunStore.open(db)) {
      List<RatingRow> rows = s.ratings("t", "bradley-terry");
      assertThat(rows).hasSize(4);
      // always-defect never loses a ten-round PD on returns; always-cooperate never wins one
      assertThat(rows.get(0).agent()).isEqualTo("alld");
      assertThat(rows.get(3).agent()).isEqualTo("allc");
      assertThat(rows.get(1).lower()).isLessThan(rows.get(1).rating());
    }
    assertThat(CliTest.run("rate", "t", "--store", db, "--method", "elo").out()).contains("elo ratings");
    CliTest.Result nash = CliTest.run("rate", "t", "--store", db, "--method", "nash-averaging");
    assertThat(nash.code()).as(nash.err()).isZero();
    // alld beats everyone on returns: the maximum-entropy Nash of the win-rate game puts all mass on it
    assertThat(nash.out()).containsPattern("1\\s+alld\\s+0\\.0000\\s+mass 1\\.0000");
    assertThat(CliTest.run("rate", "t", "--store", db, "--method", "alpha-rank").out()).contains("alpha-rank ratings");
    CliTest.Result bad = CliTest.run("rate", "t", "--store", db, "--method", "glicko");
    assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
  }

  @Test
  void aCampaignPrintsPerRoundSummariesAndWritesAReport() throws Exception {
    Path f = dir.resolve("c.yaml");
    Files.writeString(f, "name: pd\ngame: repeated(stage=pd,rounds=10)\nlearner: tft\nopponent: random(p=0.6)\n"
        + "learner_seats: [0, 1]\nfeedback: [none]\nrounds: 3\ncampaigns: 6\nseed: 3\n");
    String db = dir.resolve("c.db").toString();
    Path report = dir.resolve("out/report.html");
    CliTest.Result r = CliTest.run("campaign", f.toString(), "--store", db, "--run-id", "c", "--no-progress",
        "--report", report.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 arms × 6 campaigns × 3 rounds = 36 episodes")
        .contains("return per round").contains("none / seat 0").contains("none / seat 1");
    String html = Files.readString(report);
    assertThat(html).contains("<svg").contains("return per round").contains("<table>");
    CliTest.Result again = CliTest.run("resume", "c", "--store", db, "--no-progress", "--report",
        dir.resolve("again.html").toString());
    assertThat(again.out()).contains("already complete");
    Files.writeString(f, "game: repeated\nlearner: tft\nopponent: alld\nfeedback: [nonee]\n");
    CliTest.Result bad = CliTest.run("campaign", f.toString(), "--store", db, "--no-progress");
    assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(bad.err()).contains("unknown critic 'nonee'").contains("did you mean 'none'");
  }

  @Test
  void metricsReportRationalityPerAgent() throws Exception {
    Path f = dir.resolve("m.yaml");
    Files.writeString(f, "game: repeated(stage=pd,rounds=10)\nagents: [tft, alld]\nself_play: false\nseed: 1\n");
    String db = dir.resolve("m.db").toString();
    assertThat(CliTest.run("tournament", f.toString(), "--store", db, "--run-id", "m", "--no-progress").code()).isZero();
    CliTest.Result r = CliTest.run("metrics", "m", "--store", db);
    assertThat(r.code()).as(r.err()).isZero();
    // TFT vs ALLD: (C,D) then nine (D,D); only the first TFT move is not a best response (regret 1).
    assertThat(r.out()).containsPattern("tft\\s+20\\s+90.0%\\s+90.0%\\s+0.100\\s+1.000")
        .containsPattern("alld\\s+20\\s+90.0%\\s+90.0%\\s+0.000\\s+0.000");
    CliTest.Result poker = CliTest.run("metrics", "nope", "--store", db);
    assertThat(poker.code()).isEqualTo(Main.BAD_INPUT);
  }

  @Test
  void experimentsWriteTheirCharts() throws Exception {
    Path chart = dir.resolve("intransitive.svg");
    CliTest.Result r = CliTest.run("experiment", "intransitive", "--iterations", "3000", "--out", chart.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("von Neumann winner (0.22222, 0.33333, 0.44444)").contains("BT-reward RLHF");
    assertThat(Files.readString(chart)).contains("<svg").contains("</svg>");
    assertThat(CliTest.run("experiment", "transtive").err()).contains("did you mean 'transitive'");
  }

  @Test
  void contributionsOfAgentsToAGroupOutcome() {
    // Public goods, 3 players, endowment 20, multiplier 1.5, 3 rounds: each full contributor adds
    // 20 × (1.5 − 1) = 10 to the group per round, 30 over the game; a free rider adds nothing.
    CliTest.Result r = CliTest.run("contribution", "public-goods", "--agents", "contribute,contribute,free-rider",
        "--baseline", "free-rider", "--episodes", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("all agents: 240.0000; all baseline: 180.0000")
        .containsPattern("seat 0 contribute\\S*\\s+\\+30\\.0000").containsPattern("seat 2 free-rider\\s+\\+0\\.0000")
        .containsPattern("sum\\s+\\+60\\.0000");
    CliTest.Result bad = CliTest.run("contribution", "public-goods", "--agents", "contribute", "--baseline", "free-rider");
    assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(bad.err()).contains("has 3 seats");
  }

  @Test
  void preferencePairsFromAStoredBargainingRun() throws Exception {
    Path f = dir.resolve("b.yaml");
    Files.writeString(f, "game: bargaining(rounds=6)\nagents: [boulware, linear, conceder, hardliner, tit-for-tat, bluffer]"
        + "\nrepetitions: 2\nself_play: false\nseed: 3\n");
    String db = dir.resolve("b.db").toString();
    assertThat(CliTest.run("tournament", f.toString(), "--store", db, "--run-id", "b", "--no-progress").code()).isZero();
    Path out = dir.resolve("b.jsonl");
    CliTest.Result r = CliTest.run("prefs", "export", "b", "--store", db, "--out", out.toString(), "--test-fraction",
        "0.25");
    assertThat(r.code()).as(r.err()).isZero();
    Path train = dir.resolve("b.train.jsonl");
    Path test = dir.resolve("b.test.jsonl");
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    java.util.Set<String> trainEpisodes = new java.util.HashSet<>();
    java.util.Set<String> testEpisodes = new java.util.HashSet<>();
    for (var entry : java.util.Map.of(train, trainEpisodes, test, testEpisodes).entrySet()) {
      List<String> lines = Files.readAllLines(entry.getKey());
      assertThat(lines).isNotEmpty();
      for (String line : lines) {
        var row = json.readTree(line);
        assertThat(row.has("prompt") && row.has("chosen") && row.has("rejected")).isTrue();
        var attributes = row.path("parley").path("attributes");
        // the chosen side did better for the acting seat than the rejected side
        assertThat(attributes.path("chosen.outcome").asDouble())
            .isGreaterThan(attributes.path("rejected.outcome").asDouble());
        for (String side : new String[] {"chosen.occurrences", "rejected.occurrences"}) {
          for (String occurrence : attributes.path(side).asText().split(",")) {
            entry.getValue().add(occurrence.substring(0, occurrence.indexOf('#')));
          }
        }
      }
    }
    assertThat(trainEpisodes).doesNotContainAnyElementsOf(testEpisodes);
    CliTest.Result check = CliTest.run("prefs", "check", train.toString());
    assertThat(check.out()).contains("PreferenceRecord=");
    CliTest.Result unpaired = CliTest.run("prefs", "export", "b", "--store", db, "--out",
        dir.resolve("u.jsonl").toString(), "--format", "unpaired");
    assertThat(unpaired.code()).isZero();
    assertThat(Files.readAllLines(dir.resolve("u.jsonl")).get(0)).contains("\"completion\"").contains("\"label\"");
    // In stored scripted play a context recurs only where the negotiators' moves are fixed (the talk is drawn at
    // random), so every pair differs in talk alone: the export says so, and the flag leaves them all out.
    java.util.regex.Matcher note = java.util.regex.Pattern.compile("note: (\\d+) of (\\d+) pairs make the same move")
        .matcher(r.out());
    assertThat(note.find()).as(r.out()).isTrue();
    assertThat(note.group(1)).isEqualTo(note.group(2));
    Path moves = dir.resolve("m.jsonl");
    CliTest.Result m = CliTest.run("prefs", "export", "b", "--store", db, "--out", moves.toString(), "--different-moves");
    assertThat(m.code()).as(m.err()).isZero();
    assertThat(m.out()).contains("→ 0 pairs").doesNotContain("note:");
    assertThat(Files.readAllLines(moves)).isEmpty();
  }
}
