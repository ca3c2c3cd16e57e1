package dev.parley.core.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.engine.IllegalActionPolicy;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.spec.NameNotFoundException;
import dev.parley.core.spec.Spec;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TournamentSettingsTest {
  static final TournamentSettings SETTINGS = new TournamentSettings("league", "repeated(rounds=10)",
      List.of("tft", "prober(p=0.1)", "llm(prompt=\"be nice, then win\")"), 3, true, false, -42L,
      new RunnerConfig(IllegalActionPolicy.RANDOM_LEGAL, 4, Duration.ofMillis(1500), 5000));

  @Test
  void toMapIsFlatText() {
    assertThat(SETTINGS.toMap()).containsExactly(
        Map.entry("name", "league"),
        Map.entry("game", "repeated(rounds=10)"),
        Map.entry("agents", "tft\nprober(p=0.1)\nllm(prompt=\"be nice, then win\")"),
        Map.entry("repetitions", "3"),
        Map.entry("swap_seats", "true"),
        Map.entry("self_play", "false"),
        Map.entry("seed", "-42"),
        Map.entry("illegal_action", "random-legal"),
        Map.entry("max_reprompts", "4"),
        Map.entry("decision_timeout", "PT1.5S"),
        Map.entry("max_moves", "5000"));
  }

  @Test
  void fromMapReadsBackAnEqualRecord() {
    assertThat(TournamentSettings.fromMap(SETTINGS.toMap())).isEqualTo(SETTINGS);
    TournamentSettings noTimeout = new TournamentSettings("x", "g", List.of("a"), 1, false, true, Long.MAX_VALUE,
        RunnerConfig.DEFAULT);
    assertThat(noTimeout.toMap()).containsEntry("decision_timeout", "none")
        .containsEntry("illegal_action", "reprompt-then-forfeit");
    assertThat(TournamentSettings.fromMap(noTimeout.toMap())).isEqualTo(noTimeout);
  }

  @Test
  void fromMapNamesAMissingKey() {
    Map<String, String> m = new HashMap<>(SETTINGS.toMap());
    m.remove("seed");
    assertThatThrownBy(() -> TournamentSettings.fromMap(m))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stored settings lack 'seed'");
  }

  @Test
  void fromMapRejectsAnUnknownPolicyWithASuggestion() {
    Map<String, String> m = new HashMap<>(SETTINGS.toMap());
    m.put("illegal_action", "random_legl");
    assertThatThrownBy(() -> TournamentSettings.fromMap(m))
        .isInstanceOf(NameNotFoundException.class)
        .hasMessageContaining("did you mean 'random-legal'");
    m.put("illegal_action", "RANDOM_LEGAL");
    assertThat(TournamentSettings.fromMap(m).runner().policy()).isEqualTo(IllegalActionPolicy.RANDOM_LEGAL);
  }

  @Test
  void agentSpecsSpanningLinesAreRejectedBecauseTheyWouldNotReadBack() {
    // A canonical spec keeps a newline inside a parameter value as it is, and toMap joins agents
    // with newlines: such a spec used to come back from fromMap as two broken specs.
    String multiLine = Spec.of("llm", Map.of("system", "Be brief.\nBe kind.")).toString();
    assertThat(multiLine).contains("\n");
    assertThatThrownBy(() -> new TournamentSettings("n", "g", List.of(multiLine, "tft"), 1, true, false, 1,
        RunnerConfig.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spans several lines");
  }

  @Test
  void validation() {
    RunnerConfig c = RunnerConfig.DEFAULT;
    assertThatThrownBy(() -> new TournamentSettings("n", "g", List.of(), 1, true, true, 0, c))
        .hasMessageContaining("agents: list at least one agent");
    assertThatThrownBy(() -> new TournamentSettings("n", "g", List.of("a"), 0, true, true, 0, c))
        .hasMessageContaining("repetitions must be ≥ 1, was 0");
    assertThatThrownBy(() -> new TournamentSettings(null, "g", List.of("a"), 1, true, true, 0, c))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new TournamentSettings("n", "g", List.of("a"), 1, true, true, 0, null))
        .isInstanceOf(NullPointerException.class);
  }
}
