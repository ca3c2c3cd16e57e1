package dev.parley.games.poker;

import static dev.parley.games.poker.PokerPlay.play;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.game.ChanceOutcome;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.GameState;
import dev.parley.core.game.GameType;
import dev.parley.core.game.ParseResult;
import dev.parley.core.game.Turn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KuhnPokerTest {
  @SuppressWarnings("unchecked")
  static final Game<Integer> KUHN = (Game<Integer>) GameRegistry.discover().load("kuhn-poker");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "deal:Q deal:K pass pass, -1",
      "deal:K deal:J pass pass, 1",
      "deal:J deal:K bet pass, 1",
      "deal:J deal:K bet bet, -2",
      "deal:K deal:Q bet bet, 2",
      "deal:K deal:Q pass bet pass, -1",
      "deal:K deal:Q pass bet bet, 2",
      "deal:J deal:Q pass bet bet, -2"})
  void terminalHistoriesPayAsInOpenSpiel(String moves, double player0) {
    GameState<Integer> s = play(KUHN, moves);
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.returns()).containsExactly(player0, 0.0 - player0);
  }

  @Test
  void pbIsNotTerminalAndPlayerZeroAnswersTheBet() {
    GameState<Integer> s = play(KUHN, "deal:Q deal:K pass bet");
    assertThat(s.turn()).isEqualTo(Turn.single(0));
    assertThat(s.legalActions(0)).containsExactly(KuhnPoker.PASS, KuhnPoker.BET);
    assertThat(s.legalActions(1)).isEmpty();
    assertThat(s.returns()).containsExactly(0.0, 0.0);
    assertThat(s.moveNumber()).isEqualTo(4);
  }

  @Test
  void chanceDealsPlayerZeroThenPlayerOneFromTheRest() {
    GameState<Integer> root = KUHN.newInitialState();
    assertThat(root.turn()).isEqualTo(Turn.CHANCE);
    assertThat(root.chanceOutcomes()).containsExactly(new ChanceOutcome<>(100, 1.0 / 3),
        new ChanceOutcome<>(101, 1.0 / 3), new ChanceOutcome<>(102, 1.0 / 3));
    assertThat(play(KUHN, "deal:Q").chanceOutcomes()).containsExactly(new ChanceOutcome<>(100, 0.5),
        new ChanceOutcome<>(102, 0.5));
    assertThatThrownBy(() -> play(KUHN, "deal:Q deal:Q")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("still in the deck");
    assertThatThrownBy(() -> root.apply(KuhnPoker.BET)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void gameTreeHasTwelveInformationSetsAndUniformPlayIsWorthOneEighth() {
    PokerPlay.TreeCount t = PokerPlay.walk(KUHN);
    assertThat(t.nodes).isEqualTo(1 + 3 + 6 * 9);
    assertThat(t.terminals).isEqualTo(30);
    assertThat(t.infosets).hasSize(12);
    assertThat(t.expectedReturn0).isCloseTo(0.125, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void informationStateKeysHoldOwnCardAndPublicBetsOnly() {
    GameState<Integer> s = play(KUHN, "deal:Q deal:K pass");
    assertThat(s.informationStateKey(0)).isEqualTo("p0|Q?|p");
    assertThat(s.informationStateKey(1)).isEqualTo("p1|?K|p");
    assertThat(play(KUHN, "deal:J deal:K pass").informationStateKey(1)).isEqualTo("p1|?K|p");
    assertThat(KUHN.newInitialState().informationStateKey(1)).isEqualTo("p1||");
    assertThat(play(KUHN, "deal:Q").informationStateKey(1)).isEqualTo("p1|?|");
    assertThat(play(KUHN, "deal:Q deal:K pass pass").informationStateKey(0)).isEqualTo("p0|QK|pp");
    assertThat(play(KUHN, "deal:Q deal:K bet pass").informationStateKey(0)).isEqualTo("p0|Q?|bp");
  }

  @Test
  void observationsShowTheOpponentsCardOnlyAtShowdown() {
    GameState<Integer> s = play(KUHN, "deal:Q deal:K bet");
    Map<String, Object> f1 = KUHN.observe(s, 1).fields();
    assertThat(f1).containsEntry("your_card", "K").containsEntry("opponent_card", null)
        .containsEntry("your_turn", true).containsEntry("legal", List.of("pass", "bet")).containsEntry("pot", 3);
    assertThat(KUHN.observe(s, 1).text()).contains("Your card: K.").contains("the opponent bet 1 chip")
        .contains("Your options: pass, bet").doesNotContain("Q.");
    assertThat(KUHN.observe(s, 0).text()).contains("Your card: Q.").contains("Waiting for the opponent")
        .doesNotContain("K.");

    GameState<Integer> folded = s.apply(KuhnPoker.PASS);
    assertThat(KUHN.observe(folded, 0).fields()).containsEntry("opponent_card", null)
        .containsEntry("ending", "fold").containsEntry("your_return", 1.0);
    assertThat(KUHN.observe(folded, 0).text()).contains("the opponent folded").contains("You win 1 chip.");

    GameState<Integer> shown = s.apply(KuhnPoker.BET);
    assertThat(KUHN.observe(shown, 0).fields()).containsEntry("opponent_card", "K")
        .containsEntry("ending", "showdown").containsEntry("your_return", -2.0);
    assertThat(KUHN.observe(shown, 0).text()).contains("Showdown: your Q against the opponent's K")
        .contains("You lose 2 chips.");
  }

  @Test
  void codecWritesWordsAndReadsPokerSynonymsWhereTheyFit() {
    var codec = KUHN.codec();
    assertThat(codec.encode(KuhnPoker.PASS)).isEqualTo("pass");
    assertThat(codec.encode(KuhnPoker.BET)).isEqualTo("bet");
    assertThat(codec.encode(KuhnPoker.DEAL + 2)).isEqualTo("deal:K");
    assertThat(codec.parse(" Bet. ")).isEqualTo(new ParseResult.Ok<>(KuhnPoker.BET));
    assertThat(codec.parse("raise")).isInstanceOf(ParseResult.Malformed.class);
    GameState<Integer> first = play(KUHN, "deal:Q deal:K");
    assertThat(codec.parse("check", first, 0)).isEqualTo(new ParseResult.Ok<>(KuhnPoker.PASS));
    assertThat(codec.parse("call", first, 0)).isInstanceOf(ParseResult.NotLegal.class);
    assertThat(codec.parse("fold", first, 0)).isInstanceOf(ParseResult.NotLegal.class);
    assertThat(codec.parse("bet", first, 1)).isInstanceOf(ParseResult.NotLegal.class);
    GameState<Integer> facing = first.apply(KuhnPoker.BET);
    assertThat(codec.parse("fold", facing, 1)).isEqualTo(new ParseResult.Ok<>(KuhnPoker.PASS));
    assertThat(codec.parse("call", facing, 1)).isEqualTo(new ParseResult.Ok<>(KuhnPoker.BET));
    assertThat(codec.parse("check", facing, 1)).isInstanceOf(ParseResult.NotLegal.class);
    assertThat(codec.formatInstructions(facing, 1)).contains("pass or bet");
  }

  @Test
  void checkNamesWhyAMoveIsIllegal() {
    GameState<Integer> s = play(KUHN, "deal:Q deal:K");
    assertThat(s.check(1, KuhnPoker.BET)).hasValue("it is player 0's turn, not player 1's");
    assertThat(s.check(0, 7)).hasValueSatisfying(m -> assertThat(m).contains("action 7"));
    assertThat(KUHN.newInitialState().check(0, KuhnPoker.PASS)).hasValueSatisfying(m -> assertThat(m).contains("dealer"));
    assertThat(play(KUHN, "deal:Q deal:K pass pass").check(0, KuhnPoker.PASS)).hasValue("the hand is over");
    assertThatThrownBy(() -> s.apply(5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action 5");
  }

  @Test
  void factsAndDenseIndex() {
    GameType t = KUHN.type();
    assertThat(t.versionedId()).isEqualTo("kuhn-poker-v1");
    assertThat(t.utility()).isEqualTo(GameType.UtilityKind.ZERO_SUM);
    assertThat(t.chance()).isEqualTo(GameType.Chance.EXPLICIT);
    assertThat(t.information()).isEqualTo(GameType.Information.IMPERFECT);
    assertThat(t.has(GameType.Capability.INFORMATION_STATE_KEYS)).isTrue();
    var index = KUHN.actionIndex().orElseThrow();
    assertThat(index.size()).isEqualTo(2);
    assertThat(index.indexOf(KuhnPoker.BET)).isEqualTo(1);
    assertThat(KUHN.toString()).isEqualTo("kuhn-poker");
    assertThat(KUHN.rules()).contains("J, Q and K");
  }
}
