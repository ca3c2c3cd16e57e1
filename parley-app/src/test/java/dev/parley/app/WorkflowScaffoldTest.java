package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.llm.fake.FakeLlmServer;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model agent leaning on the Deal-or-No-Deal workflow scaffold (the model here follows its advice). */
class WorkflowScaffoldTest {
  static final Pattern SUGGESTED = Pattern.compile("Suggested move: (.+)");

  @TempDir
  Path dir;

  @Test
  void aModelFollowingTheWorkflowAdviceReachesAnEnvyFreeDeal() {
    try (FakeLlmServer server = FakeLlmServer.start(r -> {
      Matcher m = SUGGESTED.matcher(r.lastUserMessage());
      return m.find() ? m.group(1).strip() : "end";
    })) {
      CliTest.Result r = CliTest.run("play", "deal-or-no-deal(counts=[1,1,3],values_a=[1,3,2],values_b=[1,0,3])",
          "--agents", "openai-compatible:" + server.openAiBaseUrl() + "#m?scaffold=workflow,dond-truthful",
          "--seed", "3", "--store", dir.resolve("w.db").toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(server.requests()).isNotEmpty();
      assertThat(server.requests().get(0).lastUserMessage()).contains("Analysis (workflow):");
      // REFERENCE §9.5: the envy-free splits of this instance total 12
      assertThat(r.out()).contains("status: completed").containsPattern("returns: \\[(5\\.0, 7\\.0|6\\.0, 6\\.0)\\]");
    }
  }
}
