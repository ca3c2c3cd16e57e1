package dev.parley.core.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.spec.NameNotFoundException;
import dev.parley.core.spec.Spec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParamsTest {
  static final List<ParamSpec> SPECS = List.of(
      ParamSpec.integer("rounds", 10, 1, 1000, "rounds to play"),
      ParamSpec.real("noise", 0, 0, 1, "chance of a flipped move"),
      ParamSpec.bool("verbose", false, "talk a lot"),
      ParamSpec.choice("stage", "pd", List.of("pd", "StagHunt", "chicken"), "stage game"),
      ParamSpec.list("moves", "[C,D]", "move names"),
      ParamSpec.numbers("payoffs", "[[3,3],[0,5]]", "payoff table"),
      ParamSpec.text("label", null, "optional label"));

  static Params bind(Map<String, String> raw) {
    return Params.bind("game toy", SPECS, raw);
  }

  static String canonical(String name, String value) {
    return bind(Map.of(name, value)).text(name);
  }

  @Test
  void defaultsAreFilledInDeclarationOrder() {
    Params p = bind(Map.of());
    assertThat(p.values()).containsExactly(
        Map.entry("rounds", "10"),
        Map.entry("noise", "0"),
        Map.entry("verbose", "false"),
        Map.entry("stage", "pd"),
        Map.entry("moves", "[C,D]"),
        Map.entry("payoffs", "[[3,3],[0,5]]"));
    assertThat(p.has("label")).isFalse();
    assertThat(p.specs()).isEqualTo(SPECS);
  }

  @Test
  void givenValuesReplaceDefaultsAndKeepDeclarationOrder() {
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("label", "hello");
    raw.put("rounds", "20");
    Params p = bind(raw);
    assertThat(p.values().keySet())
        .containsExactly("rounds", "noise", "verbose", "stage", "moves", "payoffs", "label");
    assertThat(p.intValue("rounds")).isEqualTo(20);
    assertThat(p.integer("rounds")).isEqualTo(20L);
    assertThat(p.text("label")).isEqualTo("hello");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "rounds|7|7",
      "rounds|' 7 '|7",
      "rounds|+7|7",
      "rounds|007|7",
      "noise|1|1",
      "noise|1.0|1",
      "noise|0.50|0.5",
      "noise|5e-1|0.5",
      "noise|.25|0.25",
      "verbose|TRUE|true",
      "verbose|False|false",
      "stage|stAGhunt|StagHunt",
      "stage|CHICKEN|chicken",
      "moves|[a, b]|[a,b]",
      "moves|a,b|[a,b]",
      "moves|[ x ,y,  z ]|[x,y,z]",
      "moves|[]|[]",
      "payoffs|[[3, 3], [0, 5.0]]|[[3,3],[0,5]]",
      "payoffs|[1.50, -2, 1e1]|[1.5,-2,10]",
      "payoffs|7|7",
      "payoffs|[]|[]",
      "payoffs|[[],[1]]|[[],[1]]",
  })
  void valuesAreCanonicalised(String name, String given, String expected) {
    assertThat(canonical(name, given)).isEqualTo(expected);
  }

  @Test
  void equalValuesGiveEqualParamsWhateverTheSpelling() {
    Params a = bind(Map.of("noise", "0.5", "verbose", "TRUE", "moves", "[C, D]"));
    Params b = bind(Map.of("noise", ".50", "verbose", "true", "moves", "C,D"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toSpec("toy").toString()).isEqualTo(b.toSpec("toy").toString());
    assertThat(a).isNotEqualTo(bind(Map.of("noise", "0.6")));
  }

  @Test
  void typedAccessors() {
    Params p = bind(Map.of("noise", "0.25", "verbose", "true", "moves", "[a,b,c]",
        "payoffs", "[[1,2],[3]]"));
    assertThat(p.real("noise")).isEqualTo(0.25);
    assertThat(p.bool("verbose")).isTrue();
    assertThat(p.list("moves")).containsExactly("a", "b", "c");
    assertThat(p.numbers("payoffs")).isEqualTo(List.of(List.of(1.0, 2.0), List.of(3.0)));
  }

  @Test
  void unsetOptionalParameterCannotBeRead() {
    assertThatThrownBy(() -> bind(Map.of()).text("label"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'label' is not set");
  }

  @Test
  void toSpecRoundTripsThroughSpecParsing() {
    Params p = bind(Map.of("label", "a, b (c)", "moves", "[x, y]"));
    Spec spec = p.toSpec("toy");
    assertThat(spec.toString()).isEqualTo(
        "toy(rounds=10,noise=0,verbose=false,stage=pd,moves=[x,y],payoffs=[[3,3],[0,5]],label=\"a, b (c)\")");
    Spec reparsed = Spec.parse(spec.toString());
    assertThat(Params.bind("game toy", SPECS, reparsed.params())).isEqualTo(p);
  }

  @Test
  void unknownParameterIsNamedWithASuggestion() {
    assertThatThrownBy(() -> bind(Map.of("round", "5")))
        .isInstanceOfSatisfying(NameNotFoundException.class, e -> {
          assertThat(e.given()).isEqualTo("round");
          assertThat(e.suggestion()).contains("rounds");
          assertThat(e.accepted()).containsExactly("rounds", "noise", "verbose", "stage", "moves", "payoffs",
              "label");
        })
        .hasMessageContaining("unknown parameter of game toy 'round'")
        .hasMessageContaining("did you mean 'rounds'");
  }

  @Test
  void intOutOfRangeNamesParameterValueAndRange() {
    assertThatThrownBy(() -> bind(Map.of("rounds", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter 'rounds' of game toy: 0 is out of range; expected an integer in [1, 1000]");
    assertThatThrownBy(() -> bind(Map.of("rounds", "1001")))
        .hasMessageContaining("1001 is out of range")
        .hasMessageContaining("in [1, 1000]");
  }

  @Test
  void intThatIsNotAnIntegerIsRejected() {
    assertThatThrownBy(() -> bind(Map.of("rounds", "ten")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter 'rounds' of game toy: 'ten' is not an integer in [1, 1000]");
    assertThatThrownBy(() -> bind(Map.of("rounds", "2.5")))
        .hasMessageContaining("'2.5' is not an integer");
  }

  @Test
  void doubleErrors() {
    assertThatThrownBy(() -> bind(Map.of("noise", "1.5")))
        .hasMessage("parameter 'noise' of game toy: 1.5 is out of range; expected a number in [0, 1]");
    assertThatThrownBy(() -> bind(Map.of("noise", "NaN")))
        .hasMessageContaining("'NaN' is not a number in [0, 1]");
    assertThatThrownBy(() -> bind(Map.of("noise", "lots")))
        .hasMessageContaining("parameter 'noise'").hasMessageContaining("'lots'");
  }

  @Test
  void boolErrorSaysWhatIsAccepted() {
    assertThatThrownBy(() -> bind(Map.of("verbose", "yes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter 'verbose' of game toy: 'yes' is not true or false");
  }

  @Test
  void unknownChoiceSuggestsTheClosest() {
    assertThatThrownBy(() -> bind(Map.of("stage", "chiken")))
        .isInstanceOfSatisfying(NameNotFoundException.class, e -> {
          assertThat(e.suggestion()).contains("chicken");
          assertThat(e.accepted()).containsExactly("pd", "StagHunt", "chicken");
        })
        .hasMessageContaining("parameter 'stage' of game toy")
        .hasMessageContaining("'chiken'")
        .hasMessageContaining("accepted: pd, StagHunt, chicken");
  }

  @Test
  void badListsAreRejected() {
    for (String bad : List.of("[a,,b]", "[a", "[[a],b]", "a,")) {
      assertThatThrownBy(() -> bind(Map.of("moves", bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("parameter 'moves'")
          .hasMessageContaining("'" + bad + "' is not a bracketed list of names");
    }
  }

  @Test
  void badNumbersAreRejected() {
    for (String bad : List.of("[1,2", "[1,,2]", "[1 2]", "[a]", "1 2", "", "[1,2]]")) {
      assertThatThrownBy(() -> bind(Map.of("payoffs", bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("parameter 'payoffs'")
          .hasMessageContaining("is not a bracketed list of numbers");
    }
  }

  @Test
  void invalidDefaultIsCaughtAtBindTime() {
    List<ParamSpec> specs = List.of(ParamSpec.integer("n", 0, 1, 5, "n"));
    assertThatThrownBy(() -> Params.bind("agent x", specs, Map.of()))
        .hasMessageContaining("parameter 'n' of agent x: 0 is out of range");
  }

  @Test
  void acceptedDescribesRanges() {
    assertThat(ParamSpec.integer("a", 1, 1, Long.MAX_VALUE, "").accepted()).isEqualTo("an integer ≥ 1");
    assertThat(ParamSpec.integer("a", 1, Long.MIN_VALUE, 9, "").accepted()).isEqualTo("an integer ≤ 9");
    assertThat(ParamSpec.integer("a", 1, Long.MIN_VALUE, Long.MAX_VALUE, "").accepted())
        .isEqualTo("an integer");
    assertThat(ParamSpec.real("a", 0.5, 0, 0.75, "").accepted()).isEqualTo("a number in [0, 0.75]");
    assertThat(ParamSpec.choice("c", "x", List.of("x", "y"), "").accepted()).isEqualTo("one of x, y");
  }

  @Test
  void paramSpecRejectsInconsistentDeclarations() {
    assertThatThrownBy(() -> ParamSpec.choice("c", "x", List.of(), ""))
        .hasMessageContaining("choice parameter 'c' needs choices");
    assertThatThrownBy(() -> ParamSpec.integer("n", 1, 5, 1, ""))
        .hasMessageContaining("parameter 'n': min 5.0 > max 1.0");
  }

  @Test
  void formatNumberDropsNeedlessFractions() {
    assertThat(Params.formatNumber(3.0)).isEqualTo("3");
    assertThat(Params.formatNumber(-2.0)).isEqualTo("-2");
    assertThat(Params.formatNumber(0.1)).isEqualTo("0.1");
    assertThat(Params.formatNumber(1e20)).isEqualTo("1.0E20");
    assertThat(Params.parseNumbers(Params.formatNumber(1e20))).isEqualTo(1e20);
  }

  @Test
  void emptyParams() {
    assertThat(Params.empty().values()).isEmpty();
    assertThat(Params.empty().toSpec("x").toString()).isEqualTo("x");
  }
}
