package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outcome pairs made on purpose from a stored run: branching re-plays from the CLI. */
class PrefsBranchTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  String run() throws Exception {
    return CliTest.tournament(dir, "pd", "game: repeated(stage=pd,rounds=10)\nagents: [tft, allc, grim]\nrepetitions: 1\n"
        + "self_play: false\nseed: 5\n");
  }

  static List<JsonNode> rows(Path file) throws Exception {
    return CliTest.jsonLines(file);
  }

  @Test
  void inTheLastRoundOfAPrisonersDilemmaDefectingIsAlwaysChosen() throws Exception {
    String db = run();
    Path out = dir.resolve("pd.branch.jsonl");
    CliTest.Result r = CliTest.run("prefs", "branch", "pd", "--store", db, "--episodes", "0", "--steps", "0",
        "--out", out.toString(), "--no-progress");
    assertThat(r.code()).as(r.err()).isZero();
    // 6 episodes (3 agents, both seat orders, no self-play) × 20 decisions; 2 listed moves × 2 repeats each
    assertThat(r.out()).contains("6 episodes, 120 decision points, 480 continuations");
    List<JsonNode> rows = rows(out);
    assertThat(rows).isNotEmpty();
    int lastRound = 0;
    for (JsonNode row : rows) {
      JsonNode a = row.path("parley").path("attributes");
      // listed alternatives differ in the move by construction, and the better ending is chosen
      assertThat(a.path("chosen.move").asText()).isNotEqualTo(a.path("rejected.move").asText());
      assertThat(a.path("chosen.outcome").asDouble()).isGreaterThan(a.path("rejected.outcome").asDouble());
      assertThat(a.path("chosen.branch").isMissingNode()).isFalse();
      if (a.path("chosen.step").asInt() >= 18) {
        // no round follows the last one: D earns 5 instead of 3, or 1 instead of 0, whatever the other does
        lastRound++;
        assertThat(a.path("chosen.move").asText()).isEqualTo("D");
        assertThat(row.path("margin").asDouble()).isIn(1.0, 2.0);
      }
    }
    // these three always cooperate with one another, so every episode reaches the same last-round context for
    // each seat; identical contexts pool their branches: one last-round pair per seat
    assertThat(lastRound).isEqualTo(2);
    // the same seed makes the same file
    Path again = dir.resolve("again.jsonl");
    CliTest.run("prefs", "branch", "pd", "--store", db, "--episodes", "0", "--steps", "0", "--out", again.toString(),
        "--no-progress");
    assertThat(Files.readString(again)).isEqualTo(Files.readString(out));
  }

  @Test
  void badSettingsAreNamed() throws Exception {
    String db = run();
    CliTest.Result r = CliTest.run("prefs", "branch", "pd", "--store", db, "--alternatives", "every");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("--alternatives must be auto, listed or sampled, got every");
    CliTest.Result c = CliTest.run("prefs", "branch", "pd", "--store", db, "--count", "0");
    assertThat(c.err()).contains("--count and --repeats ≥ 1");
  }
}
