package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Step;
import dev.parley.core.episode.Violation;
import dev.parley.llm.fake.FakeLlmServer;
import dev.parley.store.JdbcRunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bargaining campaign whose learner and critic are models served by a loopback protocol server. */
class LlmCampaignTest {
  @TempDir
  Path dir;

  @Test
  void theCriticsAdviceReachesTheNextRoundAndOffersAreCheckedByTheEngine() throws Exception {
    AtomicInteger sellerCalls = new AtomicInteger();
    try (FakeLlmServer server = FakeLlmServer.start(r -> {
      if (r.body().path("model").asText().equals("critic-model")) {
        return "1. Hold firm a little longer.\n2. Explain why the balloon is worth it.\n3. Stay friendly.";
      }
      // The first seller move is an impossible price; the engine must refuse it.
      return sellerCalls.getAndIncrement() == 0 ? "OFFER 0.00\nPractically free!" : "OFFER 18.00\nEighteen is fair.";
    })) {
      String url = server.openAiBaseUrl();
      Path f = dir.resolve("c.yaml");
      Files.writeString(f, "name: llm-bargain\ngame: bargaining\n"
          + "learner: openai-compatible:" + url + "#seller-model?temperature=0\n"
          + "opponent: linear\nlearner_seats: [seller]\n"
          + "feedback: [\"llm(model=openai-compatible:" + url + "#critic-model?temperature=0)\"]\n"
          + "rounds: 2\ncampaigns: 1\nseed: 5\n");
      String db = dir.resolve("c.db").toString();
      CliTest.Result r = CliTest.run("campaign", f.toString(), "--store", db, "--run-id", "c", "--no-progress",
          "--report", dir.resolve("c.html").toString());
      assertThat(r.code()).as(r.err()).isZero();
      List<Episode> episodes = new ArrayList<>();
      try (JdbcRunStore s = JdbcRunStore.open(db)) {
        s.forEachEpisode("c", episodes::add);
      }
      assertThat(episodes).hasSize(2);
      Episode first = episodes.get(0);
      assertThat(first.violations()).first().satisfies(v -> {
        assertThat(v.kind()).isEqualTo(Violation.Kind.NOT_LEGAL);
        assertThat(v.seat()).isZero();
        assertThat(v.resolution()).isEqualTo(Violation.Resolution.REPROMPTED);
      });
      assertThat(first.feedback()).singleElement().satisfies(fb ->
          assertThat(fb.suggestions()).contains("Hold firm a little longer."));
      // the critic's advice is in the learner's prompt in round 2
      Step sellerMove = episodes.get(1).steps().stream().filter(s -> s.seat() == 0 && s.trace() != null)
          .findFirst().orElseThrow();
      assertThat(sellerMove.trace().prompt()).contains("Advice from your earlier games")
          .contains("Hold firm a little longer.");
      assertThat(sellerMove.action()).startsWith("offer 18.00");
      assertThat(r.out()).contains("price per round").contains("Model usage:");
    }
  }
}
