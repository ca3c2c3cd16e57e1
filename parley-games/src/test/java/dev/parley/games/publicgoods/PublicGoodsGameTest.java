package dev.parley.games.publicgoods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.game.ActionIndex;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.GameState;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParseResult;
import dev.parley.core.spec.NameNotFoundException;
import dev.parley.testkit.JsonSafe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Known answers for the public goods game with TextArena's parameters (REFERENCE §1.3.5) and others. */
class PublicGoodsGameTest {
  static final GameRegistry REGISTRY = GameRegistry.discover();

  static PublicGoodsGame load(String spec) {
    return (PublicGoodsGame) REGISTRY.load(spec);
  }

  /** The state after the given rounds, each a list of every player's contribution. */
  static GameState<Integer> play(PublicGoodsGame game, int[]... rounds) {
    GameState<Integer> s = game.newInitialState();
    for (int[] round : rounds) {
      List<Integer> joint = new ArrayList<>();
      for (int c : round) {
        joint.add(c);
      }
      s = s.applyJoint(joint);
    }
    return s;
  }

  @Test
  void defaultsAreTextArenasPublicGoods() {
    PublicGoodsGame g = load("public-goods");
    assertThat(g.toString()).isEqualTo("public-goods(players=3,endowment=20,multiplier=1.5,rounds=3)");
    assertThat(g.numPlayers()).isEqualTo(3);
    assertThat(g.endowment()).isEqualTo(20);
    assertThat(g.multiplier()).isEqualTo(1.5);
    assertThat(g.rounds()).isEqualTo(3);
    assertThat(g.perCapitaReturn()).isEqualTo(0.5);
    assertThat(g.isSocialDilemma()).isTrue();
    assertThat(g.type().versionedId()).isEqualTo("public-goods-v1");
    assertThat(g.utility()).isEqualTo(GameType.UtilityKind.GENERAL_SUM);
    assertThat(g.type().dynamics()).isEqualTo(GameType.Dynamics.SIMULTANEOUS);
    assertThat(g.type().chance()).isEqualTo(GameType.Chance.NONE);
    assertThat(g.type().has(GameType.Capability.DENSE_ACTION_INDEX)).isTrue();
    assertThat(g.type().minPlayers()).isEqualTo(2);
    assertThat(g.type().maxPlayers()).isEqualTo(16);
    assertThat(g.newInitialState().turn().isSimultaneous()).isTrue();
    assertThat(g.newInitialState().turn().count()).isEqualTo(3);
  }

  @Test
  void specsAreCanonicalAndRoundTrip() {
    PublicGoodsGame g = load("public-goods(rounds=5,multiplier=1.50,players=4)");
    assertThat(g.toString()).isEqualTo("public-goods(players=4,endowment=20,multiplier=1.5,rounds=5)");
    assertThat(REGISTRY.load(g.toString())).isEqualTo(g).hasSameHashCodeAs(g);
    assertThat(load("public-goods(players=3)")).isEqualTo(load("public-goods"));
    assertThat(load("public-goods(multiplier=2)")).isNotEqualTo(load("public-goods"));
  }

