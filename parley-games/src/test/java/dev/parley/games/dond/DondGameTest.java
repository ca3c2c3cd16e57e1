package dev.parley.games.dond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Provenance;
import dev.parley.core.episode.Step;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.GameState;
import dev.parley.core.game.ParseResult;
import dev.parley.core.game.Turn;
import dev.parley.core.spec.NameNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DondGameTest {
  static final GameRegistry REGISTRY = GameRegistry.of(new DondGameProvider());
  static final String FIXED = "deal-or-no-deal(counts=[1,1,3],values_a=[1,3,2],values_b=[1,0,3])";

  static DealOrNoDeal load(String spec) {
    return (DealOrNoDeal) REGISTRY.load(spec);
  }

  /** Applies canonical or loose action texts from the initial state. */
  static GameState<DondAction> play(DealOrNoDeal game, String... moves) {
    GameState<DondAction> s = game.newInitialState();
    for (String m : moves) {
      ParseResult<DondAction> r = game.codec().parse(m);
      if (!(r instanceof ParseResult.Ok<DondAction> ok)) {
        throw new AssertionError("cannot parse " + m + ": " + r);
      }
      s = s.apply(ok.action());
    }
    return s;
  }

  static DondAction parse(String text) {
    ParseResult<DondAction> r = new DondCodec().parse(text);
    assertThat(r).as(text).isInstanceOf(ParseResult.Ok.class);
    return ((ParseResult.Ok<DondAction>) r).action();
  }

  static String malformed(String text) {
    ParseResult<DondAction> r = new DondCodec().parse(text);
    assertThat(r).as(text).isInstanceOf(ParseResult.Malformed.class);
    return ((ParseResult.Malformed<DondAction>) r).reason();
  }

  @Test
  void specsRoundTripWithDefaultsFilledIn() {
    assertThat(load("deal-or-no-deal").toString()).isEqualTo("deal-or-no-deal(max_turns=50)");
    DealOrNoDeal fixed = load(FIXED);
    assertThat(fixed.toString()).isEqualTo(
        "deal-or-no-deal(counts=[1,1,3],values_a=[1,3,2],values_b=[1,0,3],max_turns=50)");
    assertThat(load(fixed.toString())).isEqualTo(fixed);
    assertThat(load("deal-or-no-deal(max_turns=8, counts=[ 2, 1 ,1 ])").toString())
        .isEqualTo("deal-or-no-deal(counts=[2,1,1],max_turns=8)");
    assertThat(fixed.fixedInstance()).contains(DondInstanceTest.FIRST);
    assertThat(load("deal-or-no-deal").fixedInstance()).isEmpty();
  }

  @Test
  void badParametersFailFastNamingTheParameter() {
    assertThatThrownBy(() -> load("deal-or-no-deal(counts=[1,1,3],values_a=[1,3,2])"))
        .hasMessageContaining("'values_a' and 'values_b' go together");
    assertThatThrownBy(() -> load("deal-or-no-deal(values_a=[1,3,2],values_b=[1,0,3])"))
        .hasMessageContaining("need 'counts'");
    assertThatThrownBy(() -> load("deal-or-no-deal(counts=[1,1,3],values_a=[1,3,1],values_b=[1,0,3])"))
        .hasMessageContaining("parameter 'values_a'").hasMessageContaining("at 7");
    assertThatThrownBy(() -> load("deal-or-no-deal(counts=[1,1])")).hasMessageContaining("must list 3 numbers");
    assertThatThrownBy(() -> load("deal-or-no-deal(counts=[1,1.5,3])")).hasMessageContaining("hats must be a whole");
    assertThatThrownBy(() -> load("deal-or-no-deal(counts=[3,3,3])")).hasMessageContaining("no integer values");
    assertThatThrownBy(() -> load("deal-or-no-deal(max_turns=0)")).hasMessageContaining("max_turns");
    assertThatThrownBy(() -> load("deal-or-no-deal(rounds=3)")).isInstanceOf(NameNotFoundException.class);
  }

  @Test
  void chanceDealsCountsThenEachSeatsValues() {
    DealOrNoDeal game = load("deal-or-no-deal");
    GameState<DondAction> s = game.newInitialState();
    assertThat(s.turn()).isEqualTo(Turn.CHANCE);
    assertThat(s.chanceOutcomes()).hasSize(62);
    s = s.apply(DondAction.dealCounts(ItemVector.of(1, 1, 3)));
    assertThat(s.chanceOutcomes()).extracting(o -> o.action().kind()).containsOnly(DondAction.Kind.DEAL_VALUES_A);
    assertThat(s.chanceOutcomes()).hasSize(26);
    s = s.apply(DondAction.dealValues(0, ItemVector.of(0, 4, 2)));
    // A does not value books, so B must: v_b·(1,1,3) = 10 with a book worth ≥ 1 (22 of the 26 vectors).
    assertThat(s.chanceOutcomes()).hasSize(22).allMatch(o -> o.action().items().books() >= 1);
    assertThat(s.moveNumber()).isEqualTo(2);
    assertThat(s.informationStateKey(0)).isEqualTo("p0|1,1,3|0,4,2|dealing|");
    assertThat(s.informationStateKey(1)).isEqualTo("p1|1,1,3|-|dealing|");
    s = s.apply(DondAction.dealValues(1, ItemVector.of(1, 0, 3)));
    assertThat(s.turn()).isEqualTo(Turn.single(0));
    assertThat(s.informationStateKey(0)).isEqualTo("p0|1,1,3|0,4,2|ready|");
    assertThat(s.informationStateKey(1)).isEqualTo("p1|1,1,3|1,0,3|ready|");
    assertThatThrownBy(() -> game.newInitialState().apply(DondAction.ACCEPT)).hasMessageContaining("deal_counts");
    GameState<DondAction> dealt = game.newInitialState().apply(DondAction.dealCounts(ItemVector.of(1, 1, 3)));
    assertThatThrownBy(() -> dealt.apply(DondAction.dealValues(0, ItemVector.of(1, 1, 1))))
        .hasMessageContaining("at 5");
  }

  @Test
  void anAcceptedProposalEndsTheGameWithEngineComputedScores() {
    DealOrNoDeal game = load(FIXED);
    GameState<DondAction> s = play(game, "propose books=1 hats=1 balls=3", "propose books=1 hats=0 balls=2",
        "reject", "propose books=1 hats=0 balls=2");
    assertThat(s.turn()).isEqualTo(Turn.single(0));
    // Seat 1 keeps 1 book and 2 balls; seat 0 would get 1 hat and 1 ball.
    assertThat(((DondState) s).standingOfferFor(0)).isEqualTo(ItemVector.of(0, 1, 1));
    assertThat(s.legalActions(0)).contains(DondAction.ACCEPT, DondAction.REJECT, DondAction.END)
        .doesNotContain(DondAction.propose(0, 1, 1)).hasSize(16 - 1 + 3);
    assertThat(s.check(0, DondAction.propose(0, 1, 1))).get().asString()
        .contains("exactly the other player's standing proposal");
    s = s.apply(DondAction.ACCEPT);
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.returns()).containsExactly(5, 7);
    assertThat(((DondState) s).agreement()).isEqualTo(ItemVector.of(0, 1, 1));
  }

  @Test
  void rulesOfTheMoves() {
    DealOrNoDeal game = load(FIXED);
    GameState<DondAction> start = game.newInitialState();
    assertThat(start.legalActions(0)).hasSize(16 + 1).last().isEqualTo(DondAction.END);
    assertThat(start.legalActions(1)).isEmpty();
    assertThat(start.check(0, DondAction.ACCEPT)).get().asString().contains("no proposal from the other player");
    assertThat(start.check(1, DondAction.END)).get().asString().contains("player 0's turn");
    assertThat(start.check(0, DondAction.propose(0, 0, 4))).get().asString()
        .isEqualTo("you cannot keep 4 balls: there are only 3 balls");
    assertThat(start.check(0, DondAction.propose(2, 0, 0))).get().asString().contains("there is only 1 book");
    assertThat(start.check(0, DondAction.dealCounts(ItemVector.of(1, 1, 1)))).get().asString()
        .contains("chance player");
    GameState<DondAction> ended = play(game, "propose books=0 hats=0 balls=3", "end");
    assertThat(ended.isTerminal()).isTrue();
    assertThat(ended.returns()).containsExactly(0, 0);
    assertThat(ended.check(0, DondAction.END)).get().asString().contains("over");
    assertThat(game.defaultAction(play(game, "propose books=0 hats=0 balls=3"), 1)).contains(DondAction.REJECT);
    assertThat(game.defaultAction(start, 0)).contains(DondAction.END);
  }

  @Test
  void theTurnLimitEndsWithoutAgreement() {
    DealOrNoDeal game = load("deal-or-no-deal(counts=[1,1,3],values_a=[1,3,2],values_b=[1,0,3],max_turns=3)");
    GameState<DondAction> s = play(game, "propose books=1 hats=1 balls=3", "reject", "propose books=1 hats=1 balls=2");
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.returns()).containsExactly(0, 0);
    assertThat(game.observe(s, 1).text()).endsWith("No agreement within 3 moves; nobody scores.");
  }

  @Test
  void canonicalTextAndTolerantParsing() {
    DondCodec c = new DondCodec();
    assertThat(c.encode(DondAction.propose(1, 0, 2))).isEqualTo("propose books=1 hats=0 balls=2");
    assertThat(c.encode(DondAction.dealValues(1, ItemVector.of(1, 0, 3)))).isEqualTo("deal values_b=[1,0,3]");
    assertThat(parse("deal counts=[1,1,3]")).isEqualTo(DondAction.dealCounts(ItemVector.of(1, 1, 3)));
    DondAction p = DondAction.propose(1, 0, 2);
    assertThat(parse("propose books=1 hats=0 balls=2")).isEqualTo(p);
    assertThat(parse("  **Propose book: 1, hat: 0, ball: 2**.")).isEqualTo(p);
    assertThat(parse("I propose that I keep books=1, hats=0 and balls=2 (you get the rest)")).isEqualTo(p);
    assertThat(parse("I keep 1 book, no hats and two balls")).isEqualTo(p);
    assertThat(parse("Answer: propose balls=2 books=1 hats=zero")).isEqualTo(p);
    assertThat(parse("accept")).isEqualTo(DondAction.ACCEPT);
    assertThat(parse("I accept your offer.")).isEqualTo(DondAction.ACCEPT);
    assertThat(parse("Deal!")).isEqualTo(DondAction.ACCEPT);
    assertThat(parse("I reject the proposal")).isEqualTo(DondAction.REJECT);
    assertThat(parse("No deal.")).isEqualTo(DondAction.END);
    assertThat(parse("I'll walk away")).isEqualTo(DondAction.END);
    assertThat(parse("end the negotiation")).isEqualTo(DondAction.END);
    assertThat(malformed("")).contains("empty answer");
    assertThat(malformed("propose books=1 balls=2")).contains("missing: hats");
    assertThat(malformed("propose books=1 hats=0 balls=2 books=0")).contains("two numbers of books");
    assertThat(malformed("I keep 1 book and you get 1 hat and 2 balls")).contains("write only what YOU keep");
    assertThat(malformed("I propose a fair split")).contains("does not say how many");
    assertThat(malformed("I do not accept")).contains("is not a move")
        .contains("propose books=B hats=H balls=L (the numbers YOU keep), accept, reject, end");
    // Over-sized: well-formed, but not legal against the state.
    DealOrNoDeal game = load(FIXED);
    ParseResult<DondAction> big = game.codec().parse("propose books=1 hats=1 balls=9", game.newInitialState(), 0);
    assertThat(big).isInstanceOf(ParseResult.NotLegal.class);
    assertThat(((ParseResult.NotLegal<DondAction>) big).reason()).contains("only 3 balls");
  }

  @Test
  void formatInstructionsFollowTheSituation() {
    DealOrNoDeal game = load(FIXED);
    GameState<DondAction> start = game.newInitialState();
    String first = game.codec().formatInstructions(game.observe(start, 0));
    assertThat(first).contains("propose books=B hats=H balls=L", "YOU keep", "books 0–1, hats 0–1, balls 0–3",
        "Example: propose books=1 hats=0 balls=2", "- end").doesNotContain("- accept");
    GameState<DondAction> offered = play(game, "propose books=1 hats=1 balls=3");
    String second = game.codec().formatInstructions(game.observe(offered, 1));
    assertThat(second).contains("- accept", "- reject");
    assertThat(game.codec().formatInstructions(offered, 1)).isEqualTo(second);
    assertThat(game.codec().formatInstructions(game.observe(offered, 0))).isEqualTo("It is not your turn.");
    // Any observation whose fields are those of the game gives the same instructions.
    var plain = new dev.parley.core.game.Observation() {
      public int seat() {
        return 1;
      }

      public String text() {
        return "";
      }

      public Map<String, Object> fields() {
        return game.observe(offered, 1).fields();
      }
    };
    assertThat(game.codec().formatInstructions(plain)).isEqualTo(second);
  }

  @Test
  void observationsShowOnlyTheSeatsOwnValues() {
    DealOrNoDeal game = load(FIXED);
    GameState<DondAction> s = play(game, "propose books=0 hats=1 balls=2");
    String text0 = game.observe(s, 0).text();
    String text1 = game.observe(s, 1).text();
    assertThat(text0).contains("You are player 0", "The items: 1 book, 1 hat and 3 balls.",
        "each book is worth 1, each hat 3, each ball 2",
        "1. You proposed to keep 0 books, 1 hat and 2 balls and give the other player 1 book, 0 hats and 1 ball"
            + " (worth 7 to you).", "Waiting for the other player.");
    assertThat(text1).contains("You are player 1", "each book is worth 1, each hat 0, each ball 3",
        "1. The other player proposed to keep 0 books, 1 hat and 2 balls and give you 1 book, 0 hats and 1 ball"
            + " (worth 4 to you).", "The other player's proposal stands: you would get 1 book, 0 hats and 1 ball,"
            + " worth 4 to you.", "It is your turn. Moves left for both players together: 49.");
    assertThat(text0).doesNotContain("each hat 0");
    assertThat(text1).doesNotContain("each hat 3");
    Map<String, Object> f = game.observe(s, 1).fields();
    assertThat(f.get("your_values")).isEqualTo(ItemVector.of(1, 0, 3).toMap());
    assertThat(f.toString()).doesNotContain("hats=3");
    assertThat(f.get("standing_offer")).isEqualTo(Map.of("you_get", ItemVector.of(1, 0, 1).toMap(),
        "they_get", ItemVector.of(0, 1, 2).toMap(), "your_score", 4));
    assertThat(s.informationStateKey(1)).isEqualTo("p1|1,1,3|1,0,3|ready|0:propose books=0 hats=1 balls=2");
    GameState<DondAction> done = s.apply(DondAction.ACCEPT);
    assertThat(game.observe(done, 1).text())
        .endsWith("Agreement: you receive 1 book, 0 hats and 1 ball, worth 4 to you.");
    assertThat(game.observe(done, 0).fields()).containsEntry("outcome", "agreement").containsEntry("your_return", 7);
  }

  @Test
  void viewsRebuiltFromFieldsEqualTheDirectViews() {
    DealOrNoDeal game = load(FIXED);
    GameState<DondAction> s = play(game, "propose books=0 hats=1 balls=2", "reject", "propose books=1 hats=1 balls=1",
        "propose books=1 hats=0 balls=2");
    for (int seat = 0; seat < 2; seat++) {
      DondObservation o = (DondObservation) game.observe(s, seat);
      assertThat(DondView.tryFrom(o.fields())).isEqualTo(o.view());
    }
    assertThat(DondView.tryFrom(Map.of("seat", 0))).isNull();
  }

  @Test
  void metricsOfAnEpisode() {
    DealOrNoDeal game = load(FIXED);
    // A proposes {hat, 2 balls} for itself (7, 3: not envy-free for B); B counter-proposes keeping a book and 2 balls,
    // giving A {hat, ball} → (5, 7), envy-free; A accepts.
    Episode e = episode(game, List.of("propose books=0 hats=1 balls=2", "propose books=1 hats=0 balls=2", "accept"),
        List.of(5.0, 7.0));
    Map<String, Double> m = game.metrics(e, 0);
    assertThat(m).containsEntry("agreement", 1.0).containsEntry("score", 5.0).containsEntry("other_score", 7.0)
        .containsEntry("total", 12.0).containsEntry("pareto_optimal", 1.0).containsEntry("envy_free", 1.0)
        .containsEntry("turns", 3.0).containsEntry("difficulty", -4.0).containsEntry("max_total", 13.0)
        .containsEntry("best_total", 12.0);
    // Nash points (4, 9) and (6, 6): the nearest to (5, 7) is √2 away.
    assertThat(m.get("nash_distance")).isCloseTo(Math.sqrt(2), within(1e-12));
    // A asked for 7 of its best 10; giving B everything B could want leaves A 3: (10 − 7)/(10 − 3).
    assertThat(m.get("concession_rate")).isCloseTo(3.0 / 7, within(1e-12));
    Map<String, Double> m1 = game.metrics(e, 1);
    assertThat(m1).containsEntry("score", 7.0).containsEntry("other_score", 5.0);
    // B asked for 7 of its best 10; A's best outcome leaves B nothing: (10 − 7)/10.
    assertThat(m1.get("concession_rate")).isCloseTo(0.3, within(1e-12));
    Episode none = episode(game, List.of("propose books=1 hats=1 balls=3", "end"), List.of(0.0, 0.0));
    Map<String, Double> n = game.metrics(none, 1);
    assertThat(n).containsEntry("agreement", 0.0).containsEntry("total", 0.0).containsEntry("envy_free", 0.0)
        .containsEntry("pareto_optimal", 0.0);
    // From (0, 0) the nearer Nash point is (6, 6).
    assertThat(n.get("nash_distance")).isCloseTo(Math.sqrt(72), within(1e-12));
  }

  static Episode episode(DealOrNoDeal game, List<String> actions, List<Double> returns) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      steps.add(new Step(i, i % 2, actions.get(i), null));
    }
    return new Episode("test", 0, game.toString(), List.of("a", "b"), 0, steps, returns, List.of(),
        EpisodeStatus.COMPLETED, new Provenance("test", "test", game.type().versionedId(), "test"), 0, 0);
  }
}
