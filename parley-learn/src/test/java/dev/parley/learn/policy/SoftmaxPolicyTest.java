package dev.parley.learn.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SoftmaxPolicyTest {

  @Test
  void logProbabilitiesAreExactLogSoftmax() {
    PolicySpace space = PolicySpace.single(3);
    SoftmaxPolicy pi = SoftmaxPolicy.ofLogits(space, new double[][] {{1000, 1001, 999}});
    double lse = 1001 + Math.log(Math.exp(-1) + 1 + Math.exp(-2));

    assertThat(pi.logProbability(0, 0)).isCloseTo(1000 - lse, within(1e-12));
    assertThat(pi.logProbability(0, 2)).isCloseTo(999 - lse, within(1e-12));
    double[] p = pi.probabilities(0);
    assertThat(p[0] + p[1] + p[2]).isCloseTo(1, within(1e-15));
  }

  @Test
  void fromProbabilitiesRoundTrips() {
    SoftmaxPolicy pi = SoftmaxPolicy.of(0.6, 0.3, 0.1);

    assertThat(pi.probabilities(0)).containsExactly(new double[] {0.6, 0.3, 0.1}, within(1e-15));
    assertThat(pi.kl(0, pi)).isEqualTo(0);
    assertThat(pi.kl(0, SoftmaxPolicy.uniform(pi.space())))
        .isCloseTo(0.6 * Math.log(1.8) + 0.3 * Math.log(0.9) + 0.1 * Math.log(0.3), within(1e-15));
  }

  @Test
  void informationStatePolicyConvertsToAnalysisTabularPolicy() {
    Map<String, List<String>> actions = new LinkedHashMap<>();
    actions.put("0:J", List.of("pass", "bet"));
    actions.put("1:Q|b", List.of("fold", "call", "raise"));
    PolicySpace space = PolicySpace.informationStates(actions);
    SoftmaxPolicy pi = SoftmaxPolicy.ofProbabilities(space, new double[][] {{0.25, 0.75}, {0.2, 0.3, 0.5}});

    assertThat(pi.toTabularPolicy().probabilities("1:Q|b").orElseThrow())
        .containsExactly(new double[] {0.2, 0.3, 0.5}, within(1e-15));
    assertThat(space.optionIndex(1, "raise")).isEqualTo(2);
    assertThatThrownBy(() -> space.optionIndex(0, "raise")).hasMessageContaining("'raise'").hasMessageContaining("'0:J'");
  }

  @Test
  void samplingFollowsTheProbabilitiesAndIsSeeded() {
    SoftmaxPolicy pi = SoftmaxPolicy.of(0.6, 0.3, 0.1);
    int[] counts = new int[3];
    SplittableRandom rnd = new SplittableRandom(1);
    for (int i = 0; i < 100_000; i++) {
      counts[pi.sample(0, rnd)]++;
    }
    assertThat(counts[0] / 1e5).isCloseTo(0.6, within(0.01));
    assertThat(counts[2] / 1e5).isCloseTo(0.1, within(0.01));
    assertThat(pi.sample(0, new SplittableRandom(5))).isEqualTo(pi.sample(0, new SplittableRandom(5)));
  }

  @Test
  void failsFast() {
    PolicySpace space = PolicySpace.single(2);
    assertThatThrownBy(() -> SoftmaxPolicy.ofProbabilities(space, new double[][] {{1, 0}}))
        .hasMessageContaining("probabilities[0][1] must be > 0");
    assertThatThrownBy(() -> SoftmaxPolicy.ofLogits(space, new double[][] {{1, 2, 3}}))
        .hasMessageContaining("logits[0] must have 2 entries");
    assertThatThrownBy(() -> PolicySpace.single("x", List.of("a", "a"))).hasMessageContaining("repeats option 'a'");
    assertThatThrownBy(() -> space.withLengths(new int[][] {{1, 0}})).hasMessageContaining("lengths[0][1]");
  }
}
