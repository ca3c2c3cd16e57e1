package dev.parley.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameNotFoundExceptionTest {
  static final List<String> GAMES = List.of("repeated", "kuhn_poker", "leduc_poker", "ultimatum");

  @Test
  void messageNamesTheBadValueTheSuggestionAndWhatIsAccepted() {
    var e = new NameNotFoundException("game", "repeatd", GAMES);
    assertThat(e.getMessage()).isEqualTo(
        "unknown game 'repeatd' (did you mean 'repeated'?); accepted: repeated, kuhn_poker, leduc_poker, ultimatum");
    assertThat(e.suggestion()).contains("repeated");
    assertThat(e.what()).isEqualTo("game");
    assertThat(e.given()).isEqualTo("repeatd");
    assertThat(e.accepted()).isEqualTo(GAMES);
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noSuggestionWhenNothingIsClose() {
    var e = new NameNotFoundException("game", "chess", GAMES);
    assertThat(e.suggestion()).isEmpty();
    assertThat(e.getMessage()).doesNotContain("did you mean")
        .isEqualTo("unknown game 'chess'; accepted: repeated, kuhn_poker, leduc_poker, ultimatum");
  }

  @Test
  void prefixAndCaseInsensitiveMatchesAreSuggested() {
    assertThat(NameNotFoundException.closest("kuhn", GAMES)).contains("kuhn_poker");
    assertThat(NameNotFoundException.closest("LEDUC_POKER", GAMES)).contains("leduc_poker");
    assertThat(NameNotFoundException.closest("ultimatm", GAMES)).contains("ultimatum");
  }

  @Test
  void closestPicksTheNearestCandidate() {
    assertThat(NameNotFoundException.closest("tfx", List.of("grim", "tft", "tf2t"))).contains("tft");
    assertThat(NameNotFoundException.closest("x", List.of())).isEmpty();
  }

  @Test
  void howCloseIsCloseEnough() {
    // up to two edits, or a third of the length for long names
    assertThat(NameNotFoundException.closest("grmi", List.of("grim", "tft"))).contains("grim");
    assertThat(NameNotFoundException.closest("leduc_pokerxyz", GAMES)).contains("leduc_poker");
    assertThat(NameNotFoundException.closest("gxrmx", List.of("grim"))).isEmpty();
    assertThat(NameNotFoundException.closest("abcdef", List.of("tft"))).isEmpty();
  }

  @Test
  void levenshteinDistance() {
    assertThat(NameNotFoundException.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(NameNotFoundException.distance("", "abc")).isEqualTo(3);
    assertThat(NameNotFoundException.distance("abc", "abc")).isZero();
    assertThat(NameNotFoundException.distance("abc", "acb")).isEqualTo(2);
  }
}
