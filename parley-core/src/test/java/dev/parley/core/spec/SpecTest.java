package dev.parley.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecTest {

  @Test
  void bareNameHasNoParameters() {
    Spec s = Spec.parse("tft");
    assertThat(s.name()).isEqualTo("tft");
    assertThat(s.params()).isEmpty();
    assertThat(s.toString()).isEqualTo("tft");
    assertThat(s).isEqualTo(Spec.of("tft"));
  }

  @Test
  void nameMayContainDotsSlashesColonsAndDashes() {
    Spec s = Spec.parse("openai/gpt-4.1:mini_x(temp=0.5)");
    assertThat(s.name()).isEqualTo("openai/gpt-4.1:mini_x");
    assertThat(s.params()).containsExactly(Map.entry("temp", "0.5"));
  }

  @Test
  void parametersKeepTheirWrittenOrder() {
    Spec s = Spec.parse("g(z=1,a=2,m=3)");
    assertThat(s.params().keySet()).containsExactly("z", "a", "m");
    assertThat(s.toString()).isEqualTo("g(z=1,a=2,m=3)");
  }

  @Test
  void nestedBracketsAreOneValueAndRoundTrip() {
    String text = "repeated(payoffs=[[[3,3],[0,5]],[[5,0],[1,1]]],rounds=10)";
    Spec s = Spec.parse(text);
    assertThat(s.name()).isEqualTo("repeated");
    assertThat(s.params()).containsExactly(
        Map.entry("payoffs", "[[[3,3],[0,5]],[[5,0],[1,1]]]"),
        Map.entry("rounds", "10"));
    assertThat(s.toString()).isEqualTo(text);
    assertThat(Spec.parse(s.toString())).isEqualTo(s);
  }

  @Test
  void nestedSpecValueKeepsItsCommas() {
    Spec s = Spec.parse("repeated(stage=matrix(a=1,b=[2,3]),rounds=5)");
    assertThat(s.params()).containsExactly(
        Map.entry("stage", "matrix(a=1,b=[2,3])"),
        Map.entry("rounds", "5"));
    assertThat(Spec.parse(s.params().get("stage")).params()).containsEntry("b", "[2,3]");
    assertThat(s.toString()).isEqualTo("repeated(stage=matrix(a=1,b=[2,3]),rounds=5)");
  }

  @Test
  void quotedValuesMayHoldCommasParenthesesAndEscapes() {
    Spec s = Spec.parse("llm(prompt=\"Hello, world (be nice)\",stop=\"say \\\"hi\\\" \\\\ bye\")");
    assertThat(s.params()).containsExactly(
        Map.entry("prompt", "Hello, world (be nice)"),
        Map.entry("stop", "say \"hi\" \\ bye"));
    String printed = s.toString();
    assertThat(printed).isEqualTo("llm(prompt=\"Hello, world (be nice)\",stop=\"say \\\"hi\\\" \\\\ bye\")");
    assertThat(Spec.parse(printed)).isEqualTo(s);
  }

  @Test
  void whitespaceAroundTokensIsIgnored() {
    Spec s = Spec.parse("  tft ( a = 1 ,  b = [1, 2] , c = \" padded \" )  ");
    assertThat(s.name()).isEqualTo("tft");
    assertThat(s.params()).containsExactly(
        Map.entry("a", "1"), Map.entry("b", "[1, 2]"), Map.entry("c", " padded "));
    assertThat(Spec.parse(s.toString())).isEqualTo(s);
    assertThat(s.toString()).isEqualTo("tft(a=1,b=[1, 2],c=\" padded \")");
  }

  @Test
  void emptyParenthesesMeanNoParameters() {
    assertThat(Spec.parse("tft()")).isEqualTo(Spec.of("tft"));
    assertThat(Spec.parse("tft( )").toString()).isEqualTo("tft");
  }

  @Test
  void emptyQuotedValueRoundTrips() {
    Spec s = Spec.parse("a(x=\"\")");
    assertThat(s.params()).containsEntry("x", "");
    assertThat(s.toString()).isEqualTo("a(x=\"\")");
    assertThat(Spec.parse(s.toString())).isEqualTo(s);
  }

  @Test
  void ofQuotesOnlyWhatNeedsQuoting() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("plain", "abc");
    params.put("list", "[a,b]");
    params.put("comma", "a,b");
    params.put("lead", " x");
    params.put("close", "x)");
    params.put("quote", "a\"b");
    params.put("empty", "");
    Spec s = Spec.of("n", params);
    assertThat(s.toString()).isEqualTo(
        "n(plain=abc,list=[a,b],comma=\"a,b\",lead=\" x\",close=\"x)\",quote=\"a\\\"b\",empty=\"\")");
    assertThat(Spec.parse(s.toString())).isEqualTo(s);
  }

  @Test
  void ofRejectsBadNamesAndKeys() {
    assertThatThrownBy(() -> Spec.of("bad name")).isInstanceOf(SpecSyntaxException.class)
        .hasMessageContaining("bad name 'bad name'");
    assertThatThrownBy(() -> Spec.of("ok", Map.of("k=v", "1"))).isInstanceOf(SpecSyntaxException.class)
        .hasMessageContaining("bad parameter name 'k=v'");
  }

  @Test
  void paramsAreUnmodifiable() {
    Spec s = Spec.parse("a(b=1)");
    assertThatThrownBy(() -> s.params().put("c", "2")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalSpecsHaveEqualHashCodes() {
    Spec a = Spec.parse("x(k=1, j=2)");
    Spec b = Spec.of("x", Map.of("k", "1", "j", "2"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Spec.parse("x(k=1,j=3)")).isNotEqualTo(Spec.parse("y(k=1,j=2)"));
  }

  @Test
  void missingCloseParenthesisReportsTheEnd() {
    assertThatThrownBy(() -> Spec.parse("tft(a=1"))
        .isInstanceOfSatisfying(SpecSyntaxException.class, e -> {
          assertThat(e.position()).isEqualTo(7);
          assertThat(e.source()).isEqualTo("tft(a=1");
        })
        .hasMessageContaining("missing ')'")
        .hasMessageContaining("position 7");
  }

  @Test
  void duplicateKeyPointsAtTheSecondOccurrence() {
    assertThatThrownBy(() -> Spec.parse("x(a=1,a=2)"))
        .isInstanceOfSatisfying(SpecSyntaxException.class, e -> assertThat(e.position()).isEqualTo(6))
        .hasMessageContaining("parameter 'a' given twice")
        .hasMessageContaining("position 6");
  }

  @Test
  void unbalancedBracketsAreReported() {
    assertThatThrownBy(() -> Spec.parse("x(a=[1,[2]"))
        .isInstanceOfSatisfying(SpecSyntaxException.class, e -> assertThat(e.position()).isEqualTo(10))
        .hasMessageContaining("unbalanced brackets")
        .hasMessageContaining("position 10");
    assertThatThrownBy(() -> Spec.parse("x(a=f(1,g(2)"))
        .hasMessageContaining("unbalanced brackets")
        .hasMessageContaining("position 12");
  }

  @Test
  void emptyTextIsReported() {
    assertThatThrownBy(() -> Spec.parse(""))
        .isInstanceOfSatisfying(SpecSyntaxException.class, e -> assertThat(e.position()).isZero())
        .hasMessageContaining("empty spec")
        .hasMessageContaining("position 0");
    assertThatThrownBy(() -> Spec.parse("   ")).hasMessageContaining("empty spec");
  }

  @Test
  void otherSyntaxErrorsNameTheProblemAndPosition() {
    assertThatThrownBy(() -> Spec.parse("(a=1)")).hasMessageContaining("expected a name")
        .hasMessageContaining("position 0");
    assertThatThrownBy(() -> Spec.parse("x(=1)")).hasMessageContaining("expected a parameter name")
        .hasMessageContaining("position 2");
    assertThatThrownBy(() -> Spec.parse("x(a 1)")).hasMessageContaining("expected '=' after parameter 'a'")
        .hasMessageContaining("position 4");
    assertThatThrownBy(() -> Spec.parse("x(a=\"open)")).hasMessageContaining("unterminated quoted value")
        .hasMessageContaining("position 10");
    assertThatThrownBy(() -> Spec.parse("x(a=\"q\"z)")).hasMessageContaining("expected ',' or ')'")
        .hasMessageContaining("position 7");
    assertThatThrownBy(() -> Spec.parse("x(a=1) y")).hasMessageContaining("unexpected 'y' after the spec")
        .hasMessageContaining("position 7");
    assertThatThrownBy(() -> Spec.parse("x(a=1,)")).hasMessageContaining("expected a parameter name")
        .hasMessageContaining("position 6");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x(a=1", "x(a=[1,2", "x(a=1,a=1)", "", "x(a", "x(a=\"", "x)"})
  void everySyntaxErrorIsASpecSyntaxExceptionWithTheSource(String text) {
    assertThatThrownBy(() -> Spec.parse(text)).isInstanceOfSatisfying(SpecSyntaxException.class, e -> {
      assertThat(e.source()).isEqualTo(text.strip());
      assertThat(e.position()).isBetween(0, text.strip().length());
      assertThat(e.getMessage()).contains("position " + e.position()).contains("'" + text.strip() + "'");
    });
  }

  /** Any values, however awkward, print to a form that parses back to the same spec. */
  @Test
  void randomValuesRoundTrip() {
    Random random = new Random(7);
    String alphabet = "ab1 ,=[]()\"\\\t.-";
    for (int round = 0; round < 3000; round++) {
      Map<String, String> params = new LinkedHashMap<>();
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        StringBuilder v = new StringBuilder();
        int len = random.nextInt(8);
        for (int j = 0; j < len; j++) {
          v.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        params.put("k" + i, v.toString());
      }
      Spec s = Spec.of("name", params);
      String printed = s.toString();
      assertThat(Spec.parse(printed)).as("parse(%s)", printed).isEqualTo(s);
      assertThat(Spec.parse(printed).toString()).isEqualTo(printed);
    }
  }

  @Test
  void quoteIfNeededLeavesSafeTokensAlone() {
    assertThat(Spec.quoteIfNeeded("10")).isEqualTo("10");
    assertThat(Spec.quoteIfNeeded("[[1,2],[3]]")).isEqualTo("[[1,2],[3]]");
    assertThat(Spec.quoteIfNeeded("f(a=1,b=2)")).isEqualTo("f(a=1,b=2)");
    assertThat(Spec.quoteIfNeeded("]")).isEqualTo("\"]\"");
    assertThat(Spec.quoteIfNeeded("a\\b")).isEqualTo("\"a\\\\b\"");
    assertThat(Spec.quoteIfNeeded("x ")).isEqualTo("\"x \"");
    assertThat(List.of(Spec.quoteIfNeeded(""))).containsExactly("\"\"");
  }

  @Test
  void mismatchedBracketsAreRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Spec.parse("g(x=[1,2))"))
        .isInstanceOf(SpecSyntaxException.class).hasMessageContaining("')' closes '['");
    org.assertj.core.api.Assertions.assertThat(Spec.quoteIfNeeded("[1,2)")).isEqualTo("\"[1,2)\"");
    Spec odd = Spec.of("g", java.util.Map.of("x", "[1,2)"));
    org.assertj.core.api.Assertions.assertThat(Spec.parse(odd.toString())).isEqualTo(odd);
  }
}
