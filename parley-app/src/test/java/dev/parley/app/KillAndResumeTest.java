package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.episode.Episode;
import dev.parley.store.JdbcRunStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a tournament process with SIGKILL in the middle, resumes it, and checks that the finished
 * run has exactly the planned episodes, none twice, identical to an uninterrupted run's.
 */
class KillAndResumeTest {
  @TempDir
  Path dir;

  static final String YAML = """
      name: kill-test
      game: repeated(stage=pd,rounds=200)
      agents: [allc, alld, tft, stft, tf2t, grim, wsls, alt, def1, prober, random(p=0.3)]
      repetitions: 300
      seed: 2024
      """;

  @Test
  void aKilledTournamentResumesToTheSameResultAsAnUninterruptedOne() throws Exception {
    Path file = dir.resolve("kill.yaml");
    Files.writeString(file, YAML);
    String killedDb = dir.resolve("killed.db").toString();
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Xmx256m", Main.class.getName(), "tournament",
        file.toString(), "--store", killedDb, "--run-id", "k", "--threads", "1", "--no-progress")
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    long planned = 11L * 11 * 300;
    long storedAtKill = waitForSomeEpisodes(killedDb, child, dir.resolve("child.log"));
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("the child was killed, not finished").isNotZero();
    long storedAfterKill;
    try (JdbcRunStore s = JdbcRunStore.open(killedDb)) {
      storedAfterKill = s.countEpisodes("k");
    }
    assertThat(storedAfterKill).as("killed in the middle").isBetween(storedAtKill, planned - 1);

    CliTest.Result resumed = CliTest.run("resume", "k", "--store", killedDb, "--no-progress", "--threads", "2");
    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(resumed.out()).contains("Resuming k: " + storedAfterKill + " of " + planned);

    String cleanDb = dir.resolve("clean.db").toString();
    CliTest.Result clean = CliTest.run("tournament", file.toString(), "--store", cleanDb, "--run-id", "c",
        "--threads", "1", "--no-progress");
    assertThat(clean.code()).as(clean.err()).isZero();

    Digest killed = digest(killedDb, "k");
    Digest reference = digest(cleanDb, "c");
    assertThat(killed.count).isEqualTo(planned);
    assertThat(killed.distinctMatches).isEqualTo(planned);
    assertThat(killed.hash).isEqualTo(reference.hash);
    assertThat(table(resumed.out())).isEqualTo(table(clean.out()));
  }

  private static long waitForSomeEpisodes(String db, Process child, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        throw new AssertionError("the tournament process ended before it could be killed; its output:\n"
            + Files.readString(log));
      }
      if (Files.exists(Path.of(db))) {
        try (JdbcRunStore s = JdbcRunStore.open(db)) {
          if (s.findRun("k").isPresent()) {
            long n = s.countEpisodes("k");
            if (n >= 1000) {
              return n;
            }
          }
        } catch (RuntimeException busy) {
          // the writer holds the database for a moment; try again
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no episodes stored within 60 s");
  }

  record Digest(long count, long distinctMatches, String hash) {}

  private static Digest digest(String db, String runId) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    long[] count = {0, 0};
    long[] last = {-1};
    try (JdbcRunStore s = JdbcRunStore.open(db)) {
      s.forEachEpisode(runId, e -> {
        count[0]++;
        if (e.matchIndex() != last[0]) {
          count[1]++;
        }
        last[0] = e.matchIndex();
        md.update(canonical(e).getBytes(StandardCharsets.UTF_8));
      });
    }
    return new Digest(count[0], count[1], HexFormat.of().formatHex(md.digest()));
  }

  private static String canonical(Episode e) {
    return e.matchIndex() + "|" + e.seed() + "|" + e.game() + "|" + e.seats() + "|" + e.status() + "|" + e.returns()
        + "|" + e.steps() + "|" + e.violations() + "\n";
  }

  private static String table(String out) {
    int start = out.indexOf("rank agent");
    int end = out.indexOf("\nRun ", start);
    return out.substring(start, end);
  }
}
