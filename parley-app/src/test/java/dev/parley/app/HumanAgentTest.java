package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.io.TempDir;

/** A person at the terminal plays any game: moves typed on standard input, prompts on standard error. */
@ResourceLock("java.lang.System.in")
@ResourceLock(Resources.SYSTEM_ERR)
class HumanAgentTest {
  @TempDir
  Path dir;

  InputStream savedIn;
  PrintStream savedErr;
  ByteArrayOutputStream shown;

  @BeforeEach
  void capture() {
    savedIn = System.in;
    savedErr = System.err;
    shown = new ByteArrayOutputStream();
    System.setErr(new PrintStream(shown, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setIn(savedIn);
    System.setErr(savedErr);
  }

  static void type(String lines) {
    System.setIn(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aPersonPlaysARepeatedGameAgainstTitForTat() {
    type("Option J\nmaybe later\nOption F\nOption F\n");
    CliTest.Result r = CliTest.run("play", "repeated(stage=pd,rounds=3)", "--agents", "human,tft", "--seed", "1",
        "--no-store");
    assertThat(r.code()).as(r.err()).isZero();
    String seen = shown.toString(StandardCharsets.UTF_8);
    // the person sees the rules and the allowed answers, and an unusable answer is explained and asked again
    assertThat(seen).contains("you play").contains("Allowed: Option J | Option F").contains("Cannot use that:")
        .contains("Game over (COMPLETED)");
    // C, then D twice against tit-for-tat (C, C, D): 3 + 5 + 1 for the person, 3 + 0 + 1 for tft
    assertThat(r.out()).contains("returns: [9.0, 4.0]");
  }

  @Test
  void endOfInputIsAForfeitNotAHang() {
    type("");
    CliTest.Result r = CliTest.run("play", "repeated(stage=pd,rounds=2)", "--agents", "human,tft", "--seed", "1",
        "--no-store");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("status: forfeit");
  }

  @Test
  void aRunWithAPersonPlaysOneEpisodeAtATime() throws Exception {
    Path f = dir.resolve("t.yaml");
    Files.writeString(f, "game: repeated(stage=pd,rounds=1)\nagents: [human, tft]\nrepetitions: 1\n");
    CliTest.Result r = CliTest.run("tournament", f.toString(), "--threads", "2", "--store",
        dir.resolve("t.db").toString(), "--no-progress");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("a person plays in this run (agent human), one episode at a time");
    Files.writeString(f, "game: repeated(stage=pd,rounds=1)\nagents: [human, tft]\nrepetitions: 1\n"
        + "decision_timeout: 5s\n");
    CliTest.Result timed = CliTest.run("tournament", f.toString(), "--store", dir.resolve("t.db").toString(),
        "--no-progress");
    assertThat(timed.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(timed.err()).contains("decision_timeout cannot apply");
  }
}
