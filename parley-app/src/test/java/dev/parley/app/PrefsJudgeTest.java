package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.llm.fake.FakeLlmServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Judge pairs from a stored run, with a model judge on the loopback server and with the outcome rule judge. */
class PrefsJudgeTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Pattern OPTION_A = Pattern.compile("Option A:\\n<<<\\n(.*)\\n");

  @TempDir
  Path dir;

  String run() throws Exception {
    return CliTest.tournament(dir, "r", "game: repeated(stage=pd,rounds=3)\nagents: [random(p=0.5), tft]\nrepetitions: 6\n"
        + "self_play: false\nseed: 2\n");
  }

  static List<JsonNode> rows(Path file) throws Exception {
    return CliTest.jsonLines(file);
  }

  @Test
  void aModelJudgeAskedInBothOrdersWritesItsSoftVerdicts() throws Exception {
    String db = run();
    // the stand-in judge always prefers defecting (Option F), whichever position it is shown in
    try (FakeLlmServer server = FakeLlmServer.start(r -> {
      Matcher m = OPTION_A.matcher(r.lastUserMessage());
      return m.find() && m.group(1).strip().equals("Option F") ? "A\nProbability: 0.9" : "B\nProbability: 0.1";
    })) {
      Path out = dir.resolve("j.jsonl");
      CliTest.Result r = CliTest.run("prefs", "judge", "r", "--store", db, "--out", out.toString(), "--judge",
          "openai-compatible:" + server.openAiBaseUrl() + "#judge?temperature=0", "--criterion",
          "Which move scores more this round?");
      assertThat(r.code()).as(r.err()).isZero();
      List<JsonNode> rows = rows(out);
      assertThat(rows).as(r.out()).isNotEmpty();
      assertThat(server.requests()).hasSize(2 * rows.size());
      assertThat(server.requests().get(0).lastUserMessage()).contains("Which move scores more this round?");
      for (JsonNode row : rows) {
        // scripted moves are written as the players are asked to answer: D is Option F, C is Option J
        assertThat(row.path("chosen").asText()).isEqualTo("Option F");
        assertThat(row.path("rejected").asText()).isEqualTo("Option J");
        assertThat(row.path("parley").path("probability").asDouble()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-12));
      }
      assertThat(r.out()).contains("mean order bias +0.000").contains("0 ties").contains("Model usage:");
    }
  }

  @Test
  void theOutcomeJudgePrefersTheAnswerThatEndedBetter() throws Exception {
    String db = run();
    Path out = dir.resolve("o.jsonl");
    CliTest.Result r = CliTest.run("prefs", "judge", "r", "--store", db, "--out", out.toString(), "--judge", "outcome");
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> rows = rows(out);
    assertThat(rows).isNotEmpty();
    for (JsonNode row : rows) {
      JsonNode a = row.path("parley").path("attributes");
      assertThat(a.path("chosen.outcome").asDouble()).isGreaterThan(a.path("rejected.outcome").asDouble());
    }
    assertThat(CliTest.run("prefs", "judge", "r", "--store", db, "--judge", "outcome", "--max-per-context", "0")
        .err()).contains("--max-per-context must be ≥ 1");
  }

  @Test
  @org.junit.jupiter.api.parallel.ResourceLock("java.lang.System.in")
  @org.junit.jupiter.api.parallel.ResourceLock(org.junit.jupiter.api.parallel.Resources.SYSTEM_ERR)
  void aPersonLabelsPairsAtTheTerminalAndTheRowsAreHumanPairs() throws Exception {
    String db = run();
    java.io.InputStream savedIn = System.in;
    java.io.PrintStream savedErr = System.err;
    java.io.ByteArrayOutputStream shown = new java.io.ByteArrayOutputStream();
    // each pair is asked twice, the second time with the options swapped: A then B is one consistent preference
    System.setIn(new java.io.ByteArrayInputStream(("hmm\n" + "A\nB\n".repeat(400))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    System.setErr(new java.io.PrintStream(shown, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      Path out = dir.resolve("h.jsonl");
      CliTest.Result r = CliTest.run("prefs", "judge", "r", "--store", db, "--out", out.toString(), "--judge", "human",
          "--criterion", "Which move would you make?");
      assertThat(r.code()).as(r.err()).isZero();
      List<JsonNode> rows = rows(out);
      assertThat(rows).isNotEmpty().allSatisfy(row -> {
        assertThat(row.path("parley").path("source").asText()).isEqualTo("human");
        assertThat(row.path("parley").path("judge").asText()).isEqualTo("human:terminal");
        assertThat(row.path("parley").path("probability").asDouble()).isEqualTo(1.0);
      });
      assertThat(r.out()).contains("mean order bias +0.000");
      assertThat(shown.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("Which move would you make?")
          .contains("Answer A, B or tie.");
    } finally {
      System.setIn(savedIn);
      System.setErr(savedErr);
    }
  }
}