  @Test
  void badParametersFailNamingTheParameterAndValue() {
    assertThatThrownBy(() -> load("public-goods(multiplier=0)"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiplier").hasMessageContaining("> 0")
        .hasMessageContaining("0");
    assertThatThrownBy(() -> load("public-goods(multiplier=-1)")).hasMessageContaining("multiplier");
    assertThatThrownBy(() -> load("public-goods(players=1)")).hasMessageContaining("players").hasMessageContaining("1");
    assertThatThrownBy(() -> load("public-goods(players=17)")).hasMessageContaining("players")
        .hasMessageContaining("17");
    assertThatThrownBy(() -> load("public-goods(endowment=0)")).hasMessageContaining("endowment");
    assertThatThrownBy(() -> load("public-goods(endowment=2.5)")).hasMessageContaining("endowment")
        .hasMessageContaining("2.5");
    assertThatThrownBy(() -> load("public-goods(rounds=0)")).hasMessageContaining("rounds");
    assertThatThrownBy(() -> load("public-goods(pot=3)")).isInstanceOf(NameNotFoundException.class)
        .hasMessageContaining("pot");
  }

  @Test
  void everyoneContributingEverythingGivesThirtyEachPerRound() {
    PublicGoodsGame g = load("public-goods");
    assertThat(g.roundPayoffs(20, 20, 20)).containsExactly(30, 30, 30);
    assertThat(play(g, new int[] {20, 20, 20}).returns()).containsExactly(30, 30, 30);
    GameState<Integer> end = play(g, new int[] {20, 20, 20}, new int[] {20, 20, 20}, new int[] {20, 20, 20});
    assertThat(end.isTerminal()).isTrue();
    assertThat(end.returns()).containsExactly(90, 90, 90);
  }

  @Test
  void aFreeRiderAmongContributorsGetsFortyAndTheOthersTwenty() {
    PublicGoodsGame g = load("public-goods");
    assertThat(g.roundPayoffs(0, 20, 20)).containsExactly(40, 20, 20);
    assertThat(g.roundPayoffs(0, 0, 0)).containsExactly(20, 20, 20);
    assertThat(g.roundPayoffs(20, 0, 0)).containsExactly(10, 30, 30);
    // Returns are sums over rounds: 30 + 40 + 17.5, 30 + 20 + 22.5, 30 + 20 + 27.5 (the last pot: 15 × 1.5 / 3 = 7.5).
    GameState<Integer> end = play(g, new int[] {20, 20, 20}, new int[] {0, 20, 20}, new int[] {10, 5, 0});
    assertThat(end.returns()).containsExactly(87.5, 72.5, 77.5);
  }

  @Test
  void payoffsForOtherParameterSets() {
    assertThat(load("public-goods(players=5,endowment=10,multiplier=2)").roundPayoffs(10, 0, 0, 0, 0))
        .containsExactly(4, 14, 14, 14, 14);
    assertThat(load("public-goods(players=2,endowment=10,multiplier=1.2)").roundPayoffs(10, 10))
        .containsExactly(12, 12);
    assertThat(load("public-goods(players=3,endowment=1,multiplier=0.5)").roundPayoffs(1, 1, 1))
        .containsExactly(0.5, 0.5, 0.5);
    double[] sevenths = load("public-goods(players=7,endowment=13,multiplier=1.7)").roundPayoffs(13, 0, 0, 0, 0, 0, 0);
    assertThat(sevenths[0]).isCloseTo(13 * 1.7 / 7, within(1e-12));
    assertThat(sevenths[1]).isCloseTo(13 + 13 * 1.7 / 7, within(1e-12));
    assertThatThrownBy(() -> load("public-goods").roundPayoffs(1, 2))
        .hasMessageContaining("expected 3").hasMessageContaining("got 2");
    assertThatThrownBy(() -> load("public-goods").roundPayoffs(1, 21, 0))
        .hasMessageContaining("player 2").hasMessageContaining("21");
  }

  @Test
  void returnBoundsAreReachedByTheExtremeProfiles() {
    PublicGoodsGame g = load("public-goods");
    assertThat(g.minReturn()).isEqualTo(30);
    assertThat(g.maxReturn()).isEqualTo(120);
    assertThat(g.maxGroupReturn()).isEqualTo(270);
    int[] sucker = {20, 0, 0};
    int[] exploit = {0, 20, 20};
    assertThat(play(g, sucker, sucker, sucker).returns(0)).isEqualTo(g.minReturn());
    assertThat(play(g, exploit, exploit, exploit).returns(0)).isEqualTo(g.maxReturn());
    // multiplier ≥ players: contributing pays even for oneself.
    PublicGoodsGame rich = load("public-goods(players=4,endowment=5,multiplier=4,rounds=2)");
    assertThat(rich.isSocialDilemma()).isFalse();
    assertThat(rich.minReturn()).isEqualTo(10);
    assertThat(rich.maxReturn()).isEqualTo(40);
    PublicGoodsGame huge = load("public-goods(players=16,endowment=3,multiplier=20,rounds=2)");
    assertThat(huge.minReturn()).isEqualTo(6);
    assertThat(huge.maxReturn()).isEqualTo(120);
    // multiplier ≤ 1: contributing destroys value; the group does best keeping everything.
    PublicGoodsGame poor = load("public-goods(players=3,endowment=1,multiplier=0.5,rounds=1)");
    assertThat(poor.isSocialDilemma()).isFalse();
    assertThat(poor.maxGroupReturn()).isEqualTo(3);
  }

  @Test
  void illegalMovesAreExplained() {
    PublicGoodsGame g = load("public-goods");
    GameState<Integer> s = g.newInitialState();
    assertThat(s.legalActions(1)).hasSize(21).startsWith(0, 1).endsWith(20);
    assertThat(s.check(1, 20)).isEmpty();
    assertThat(s.check(1, 21)).hasValueSatisfying(why -> assertThat(why).contains("21").contains("0..20"));
    assertThat(s.check(1, -1)).hasValueSatisfying(why -> assertThat(why).contains("-1"));
    assertThat(s.check(3, 5)).hasValueSatisfying(why -> assertThat(why).contains("no seat 3"));
    assertThat(g.codec().parse("I contribute 25 coins", s, 0)).isInstanceOf(ParseResult.NotLegal.class);
    assertThatThrownBy(() -> s.apply(5)).isInstanceOf(IllegalStateException.class).hasMessageContaining("applyJoint");
    assertThatThrownBy(() -> s.applyJoint(List.of(1, 2))).hasMessageContaining("expected 3").hasMessageContaining("2");
    assertThatThrownBy(() -> s.applyJoint(List.of(1, 2, 30))).hasMessageContaining("player 3")
        .hasMessageContaining("30");
    GameState<Integer> end = play(g, new int[] {1, 2, 3}, new int[] {1, 2, 3}, new int[] {1, 2, 3});
    assertThat(end.legalActions(0)).isEmpty();
    assertThat(end.check(0, 3)).hasValueSatisfying(why -> assertThat(why).contains("over"));
    assertThatThrownBy(() -> end.applyJoint(List.of(1, 2, 3))).hasMessageContaining("over");
    assertThat(end.moveNumber()).isEqualTo(3);
  }

  @Test
  void statesAreImmutableAndKeysNameTheWholePublicHistory() {
    PublicGoodsGame g = load("public-goods");
    GameState<Integer> s0 = g.newInitialState();
    GameState<Integer> s1 = play(g, new int[] {0, 20, 20});
    assertThat(s0.returns()).containsExactly(0, 0, 0);
    assertThat(s0.informationStateKey(1)).isEqualTo("p1|");
    assertThat(s1.informationStateKey(1)).isEqualTo("p1|0,20,20");
    assertThat(s1.applyJoint(List.of(5, 6, 7)).informationStateKey(2)).isEqualTo("p2|0,20,20;5,6,7");
    assertThat(s1.informationStateKey(1)).isEqualTo("p1|0,20,20");
    double[] r = s1.returns();
    r[0] = -1;
    assertThat(s1.returns(0)).isEqualTo(40);
  }

  @Test
  void seatsArePlayersCountedFromOne() {
    PublicGoodsGame g = load("public-goods(players=5)");
    assertThat(g.seatName(0)).isEqualTo("player 1");
    assertThat(g.seatName(4)).isEqualTo("player 5");
  }

  @Test
  void theActionIndexIsTheContributionItself() {
    ActionIndex<Integer> index = load("public-goods").actionIndex().orElseThrow();
    assertThat(index.size()).isEqualTo(21);
    assertThat(index.indexOf(7)).isEqualTo(7);
    assertThat(index.action(20)).isEqualTo(20);
    assertThat(load("public-goods(endowment=3)").actionIndex().orElseThrow().size()).isEqualTo(4);
  }

  @Test
  void observationsShowRulesOwnSeatHistoryAndQuestion() {
    PublicGoodsGame g = load("public-goods");
    Observation first = g.observe(g.newInitialState(), 1);
    assertThat(first.sections()).containsOnlyKeys("rules", "question");
    assertThat(first.sections().get("rules"))
        .contains("public goods game for 3 players (player 1, player 2 and player 3), played over 3 rounds")
        .contains("each player receives 20 coins").contains("a whole number from 0 to 20")
        .contains("multiplied by 1.5").contains("adds 0.5 coins to each player's payoff")
        .endsWith("You are player 2.");
    assertThat(first.sections().get("question"))
        .isEqualTo("This is round 1 of 3. You have 20 coins. How many coins do you contribute to the pot (0 to 20)?");

    Observation later = g.observe(play(g, new int[] {0, 20, 20}), 1);
    assertThat(later.sections().keySet()).containsExactly("rules", "history", "question");
    assertThat(later.sections().get("history")).isEqualTo("What happened so far:\n"
        + "Round 1: player 1 contributed 0, player 2 (you) contributed 20 and player 3 contributed 20, so the pot was"
        + " 40 × 1.5 = 60 and each player received 20 from it. Payoffs: player 1: 40, player 2 (you): 20,"
        + " player 3: 20.\n"
        + "Scores so far: player 1: 40, player 2 (you): 20, player 3: 20.");
    assertThat(later.sections().get("question")).startsWith("This is round 2 of 3.");
    assertThat(later.text()).isEqualTo(String.join("\n\n", later.sections().values()));

    Observation end = g.observe(play(g, new int[] {20, 20, 20}, new int[] {20, 20, 20}, new int[] {20, 20, 20}), 0);
    assertThat(end.sections().get("question")).isEqualTo("The game is over after 3 rounds. Your score: 90.");
    assertThatThrownBy(() -> g.observe(g.newInitialState(), 3)).hasMessageContaining("3");
  }

  @Test
  void rulesAdaptToTheParameters() {
    assertThat(load("public-goods(players=7,endowment=13,multiplier=1.7,rounds=1)").rules())
        .contains("played for a single round").contains("about 0.24 coins").contains("multiplied by 1.7")
        .contains("player 6 and player 7").doesNotContain("fresh");
    assertThat(load("public-goods(players=2,endowment=1,multiplier=2)").rules())
        .contains("receives 1 coin.").contains("adds 1 coin to each");
  }

  @Test
  void fieldsCarryExactNumbersAndAreJsonSafe() {
    PublicGoodsGame g = load("public-goods(players=3,endowment=1,multiplier=0.5,rounds=2)");
    Map<String, Object> f = g.observe(play(g, new int[] {1, 0, 1}), 2).fields();
    JsonSafe.check(f, "fields");
    assertThat(f).containsEntry("game", "public-goods").containsEntry("seat", 2).containsEntry("player", "player 3")
        .containsEntry("players", 3).containsEntry("endowment", 1).containsEntry("multiplier", 0.5)
        .containsEntry("rounds", 2).containsEntry("round", 2).containsEntry("over", false)
        .containsEntry("min_contribution", 0).containsEntry("max_contribution", 1);
    // Pot 2 × 0.5 = 1, a third to each.
    Map<?, ?> round = (Map<?, ?>) ((List<?>) f.get("history")).get(0);
    assertThat(round.get("contributions")).isEqualTo(List.of(1, 0, 1));
    assertThat(round.get("contributed")).isEqualTo(2L);
    assertThat(round.get("pot")).isEqualTo(1.0);
    assertThat((Double) round.get("share")).isCloseTo(1 / 3.0, within(1e-12));
    List<?> payoffs = (List<?>) round.get("payoffs");
    assertThat((Double) payoffs.get(1)).isCloseTo(1 + 1 / 3.0, within(1e-12));
    assertThat((Double) f.get("your_total")).isCloseTo(1 / 3.0, within(1e-12));
    assertThat((List<?>) f.get("totals")).hasSize(3);
    assertThat(g.observe(play(g, new int[] {1, 0, 1}), 2).text()).contains("each player received 0.33 from it");
  }

  @Test
  void formatInstructionsNeedOnlyTheObservationAndTheirExampleParses() {
    PublicGoodsGame g = load("public-goods");
    Observation o = g.observe(g.newInitialState(), 2);
    String instructions = g.codec().formatInstructions(o);
    assertThat(instructions).isEqualTo("Reply with your contribution for this round in the form \"contribute N\","
        + " where N is a whole number of coins from 0 to 20, and nothing else; for example \"contribute 10\".");
    assertThat(g.codec().parse("contribute 10")).isEqualTo(new ParseResult.Ok<>(10));
    assertThat(load("public-goods(endowment=7)").codec().formatInstructions(o)).contains("0 to 7")
        .contains("\"contribute 3\"");
  }
}
