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

/** Utilities elicited from a stand-in model whose preferences follow a number hidden in each outcome. */
class UtilitiesTest {
  static final Pattern OPTION = Pattern.compile("Option ([AB]):\\n<<<\\n.*?(\\d+) coins");

  @TempDir
  Path dir;

  @Test
  void theElicitedOrderIsTheModelsOrderAndARerunAsksNothing() throws Exception {
    List<String> lines = new ArrayList<>(List.of("# outcomes", ""));
    for (int coins : new int[] {7, 3, 12, 1, 9, 5, 11, 2}) {
      lines.add("You receive " + coins + " coins.");
    }
    Path file = dir.resolve("outcomes.txt");
    Files.write(file, lines);
    // the stand-in prefers more coins, whichever side they are shown on
    try (FakeLlmServer server = FakeLlmServer.start(r -> {
      Matcher m = OPTION.matcher(r.lastUserMessage());
      int a = -1;
      int b = -1;
      while (m.find()) {
        if (m.group(1).equals("A")) {
          a = Integer.parseInt(m.group(2));
        } else {
          b = Integer.parseInt(m.group(2));
        }
      }
      return a > b ? "A" : "B";
    })) {
      String spec = "openai-compatible:" + server.openAiBaseUrl() + "#chooser?temperature=1";
      String db = dir.resolve("u.db").toString();
      Path json = dir.resolve("u.json");
      CliTest.Result r = CliTest.run("utilities", file.toString(), "--judge", spec, "--asks", "4", "--per-round", "5",
          "--store", db, "--out", json.toString());
      assertThat(r.code()).as(r.err()).isZero();
      // 8 outcomes: ceil(2 · 8 · log2 8) = 48 exceeds the 28 pairs, so every pair is asked, 4 times each
      assertThat(r.out()).contains("8 outcomes, 28 of 28 pairs asked 4 times each (112 questions");
      assertThat(server.requests()).hasSize(112);
      JsonNode u = new ObjectMapper().readTree(json.toFile()).path("utilities");
      List<String> order = new ArrayList<>();
      u.forEach(row -> order.add(row.path("outcome").asText()));
      assertThat(order).containsExactly("You receive 12 coins.", "You receive 11 coins.", "You receive 9 coins.",
          "You receive 7 coins.", "You receive 5 coins.", "You receive 3 coins.", "You receive 2 coins.",
          "You receive 1 coins.");
      assertThat(r.out()).contains("mean probability that a triad of choices forms a cycle: 0.0000");
      // every reply is in the store's cache: the same question again makes no request
      CliTest.Result again = CliTest.run("utilities", file.toString(), "--judge", spec, "--asks", "4", "--per-round",
          "5", "--store", db);
      assertThat(again.code()).as(again.err()).isZero();
      assertThat(server.requests()).hasSize(112);
    }
    Files.writeString(dir.resolve("one.txt"), "only this\n");
    CliTest.Result bad = CliTest.run("utilities", dir.resolve("one.txt").toString(), "--judge", "ollama:x");
    assertThat(bad.code()).isNotZero();
    assertThat(bad.err()).contains("holds 1 outcome(s); at least two are needed");
  }
}
