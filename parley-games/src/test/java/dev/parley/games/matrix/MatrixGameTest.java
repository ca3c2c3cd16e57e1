package dev.parley.games.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.GameState;
import dev.parley.core.game.GameType.UtilityKind;
import dev.parley.core.game.ParseResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatrixGameTest {
  static final GameRegistry REGISTRY = GameRegistry.discover();

  @SuppressWarnings("unchecked")
  static Game<Integer> load(String spec) {
    return (Game<Integer>) REGISTRY.load(spec);
  }

  @Test
  void canonicalSpecsSpellOutEveryParameter() {
    assertThat(load("repeated").toString())
        .isEqualTo("repeated(stage=pd,labels=[J,F],rounds=10,continuation=1,order=fixed)");
    assertThat(load("matrix(stage=rps)").toString()).isEqualTo("matrix(stage=rps,labels=[R,P,S])");
    assertThat(load("repeated(payoffs=[[[1,1],[0,2]],[[2,0],[0.5,0.5]]],rounds=2)").toString())
        .isEqualTo("repeated(stage=custom,payoffs=[[[1,1],[0,2]],[[2,0],[0.5,0.5]]],actions=[a1,a2],"
            + "labels=[J,F],rounds=2,continuation=1,order=fixed)");
  }

  @Test
  void utilityKindsFollowThePayoffs() {
    assertThat(load("matrix(stage=rps)").utility()).isEqualTo(UtilityKind.ZERO_SUM);
    assertThat(load("repeated(stage=matching-pennies)").utility()).isEqualTo(UtilityKind.ZERO_SUM);
    assertThat(load("repeated(stage=pd)").utility()).isEqualTo(UtilityKind.GENERAL_SUM);
    assertThat(load("matrix(payoffs=[[[1,1],[0,0]],[[0,0],[2,2]]])").utility()).isEqualTo(UtilityKind.IDENTICAL);
    assertThat(load("matrix(payoffs=[[[1,2],[0,3]],[[3,0],[2,1]]])").utility()).isEqualTo(UtilityKind.CONSTANT_SUM);
    assertThat(load("repeated(payoffs=[[[1,2],[0,3]],[[3,0],[2,1]]],continuation=0.5)").utility())
        .isEqualTo(UtilityKind.GENERAL_SUM);
  }

  @Test
  void playersMayAnswerWithLabelsOrCanonicalNames() {
    Game<Integer> g = load("repeated(stage=pd)");
    var codec = g.codec();
    assertThat(codec.encode(0)).isEqualTo("C");
    assertThat(codec.encode(1)).isEqualTo("D");
    assertThat(codec.parse("Option J")).isEqualTo(new ParseResult.Ok<>(0));
    assertThat(codec.parse("  option f. ")).isEqualTo(new ParseResult.Ok<>(1));
    assertThat(codec.parse("j")).isEqualTo(new ParseResult.Ok<>(0));
    assertThat(codec.parse("D")).isEqualTo(new ParseResult.Ok<>(1));
    assertThat(codec.parse("Option Q")).isInstanceOfSatisfying(ParseResult.Malformed.class,
        m -> assertThat(m.reason()).contains("'Option Q' names no option").contains("Option J, Option F"));
    GameState<Integer> s = g.newInitialState();
    assertThat(codec.formatInstructions(s, 0)).contains("Option J, Option F");
    assertThat(codec.parse("stop", s, 0)).isInstanceOf(ParseResult.NotLegal.class);
  }

  @Test
  void theObservationShowsHistoryFromTheSeatsOwnSide() {
    Game<Integer> g = load("repeated(stage=bos,rounds=3)");
    GameState<Integer> s = g.newInitialState().applyJoint(List.of(0, 1));
    var row = (MatrixObservation) g.observe(s, 0);
    var column = (MatrixObservation) g.observe(s, 1);
    assertThat(row.myMoveAgo(1)).isZero();
    assertThat(row.theirMoveAgo(1)).isOne();
    assertThat(column.myMoveAgo(1)).isOne();
    assertThat(row.theirMoveAgo(2)).isEqualTo(-1);
    assertThat(column.text()).contains("Round 1: you chose Option F and the other player chose Option J. "
        + "You scored 0 points and they scored 0 points.").contains("This is round 2.");
    Map<String, Object> f = column.fields();
    assertThat(f).containsEntry("round", 2).containsEntry("rounds", 3).containsEntry("seat", 1);
    assertThat(f.get("history").toString()).contains("you=F").contains("other=J");
    // Player 2 of the Akata BoS prefers F: (F,F) gives the column player 10.
    assertThat(column.text()).contains("You choose Option F and the other player chooses Option F: you score 10 points, "
        + "they score 7 points.");
  }

  @Test
  void shuffledOrderChangesWhatIsShownNotWhatIsLogged() {
    Game<Integer> g = load("repeated(stage=pd,order=shuffled,rounds=1)");
    GameState<Integer> s = g.newInitialState();
    assertThat(s.turn().isChance()).isTrue();
    GameState<Integer> fFirst = s.apply(MatrixGame.ORDER + 1);
    assertThat(g.observe(fFirst, 0).text()).endsWith("Which option do you choose: Option F or Option J?");
    GameState<Integer> end = fFirst.applyJoint(List.of(0, 1));
    assertThat(end.isTerminal()).isTrue();
    assertThat(end.returns()).containsExactly(0, 5);
    assertThat(g.codec().encode(MatrixGame.ORDER + 1)).isEqualTo("order:1");
  }

  @Test
  void continuationIsAChanceMoveAfterEachRound() {
    Game<Integer> g = load("repeated(stage=pd,continuation=0.25,rounds=5)");
    GameState<Integer> s = g.newInitialState().applyJoint(List.of(0, 0));
    assertThat(s.turn().isChance()).isTrue();
    assertThat(s.chanceOutcomes()).extracting(o -> g.codec().encode(o.action()) + "=" + o.probability())
        .containsExactly("continue=0.25", "stop=0.75");
    assertThat(s.apply(MatrixGame.STOP).isTerminal()).isTrue();
    assertThat(s.apply(MatrixGame.CONTINUE).turn().isSimultaneous()).isTrue();
    assertThat(g.minReturn()).isZero();
    assertThat(g.maxReturn()).isEqualTo(25);
  }

  @Test
  void statesAreImmutableAndCheckExplainsIllegalMoves() {
    Game<Integer> g = load("matrix(stage=rps)");
    GameState<Integer> s = g.newInitialState();
    assertThat(s.legalActions(0)).containsExactly(0, 1, 2);
    assertThat(s.check(0, 3)).hasValueSatisfying(r -> assertThat(r).contains("legal: [R, P, S]"));
    GameState<Integer> after = s.applyJoint(List.of(0, 2));
    assertThat(s.isTerminal()).isFalse();
    assertThat(after.returns()).containsExactly(1, -1);
    assertThat(s.check(1, -7)).hasValueSatisfying(r -> assertThat(r).startsWith("action -7 is not an action"));
    assertThatThrownBy(() -> s.applyJoint(List.of(0, 5))).hasMessageContaining("action 5 is not an action of player 1");
    assertThat(g.actionIndex().orElseThrow().size()).isEqualTo(3);
  }

  @Test
  void badCustomGamesAreExplained() {
    assertThatThrownBy(() -> load("matrix(payoffs=[[1,2],[3,4]])")).hasMessageContaining("[row payoff, column payoff]");
    assertThatThrownBy(() -> load("matrix(payoffs=[[[1,2],[3,4]],[[5,6]]])")).hasMessageContaining("row 2 has 1 cells");
    assertThatThrownBy(() -> load("matrix(stage=bos,payoffs=[[[1,2]]])")).hasMessageContaining("stage=custom");
    assertThatThrownBy(() -> load("matrix(stage=custom)")).hasMessageContaining("needs payoffs");
    assertThatThrownBy(() -> load("matrix(stage=pd,actions=[x,y])")).hasMessageContaining("custom game");
    assertThatThrownBy(() -> load("matrix(stage=pd,labels=[D,C])")).hasMessageContaining("cannot be confused");
    assertThatThrownBy(() -> load("matrix(stage=pd,labels=[A])")).hasMessageContaining("1 labels for 2 actions");
    assertThatThrownBy(() -> load("repeated(continuation=0)")).hasMessageContaining("must be > 0");
    assertThatThrownBy(() -> load("repeated(stage=rg-145)")).hasMessageContaining("unknown stage game 'rg-145'");
  }
}
