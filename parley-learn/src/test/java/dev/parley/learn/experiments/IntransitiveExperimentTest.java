package dev.parley.learn.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The reduced intransitive experiment (20 000 iterations instead of 100 000): the Nash methods reach
 * their targets, the BT-reward pipeline stays far from both.
 */
class IntransitiveExperimentTest {

  @Test
  void separatesTheNashMethodsFromTheBradleyTerryPipeline(@TempDir Path dir) throws Exception {
    IntransitiveExperiment.Result r = IntransitiveExperiment.run(IntransitiveExperiment.Config.full()
        .withIterations(20_000), dir.resolve("intransitive.svg"));

    assertThat(r.vonNeumannWinner()).containsExactly(new double[] {2.0 / 9, 3.0 / 9, 4.0 / 9}, within(1e-12));
    assertThat(r.regularisedNash()).containsExactly(new double[] {0.27435063, 0.27924156, 0.44640781}, within(6e-9));
    MethodTrace nashMd = r.method("Nash-MD", "last");
    MethodTrace inpo = r.method("INPO", "last");
    MethodTrace sppo = r.method("SPPO", "average");
    MethodTrace dno = r.method("DNO", "average");
    MethodTrace rlhf = r.method("BT-reward RLHF", "last");

    assertThat(nashMd.finalDistance()).isLessThan(1e-3);
    assertThat(inpo.finalDistance()).isLessThan(1e-3);
    assertThat(nashMd.finalExploitability()).isCloseTo(r.regularisedNashExploitability(), within(1e-4));
    assertThat(sppo.finalExploitability()).isCloseTo(1.56e-3, within(5e-6));
    assertThat(dno.finalExploitability()).isLessThan(2e-3);
    assertThat(sppo.finalDistance()).isLessThan(0.01);
    assertThat(dno.finalDistance()).isLessThan(0.01);
    assertThat(r.method("SPPO", "last").finalExploitability()).as("the last iterate cycles").isGreaterThan(0.1);

    assertThat(rlhf.finalExploitability()).isGreaterThan(0.14);
    assertThat(rlhf.finalDistance()).as("distance to the nearer of the two equilibria").isGreaterThan(0.25);
    assertThat(rlhf.finalExploitability() / sppo.finalExploitability()).isGreaterThan(50);
    assertThat(rlhf.finalDistance() / Math.max(nashMd.finalDistance(), inpo.finalDistance())).isGreaterThan(500);
    assertThat(r.summary()).contains("BT-reward RLHF").contains("von Neumann winner (0.22222, 0.33333, 0.44444)");

    Document svg = Svg.parse(Files.readString(r.chart(), StandardCharsets.UTF_8));
    assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(2 * r.methods().size());
    assertThat(svg.getDocumentElement().getTextContent()).contains("INPO(η=0.1,τ=0.1) last");
  }
}
