package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.episode.Episode;
import dev.parley.llm.fake.FakeLlmServer;
import dev.parley.store.JdbcRunStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tournaments with a model-driven seat against a loopback server that speaks the OpenAI protocol. */
class LlmTournamentTest {
  static final String KEY = "sk-fake-0123456789abcdefSECRET";

  @TempDir
  Path dir;
  FakeLlmServer server;

  @BeforeEach
  void start() {
    // Cooperates in odd rounds, defects in even ones: a reply that depends on the prompt.
    server = FakeLlmServer.start(r -> r.lastUserMessage().matches("(?s).*This is round \\d*[02468]\\..*")
        ? "Option F" : "Option J");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  String db() {
    return dir.resolve("llm.db").toString();
  }

  Path yaml(String name, int repetitions) throws Exception {
    Path f = dir.resolve(name + ".yaml");
    Files.writeString(f, "name: " + name + "\n"
        + "game: repeated(stage=pd,rounds=4)\n"
        + "agents:\n"
        + "  - openai-compatible:" + server.openAiBaseUrl() + "#fake-model?temperature=0.7&key_env=PARLEY_FAKE_KEY\n"
        + "  - tft\n"
        + "  - alld\n"
        + "repetitions: " + repetitions + "\n"
        + "self_play: false\n"
        + "seed: 99\n");
    return f;
  }

  static List<Episode> episodes(String db, String run) {
    List<Episode> out = new ArrayList<>();
    try (JdbcRunStore s = JdbcRunStore.open(db)) {
      s.forEachEpisode(run, out::add);
    }
    return out;
  }

  @Test
  void aModelSeatPlaysFromTheCliAndARerunReplaysFromTheCacheWithoutARequest() throws Exception {
    Path f = yaml("llm", 2);
    CliTest.Result first = CliTest.run("tournament", f.toString(), "--store", db(), "--run-id", "a", "--no-progress");
    assertThat(first.code()).as(first.err()).isZero();
    // 3 agents, both seat orders, no self play: 6 lineups × 2; the model plays 8 of them, 4 rounds each.
    int asked = server.requests().size();
    assertThat(asked).isEqualTo(8 * 4);
    assertThat(first.out()).contains("Model usage:").contains("32").contains("Run a complete: 12 episodes");
    assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer " + KEY);

    CliTest.Result again = CliTest.run("tournament", f.toString(), "--store", db(), "--run-id", "b", "--no-progress",
        "--cache", "replay");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(server.requests()).hasSize(asked);
    List<Episode> a = episodes(db(), "a");
    List<Episode> b = episodes(db(), "b");
    assertThat(b).hasSize(a.size());
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).steps().stream().map(s -> s.seat() + s.action()).collect(Collectors.toList()))
          .isEqualTo(a.get(i).steps().stream().map(s -> s.seat() + s.action()).collect(Collectors.toList()));
      assertThat(b.get(i).returns()).isEqualTo(a.get(i).returns());
    }
    // the model's moves follow the server's replies: J (C) in odd rounds, F (D) in even rounds
    Episode e = a.stream().filter(x -> x.seats().get(0).startsWith("llm(")).findFirst().orElseThrow();
    assertThat(e.steps().stream().filter(s -> s.seat() == 0).map(s -> s.action()).collect(Collectors.joining()))
        .isEqualTo("CDCD");
    assertThat(e.steps().get(0).trace().rawOutput()).isEqualTo("Option J");
  }

  @Test
  void noApiKeyAppearsInTheStoreExportsOrOutput() throws Exception {
    Path f = yaml("secret", 1);
    CliTest.Result r = CliTest.run("tournament", f.toString(), "--store", db(), "--run-id", "s", "--no-progress");
    assertThat(r.code()).as(r.err()).isZero();
    Path out = dir.resolve("s.jsonl");
    CliTest.Result ex = CliTest.run("export", "s", "--store", db(), "--out", out.toString());
    assertThat(ex.code()).isZero();
    assertThat(r.out() + r.err() + ex.out() + ex.err()).doesNotContain(KEY);
    assertThat(Files.readString(out)).contains("fake-model").doesNotContain(KEY);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        assertThat(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)).as(p.toString()).doesNotContain(KEY);
      }
    }
  }

  @Test
  void aMissingKeyIsReportedBeforeAnythingRuns() throws Exception {
    Path f = dir.resolve("nokey.yaml");
    Files.writeString(f, "game: repeated\nagents: [\"openai:gpt-4o-mini?key_env=PARLEY_NO_SUCH_KEY\", tft]\n");
    CliTest.Result r = CliTest.run("tournament", f.toString(), "--store", db(), "--no-progress");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("set the environment variable PARLEY_NO_SUCH_KEY");
    assertThat(Files.exists(Path.of(db()))).isFalse();
  }

  @Test
  void modelsCheckReportsLatencyOrWhatFailed() {
    CliTest.Result ok = CliTest.run("models", "check", "openai-compatible:" + server.openAiBaseUrl() + "#fake");
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("ok: replied in").contains("\"Option J\"");
    CliTest.Result down = CliTest.run("models", "check", "openai-compatible:http://127.0.0.1:1/v1#m?connect_timeout=1s");
    assertThat(down.code()).isEqualTo(Main.FAILED);
    assertThat(down.err()).contains("cannot connect").contains("connection");
    CliTest.Result noKey = CliTest.run("models", "check", "anthropic:claude-x?key_env=PARLEY_NO_SUCH_KEY");
    assertThat(noKey.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(noKey.err()).contains("PARLEY_NO_SUCH_KEY");
    CliTest.Result bad = CliTest.run("models", "check", "openia:gpt");
    assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(bad.err()).contains("did you mean 'openai'");
  }

  @Test
  void aKilledModelTournamentResumesWithoutRepeatingPaidCalls() throws Exception {
    server.delay(java.time.Duration.ofMillis(5));
    Path f = yaml("kill", 150);
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "tournament", f.toString(), "--store", db(),
        "--run-id", "k", "--threads", "8", "--no-progress")
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (server.served() < 300) {
      assertThat(child.isAlive()).as("the tournament ended before it could be killed").isTrue();
      assertThat(System.nanoTime()).as("no progress within 60 s").isLessThan(deadline);
      Thread.sleep(10);
    }
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    int beforeResume = server.requests().size();
    CliTest.Result resumed = CliTest.run("resume", "k", "--store", db(), "--no-progress", "--threads", "8");
    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(episodes(db(), "k")).hasSize(6 * 150);
    Map<String, Integer> seen = new HashMap<>();
    for (FakeLlmServer.Request r : server.requests()) {
      seen.merge(r.body().toString(), 1, Integer::sum);
    }
    long repeated = seen.values().stream().filter(n -> n > 1).count();
    // Only calls in flight at the kill (at most one per thread) may be asked again.
    assertThat(repeated).isLessThanOrEqualTo(8);
    assertThat(server.requests().size()).isEqualTo(seen.size() + (int) seen.values().stream().mapToInt(n -> n - 1).sum());
    assertThat(beforeResume).isGreaterThanOrEqualTo(300);
    assertThat(server.requests().size()).isEqualTo(4 * 4 * 150 + (int) seen.values().stream().mapToInt(n -> n - 1).sum());
  }
}
