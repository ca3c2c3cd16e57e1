package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.llm.fake.FakeLlmServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shapley attribution of a model's choice to the parts of its prompt, against a model that needs two parts. */
class AttributeTest {
  @TempDir
  Path dir;

  @Test
  void partsThatTogetherDecideTheChoiceShareItsCredit() {
    // The stand-in model cooperates only when it sees the history and the generous persona.
    try (FakeLlmServer server = FakeLlmServer.start(r -> {
      String all = r.body().path("messages").toString();
      return all.contains("What happened so far") && all.contains("generous") ? "Option J" : "Option F";
    })) {
      CliTest.Result r = CliTest.run("attribute", "repeated(stage=pd,rounds=5)", "--moves", "C|D,D|D", "--seat", "0",
          "--target", "C", "--samples", "2", "--store", dir.resolve("a.db").toString(), "--agent",
          "openai-compatible:" + server.openAiBaseUrl() + "#m?temperature=1&persona=You are generous.&hint=Forgive.");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("P(C) with every part: 1.000; with none: 0.000")
          .containsPattern("rules\\s+\\+0\\.0000").containsPattern("history\\s+\\+0\\.5000")
          .containsPattern("persona\\s+\\+0\\.5000").containsPattern("hint\\s+\\+0\\.0000")
          .containsPattern("sum\\s+\\+1\\.0000");
      // 16 subsets × 2 samples, each a distinct request (distinct sample keys)
      assertThat(server.requests()).hasSize(32);
    }
  }
}
