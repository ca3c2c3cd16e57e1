package dev.parley.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.spec.NameNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IllegalActionPolicyTest {

  @Test
  void labels() {
    assertThat(IllegalActionPolicy.REPROMPT_THEN_FORFEIT.label()).isEqualTo("reprompt-then-forfeit");
    assertThat(IllegalActionPolicy.RANDOM_LEGAL.label()).isEqualTo("random-legal");
    assertThat(IllegalActionPolicy.DEFAULT_ACTION.label()).isEqualTo("default-action");
    assertThat(IllegalActionPolicy.FORFEIT.label()).isEqualTo("forfeit");
  }

  @Test
  void parseAcceptsLabelsNamesAnyCaseAndSpaces() {
    assertThat(IllegalActionPolicy.parse("random-legal")).isEqualTo(IllegalActionPolicy.RANDOM_LEGAL);
    assertThat(IllegalActionPolicy.parse("RANDOM_LEGAL")).isEqualTo(IllegalActionPolicy.RANDOM_LEGAL);
    assertThat(IllegalActionPolicy.parse(" Random-Legal ")).isEqualTo(IllegalActionPolicy.RANDOM_LEGAL);
    assertThat(IllegalActionPolicy.parse("forfeit")).isEqualTo(IllegalActionPolicy.FORFEIT);
  }

  @ParameterizedTest
  @EnumSource(IllegalActionPolicy.class)
  void labelRoundTrips(IllegalActionPolicy p) {
    assertThat(IllegalActionPolicy.parse(p.label())).isEqualTo(p);
    assertThat(IllegalActionPolicy.parse(p.name())).isEqualTo(p);
  }

  @Test
  void junkIsRejectedWithASuggestion() {
    assertThatThrownBy(() -> IllegalActionPolicy.parse("randm-legal"))
        .isInstanceOfSatisfying(NameNotFoundException.class, e -> {
          assertThat(e.suggestion()).contains("random-legal");
          assertThat(e.accepted())
              .containsExactly("reprompt-then-forfeit", "random-legal", "default-action", "forfeit");
        })
        .hasMessageContaining("unknown illegal-action policy 'randm-legal'")
        .hasMessageContaining("did you mean 'random-legal'");
    assertThatThrownBy(() -> IllegalActionPolicy.parse("reprompt"))
        .hasMessageContaining("did you mean 'reprompt-then-forfeit'");
    assertThatThrownBy(() -> IllegalActionPolicy.parse("xyzzy"))
        .isInstanceOf(NameNotFoundException.class)
        .hasMessageNotContaining("did you mean")
        .hasMessageContaining("accepted: reprompt-then-forfeit, random-legal, default-action, forfeit");
  }
}
