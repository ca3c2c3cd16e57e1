package dev.parley.learn.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reduced transitive experiment (2 000 iterations instead of 20 000). */
class TransitiveExperimentTest {

  @Test
  void everyMethodReachesItsKlRegularisedOptimum(@TempDir Path dir) throws Exception {
    TransitiveExperiment.Result r = TransitiveExperiment.run(TransitiveExperiment.Config.full().withIterations(2000),
        dir.resolve("transitive.svg"));

    assertThat(r.dpoClosedFormError()).isLessThan(1e-9);
    for (String m : new String[] {"offline DPO", "online DPO", "BT-reward RLHF", "Nash-MD", "INPO"}) {
      assertThat(r.method(m).finalDistance()).as(m).isLessThan(1e-3);
    }
    for (String m : new String[] {"SPPO", "DNO"}) {
      MethodTrace t = r.method(m);
      assertThat(t.finalDistance()).as(m).isLessThan(5e-3);
      assertThat(t.distance()[t.distance().length - 1]).isLessThan(t.distance()[t.distance().length / 2]);
    }
    // Reward-based and preference-based optima differ but rank the responses alike: y1 ≻ y2 ≻ y3.
    assertThat(r.klOptimum()[0]).isGreaterThan(r.klOptimum()[1]).isGreaterThan(r.klOptimum()[2]);
    assertThat(r.regularisedNash()[0]).isGreaterThan(r.regularisedNash()[1]).isGreaterThan(r.regularisedNash()[2]);
    assertThat(Math.abs(r.klOptimum()[0] - r.regularisedNash()[0])).isGreaterThan(0.1);
    assertThat(r.condorcetWinner()).containsExactly(1, 0, 0);
    Svg.parse(Files.readString(r.chart(), StandardCharsets.UTF_8));
  }
}
