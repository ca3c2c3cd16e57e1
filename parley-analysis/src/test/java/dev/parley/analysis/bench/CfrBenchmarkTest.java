package dev.parley.analysis.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the benchmark briefly: it must load the games by name, agree with its baseline and report. */
class CfrBenchmarkTest {
  @Test
  void shortRunReportsBothGamesWithBaselineAndRatio() {
    List<String> lines = CfrBenchmark.run(0.05);
    lines.forEach(System.out::println);
    assertThat(lines).hasSize(10);
    assertThat(lines.get(1)).startsWith("check leduc-poker CFR+: compiled and baseline average policies are identical");
    assertThat(lines.get(2)).startsWith("check kuhn-poker CFR: compiled and baseline average policies are identical");
    assertThat(lines.get(3)).startsWith("leduc-poker CFR+ compiled arrays:").contains("936 information sets");
    assertThat(lines.get(4)).startsWith("leduc-poker CFR+ baseline (GameState walk, hash maps):");
    assertThat(lines.get(5)).matches("leduc-poker CFR\\+ speed-up: [0-9.]+x");
    assertThat(lines.get(8)).matches("kuhn-poker CFR speed-up: [0-9.]+x");
    assertThat(lines.get(9)).startsWith("leduc-poker external-sampling MCCFR:").contains("iterations/s")
        .contains("in the same time");
  }

  @Test
  void refusesANonPositiveTime() {
    assertThatThrownBy(() -> CfrBenchmark.run(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seconds must be > 0, was 0.0");
  }
}
