package dev.parley.games.poker;

import static dev.parley.games.poker.PokerPlay.play;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.GameState;
import dev.parley.core.game.ParseResult;
import dev.parley.core.game.Turn;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeducPokerTest {
  @SuppressWarnings("unchecked")
  static final Game<Integer> LEDUC = (Game<Integer>) GameRegistry.discover().load("leduc-poker");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // a private card pairing the public card beats a higher card
      "deal:Qs deal:Kh raise call deal:Qh call call, 3",
      "deal:Kh deal:Js call call deal:Jh call call, -1",
      // no pair: the higher private card wins
      "deal:Qs deal:Kh call call deal:Js call call, -1",
      "deal:Ks deal:Qh call call deal:Jh raise call, 5",
      // equal ranks split the pot
      "deal:Js deal:Jh call call deal:Ks raise call, 0",
      "deal:Qs deal:Qh raise raise call deal:Ks raise raise call, 0",
      // folds: the folder loses what it put in
      "deal:Ks deal:Js raise fold, 1",
      "deal:Js deal:Ks call raise fold, -1",
      "deal:Js deal:Ks raise raise fold, -3",
      "deal:Js deal:Ks raise call deal:Qs call raise fold, -3",
      "deal:Js deal:Ks raise call deal:Qs raise raise fold, -7",
      // the largest pot: two raises in each round
      "deal:Ks deal:Qs raise raise call deal:Js raise raise call, 13",
      "deal:Ks deal:Qs raise raise call deal:Qh raise raise call, -13"})
  void bettingSequencesPayAsInOpenSpiel(String moves, double player0) {
    GameState<Integer> s = play(LEDUC, moves);
    assertThat(s.isTerminal()).as(moves).isTrue();
    assertThat(s.returns()).containsExactly(player0, 0.0 - player0);
  }

  @Test
  void foldOnlyFacingARaiseAndAtMostTwoRaisesPerRound() {
    GameState<Integer> s = play(LEDUC, "deal:Qs deal:Kh");
    assertThat(s.turn()).isEqualTo(Turn.single(0));
    assertThat(s.legalActions(0)).containsExactly(LeducPoker.CALL, LeducPoker.RAISE);
    assertThat(s.check(0, LeducPoker.FOLD)).hasValueSatisfying(m -> assertThat(m).contains("facing a raise"));
    s = s.apply(LeducPoker.RAISE);
    assertThat(s.legalActions(1)).containsExactly(LeducPoker.FOLD, LeducPoker.CALL, LeducPoker.RAISE);
    s = s.apply(LeducPoker.RAISE);
    assertThat(s.legalActions(0)).containsExactly(LeducPoker.FOLD, LeducPoker.CALL);
    assertThat(s.check(0, LeducPoker.RAISE)).hasValueSatisfying(m -> assertThat(m).contains("at most 2 raises"));
    GameState<Integer> last = s;
    assertThatThrownBy(() -> last.apply(LeducPoker.RAISE)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void roundTwoDealsAPublicCardThenPlayerZeroActsWithRaisesOfFour() {
    GameState<Integer> s = play(LEDUC, "deal:Qs deal:Kh call raise call");
    assertThat(s.turn()).isEqualTo(Turn.CHANCE);
    assertThat(s.chanceOutcomes()).hasSize(4).allSatisfy(o -> assertThat(o.probability()).isEqualTo(0.25));
    assertThat(s.chanceOutcomes()).extracting(o -> LEDUC.codec().encode(o.action()))
        .containsExactly("deal:Js", "deal:Jh", "deal:Qh", "deal:Ks");
    s = s.apply(LeducPoker.DEAL + 4);
    assertThat(s.turn()).isEqualTo(Turn.single(0));
    assertThat(s.legalActions(0)).containsExactly(LeducPoker.CALL, LeducPoker.RAISE);
    var f = LEDUC.observe(s.apply(LeducPoker.RAISE), 1).fields();
    assertThat(f).containsEntry("pot", 10).containsEntry("your_stake", 3).containsEntry("their_stake", 7)
        .containsEntry("round", 2).containsEntry("public_card", "Ks");
  }

  @Test
  void chanceDealsWithoutReplacement() {
    GameState<Integer> root = LEDUC.newInitialState();
    assertThat(root.chanceOutcomes()).hasSize(6).allSatisfy(o -> assertThat(o.probability()).isEqualTo(1.0 / 6));
    assertThat(play(LEDUC, "deal:Qh").chanceOutcomes()).hasSize(5)
        .allSatisfy(o -> assertThat(o.probability()).isEqualTo(0.2))
        .noneMatch(o -> o.action() == LeducPoker.DEAL + 3);
    assertThatThrownBy(() -> play(LEDUC, "deal:Qh deal:Qh")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("still in the deck");
  }

  @Test
  void gameTreeHas936InformationSetsAndUniformPlayIsWorthMinusFiveOver64() {
    PokerPlay.TreeCount t = PokerPlay.walk(LEDUC);
    assertThat(t.infosets).hasSize(936);
    assertThat(t.expectedReturn0).isCloseTo(-0.078125, Offset.offset(1e-12));
  }

  @Test
  void informationStateKeysHoldOwnCardPublicCardAndBets() {
    GameState<Integer> s = play(LEDUC, "deal:Qs deal:Kh raise call deal:Jh call");
    assertThat(s.informationStateKey(0)).isEqualTo("p0|Qs??|rc|Jh|c");
    assertThat(s.informationStateKey(1)).isEqualTo("p1|??Kh|rc|Jh|c");
    assertThat(play(LEDUC, "deal:Qs deal:Kh raise call").informationStateKey(1)).isEqualTo("p1|??Kh|rc");
    GameState<Integer> end = s.apply(LeducPoker.CALL);
    assertThat(end.informationStateKey(1)).isEqualTo("p1|QsKh|rc|Jh|cc");
  }

  @Test
  void observationsHideTheOpponentsCardUntilShowdown() {
    GameState<Integer> s = play(LEDUC, "deal:Qs deal:Kh raise call deal:Jh");
    String text = LEDUC.observe(s, 1).text();
    assertThat(text).contains("Your card: Kh.").contains("Public card: Jh.").doesNotContain("Qs")
        .contains("Betting round 1: the opponent raised by 2, you called 2 chips.");
    assertThat(LEDUC.observe(s, 0).text()).contains("Your options: call, raise").doesNotContain("Kh");
    assertThat(LEDUC.observe(s, 1).fields()).containsEntry("opponent_card", null).containsEntry("legal", List.of());
    GameState<Integer> end = s.apply(LeducPoker.CALL).apply(LeducPoker.CALL);
    assertThat(LEDUC.observe(end, 1).text()).contains("Showdown: your Kh against the opponent's Qs, public card Jh")
        .contains("You win 3 chips.");
    assertThat(LEDUC.observe(end, 0).fields()).containsEntry("opponent_card", "Kh").containsEntry("your_return", -3.0);
  }

  @Test
  void codecReadsCheckAndBet() {
    var codec = LEDUC.codec();
    GameState<Integer> s = play(LEDUC, "deal:Qs deal:Kh");
    assertThat(codec.parse("Check", s, 0)).isEqualTo(new ParseResult.Ok<>(LeducPoker.CALL));
    assertThat(codec.parse("bet", s, 0)).isEqualTo(new ParseResult.Ok<>(LeducPoker.RAISE));
    assertThat(codec.parse("fold", s, 0)).isInstanceOf(ParseResult.NotLegal.class);
    GameState<Integer> facing = s.apply(LeducPoker.RAISE);
    assertThat(codec.parse("check", facing, 1)).isInstanceOf(ParseResult.NotLegal.class);
    assertThat(codec.parse("raise", facing, 1)).isEqualTo(new ParseResult.Ok<>(LeducPoker.RAISE));
    assertThat(codec.parse("all in")).isInstanceOf(ParseResult.Malformed.class);
    assertThat(codec.encode(LeducPoker.DEAL + 5)).isEqualTo("deal:Kh");
    assertThat(codec.formatInstructions(facing, 1)).contains("fold or call or raise");
    assertThat(LEDUC.actionIndex().orElseThrow().size()).isEqualTo(3);
  }
}
