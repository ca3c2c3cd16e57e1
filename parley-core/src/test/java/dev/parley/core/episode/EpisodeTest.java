package dev.parley.core.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpisodeTest {
  static final Provenance PROV = new Provenance("v", "c", "g-v1", "h");

  @Test
  void idReturnsAndTiming() {
    Episode e = new Episode("run", 12, "g", List.of("a", "b"), 9,
        List.of(new Step(0, -1, "1", null), new Step(1, 0, "2", null)), List.of(1.5, -1.5), List.of(),
        EpisodeStatus.COMPLETED, PROV, 1000, 2000);
    assertThat(e.id()).isEqualTo("run/12");
    assertThat(e.returnOf(1)).isEqualTo(-1.5);
    Episode w = e.withoutTiming();
    assertThat(w.startedAtMillis()).isZero();
    assertThat(w.durationNanos()).isZero();
    assertThat(w).isNotEqualTo(e);
    assertThat(w.steps()).isEqualTo(e.steps());
    assertThat(w.withoutTiming()).isEqualTo(w);
  }

  @Test
  void listsAreCopied() {
    List<Step> steps = new ArrayList<>(List.of(new Step(0, 0, "x", null)));
    Episode e = new Episode("run", 0, "g", List.of("a"), 1, steps, List.of(0.0), List.of(),
        EpisodeStatus.COMPLETED, PROV, 0, 0);
    steps.clear();
    assertThat(e.steps()).hasSize(1);
    assertThatThrownBy(() -> e.steps().add(new Step(1, 0, "y", null)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void validation() {
    assertThatThrownBy(() -> new Episode("run", 0, "g", List.of("a", "b"), 1, List.of(), List.of(0.0), List.of(),
        EpisodeStatus.COMPLETED, PROV, 0, 0))
        .hasMessageContaining("returns has 1 entries for 2 seats");
    assertThatThrownBy(() -> new Step(-1, 0, "x", null)).hasMessageContaining("move must be ≥ 0");
    assertThatThrownBy(() -> new Step(0, 0, null, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Violation(0, 0, Violation.Kind.MALFORMED, null, Violation.Resolution.FORFEIT))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Provenance("v", null, "g", "h")).isInstanceOf(NullPointerException.class);
  }
}
