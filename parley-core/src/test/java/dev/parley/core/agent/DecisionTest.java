package dev.parley.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionTest {

  @Test
  void plainDecisions() {
    Decision<Integer> d = Decision.of(3);
    assertThat(d.hasAction()).isTrue();
    assertThat(d.action()).isEqualTo(3);
    assertThat(d.trace()).isNull();
    assertThat(d.problem()).isNull();
    assertThat(Decision.of(3)).isSameAs(d);
    assertThat(Decision.of(1000)).isEqualTo(Decision.of(1000));
    assertThat(Decision.of("x").action()).isEqualTo("x");
    assertThatThrownBy(() -> Decision.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void failedDecisionsCarryTheProblem() {
    DecisionTrace trace = new DecisionTrace("p", "raw", null, null, null);
    Decision<Integer> d = Decision.failed("no move found", trace);
    assertThat(d.hasAction()).isFalse();
    assertThat(d.problem()).isEqualTo("no move found");
    assertThat(d.trace()).isSameAs(trace);
    assertThatThrownBy(() -> new Decision<Integer>(null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must say why");
    assertThatThrownBy(() -> Decision.failed(null, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void traceDefaults() {
    DecisionTrace t = new DecisionTrace(null, null, null, null, null);
    assertThat(t.attempts()).isEmpty();
    assertThat(t.notes()).isEmpty();
    assertThat(t.usage()).isEqualTo(DecisionTrace.Usage.NONE);
    DecisionTrace u = new DecisionTrace("p", "o",
        List.of(new DecisionTrace.ParseAttempt("o", "ok", null)),
        new DecisionTrace.Usage(10, 5), Map.of("prediction", "C"));
    assertThat(u.attempts()).hasSize(1);
    assertThat(u.notes()).containsEntry("prediction", "C");
  }

  @Test
  void usageAddsUpAndRejectsNegatives() {
    var sum = new DecisionTrace.Usage(10, 5).plus(new DecisionTrace.Usage(1, 2));
    assertThat(sum).isEqualTo(new DecisionTrace.Usage(11, 7));
    assertThatThrownBy(() -> new DecisionTrace.Usage(-1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
