package dev.parley.learn.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfPlayExperimentTest {
  @TempDir
  Path dir;

  @Test
  void aPolicyTrainedFromJudgePreferencesBeatsItsStartingPolicy() throws Exception {
    SelfPlayExperiment.Config config = new SelfPlayExperiment.Config("repeated(stage=pd,rounds=10)", 4, 60, 1, 1.0,
        100, 0.5, 400, 3);
    Path chart = dir.resolve("self-play.svg");
    SelfPlayExperiment.Result r = SelfPlayExperiment.run(config, chart);
    // Uniform play against uniform play scores (3 + 0 + 5 + 1) / 4 = 2.25 a round, 22.5 over ten.
    assertThat(r.startAgainstStart()).isBetween(21.5, 23.5);
    // Branch outcomes favour defection against a mostly random continuation: the trained policy
    // defects more and beats its starting policy head to head.
    assertThat(r.trainedAgainstStart()).isGreaterThan(r.startAgainstStart() + 3);
    assertThat(r.defection().get("start")[config.iterations()]).isGreaterThan(0.7);
    assertThat(r.pairs()).isGreaterThan(100);
    assertThat(Files.readString(chart)).contains("<svg");
    // same seed, same result
    assertThat(SelfPlayExperiment.run(config, dir.resolve("again.svg")).headToHead()).containsExactly(r.headToHead());
  }
}
