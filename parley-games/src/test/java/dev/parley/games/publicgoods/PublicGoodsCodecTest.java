package dev.parley.games.publicgoods;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.GameState;
import dev.parley.core.game.ParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicGoodsCodecTest {
  static final PublicGoodsGame GAME = (PublicGoodsGame) GameRegistry.discover().load("public-goods");
  static final ActionCodec<Integer> CODEC = GAME.codec();

  @Test
  void canonicalTextRoundTrips() {
    for (int c = 0; c <= 20; c++) {
      assertThat(CODEC.encode(c)).isEqualTo("contribute " + c);
      assertThat(CODEC.parse(CODEC.encode(c))).isEqualTo(new ParseResult.Ok<>(c));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      contribute 7                                  | 7
      7                                             | 7
      '  contribute 12.  '                          | 12
      I contribute 7 coins                          | 7
      I contribute 7 coins out of my 20             | 7
      Contribution: 7                               | 7
      My contribution is 7.                         | 7
      Answer: contribute 7                          | 7
      **contribute 7**                              | 7
      I will put 5 in the pot                       | 5
      I choose to give $3                           | 3
      7 coins                                       | 7
      $7                                            | 7
      contribute 0                                  | 0
      contribute 7.0                                | 7
      I contribute nothing this round               | 0
      I'll contribute everything                    | 20
      contribute all                                | 20
      Nothing.                                      | 0
      zero                                          | 0
      Everything!                                   | 20
      contribute 25                                 | 25
      contribute -3                                 | -3
      """)
  void tolerantParsingFindsTheAmount(String text, int expected) {
    assertThat(CODEC.parse(text)).isEqualTo(new ParseResult.Ok<>(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ''                                            | empty answer
      I am not sure yet                             | names no contribution
      contribute seven                              | names no contribution
      contribute 7.5                                | 7.5 is not a whole number
      I contribute 5, no wait, I contribute 8       | several amounts (5, 8)
      7 or 8                                        | several amounts (7, 8)
      contribute 99999999999                        | far more than the endowment of 20
      """)
  void unreadableAnswersSayWhyAndHowToAnswer(String text, String reason) {
    ParseResult<Integer> r = CODEC.parse(text);
    assertThat(r).isInstanceOf(ParseResult.Malformed.class);
    assertThat(((ParseResult.Malformed<Integer>) r).reason()).contains(reason)
        .contains("\"contribute N\"").contains("0 to 20");
  }

  @Test
  void amountsOutsideTheEndowmentParseButAreNotLegal() {
    GameState<Integer> s = GAME.newInitialState();
    ParseResult<Integer> r = CODEC.parse("I contribute 25 coins", s, 1);
    assertThat(r).isInstanceOf(ParseResult.NotLegal.class);
    assertThat(((ParseResult.NotLegal<Integer>) r).reason()).contains("25").contains("0..20");
    assertThat(CODEC.parse("contribute -3", s, 1)).isInstanceOf(ParseResult.NotLegal.class);
    assertThat(CODEC.parse("I contribute 20 coins", s, 1)).isEqualTo(new ParseResult.Ok<>(20));
  }
}
