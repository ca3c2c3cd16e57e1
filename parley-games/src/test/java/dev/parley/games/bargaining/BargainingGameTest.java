package dev.parley.games.bargaining;

import static dev.parley.games.bargaining.Bargains.episode;
import static dev.parley.games.bargaining.Bargains.game;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.episode.Episode;
import dev.parley.core.game.GameState;
import dev.parley.core.game.ParseResult;
import dev.parley.testkit.JsonSafe;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules of the structured game, parameters, observations and metrics (REFERENCE §1.1, §3.1). */
class BargainingGameTest {
  static final BargainingGame BALLOON = game("bargaining");

  static GameState<BargainAction> after(BargainingGame g, String... actions) {
    GameState<BargainAction> s = g.newInitialState();
    for (String a : actions) {
      s = s.apply(((ParseResult.Ok<BargainAction>) g.codec().parse(a)).action());
    }
    return s;
  }

  @Test
  void defaultsAreThePapersBalloonAndTheSpecRoundTrips() {
    assertThat(BALLOON.toString()).isEqualTo(
        "bargaining(mode=structured,item=balloon,seller_cost=8,seller_opening=20,buyer_opening=10,rounds=10,max_price=200)");
    assertThat(game(BALLOON.toString())).isEqualTo(BALLOON);
    assertThat(BALLOON.numPlayers()).isEqualTo(2);
    assertThat(BALLOON.seatName(0)).isEqualTo("seller");
    assertThat(BALLOON.seatName(1)).isEqualTo("buyer");
    assertThat(game("bargaining(item=diamond)").toString()).isEqualTo(
        "bargaining(mode=structured,item=diamond,seller_cost=50,seller_opening=2000,buyer_opening=500,rounds=50,"
            + "max_price=20000)");
    assertThat(game("bargaining(mode=free-text)").toString()).isEqualTo(
        "bargaining(mode=free-text,item=balloon,seller_cost=8,seller_opening=20,buyer_opening=10,rounds=10,"
            + "max_price=200,consult=paper,no_deal_after=10,judge_window=4)");
    assertThat(game("bargaining(mode=free-text)").numPlayers()).isEqualTo(3);
    assertThat(game("bargaining(item=lamp,seller_cost=12.5,seller_opening=40,buyer_opening=25,seller_reserve=20,"
        + "buyer_value=35)").toString()).isEqualTo("bargaining(mode=structured,item=lamp,seller_cost=12.5,"
            + "seller_opening=40,buyer_opening=25,rounds=10,max_price=400,seller_reserve=20,buyer_value=35)");
  }

  @Test
  void badParametersFailFastNamingTheParameter() {
    assertThatThrownBy(() -> game("bargaining(item=lamp)")).hasMessageContaining("item 'lamp' has no preset");
    assertThatThrownBy(() -> game("bargaining(seller_cost=8.005)"))
        .hasMessageContaining("parameter 'seller_cost' of game bargaining: 8.005 is not a whole number of cents");
    assertThatThrownBy(() -> game("bargaining(buyer_opening=25)"))
        .hasMessageContaining("parameter 'buyer_opening' of game bargaining: 25.00 must be below seller_opening 20.00");
    assertThatThrownBy(() -> game("bargaining(consult=always)"))
        .hasMessageContaining("parameter 'consult' of game bargaining applies to mode=free-text only");
    assertThatThrownBy(() -> game("bargaining(max_price=15)"))
        .hasMessageContaining("parameter 'max_price' of game bargaining: 15.00 must be at least seller_opening 20.00");
    assertThatThrownBy(() -> game("bargaining(item=Big!)")).hasMessageContaining("parameter 'item'");
  }

  @Test
  void acceptClosesADealAtTheOtherSidesStandingOffer() {
    GameState<BargainAction> s = after(BALLOON, "offer 18.00 | Eighteen.", "offer 12.50 | Twelve fifty.",
        "accept | Fine.");
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.returns()).containsExactly(4.5, 7.5);
    BargainingState b = (BargainingState) s;
    assertThat(b.deal()).isTrue();
    assertThat(b.dealCents()).isEqualTo(1250);
  }

  @Test
  void theSellerMayAcceptTheBuyersOpeningRightAway() {
    GameState<BargainAction> s = after(BALLOON, "accept");
    assertThat(s.returns()).containsExactly(2.0, 10.0);
  }

  @Test
  void walkingAwayOrRunningOutOfRoundsEndsWithoutADeal() {
    assertThat(after(BALLOON, "offer 19.00", "walk | Too much.").returns()).containsExactly(0.0, 0.0);
    BargainingGame short1 = game("bargaining(rounds=1)");
    GameState<BargainAction> s = after(short1, "offer 19.00");
    assertThat(s.isTerminal()).isFalse();
    s = s.apply(BargainAction.offer(1100, ""));
    assertThat(s.isTerminal()).isTrue();
    assertThat(((BargainingState) s).end()).isEqualTo(BargainingState.End.DEADLINE);
    assertThat(s.returns()).containsExactly(0.0, 0.0);
  }

  @Test
  void privateValuesSetUtilitiesAndNoDealValues() {
    BargainingGame g = game("bargaining(seller_reserve=12,buyer_value=17)");
    assertThat(after(g, "offer 15.00", "accept").returns()).containsExactly(7.0, 2.0);
    assertThat(after(g, "walk").returns()).as("no deal: seller keeps its outside option, reserve - cost")
        .containsExactly(4.0, 0.0);
    assertThat(g.minReturn()).isEqualTo(-183.0);
    assertThat(g.maxReturn()).isEqualTo(192.0);
    assertThat(BALLOON.minReturn()).isEqualTo(-180.0);
    assertThat(BALLOON.maxReturn()).isEqualTo(192.0);
  }

  @Test
  void checkExplainsIllegalMoves() {
    GameState<BargainAction> s = BALLOON.newInitialState();
    assertThat(s.check(1, BargainAction.offer(1500, ""))).contains("it is the seller's turn, not the buyer's");
    assertThat(s.check(0, BargainAction.offer(0, ""))).contains(
        "price $0.00 is outside the allowed range $0.01 to $200.00");
    assertThat(s.check(0, BargainAction.offer(20001, ""))).isPresent();
    assertThat(s.check(0, BargainAction.say("How about $15?"))).get().asString().contains("structured mode");
    assertThat(s.check(0, BargainAction.verdict(BargainAction.Kind.DEAL))).get().asString()
        .contains("only the moderator");
    assertThat(s.check(0, BargainAction.offer(12345, "any talk at all"))).isEmpty();
    assertThat(s.hasOpenActions(0)).isTrue();
    assertThat(after(BALLOON, "walk").check(1, BargainAction.accept(""))).contains(
        "the negotiation is over (walked away)");
  }

  @Test
  void listedMovesAreASortedSampleOfAcceptWalkAndAGridOfOffers() {
    var legal = BALLOON.newInitialState().legalActions(0);
    assertThat(legal).hasSize(13);
    assertThat(legal.get(0)).isEqualTo(BargainAction.accept(""));
    assertThat(legal.get(1)).isEqualTo(BargainAction.offer(1000, ""));
    assertThat(legal.get(11)).isEqualTo(BargainAction.offer(2000, ""));
    assertThat(legal.get(12)).isEqualTo(BargainAction.walk(""));
    assertThat(BALLOON.newInitialState().legalActions(1)).isEmpty();
    assertThat(game("bargaining(item=diamond)").grid()).containsExactly(50000L, 65000L, 80000L, 95000L, 110000L,
        125000L, 140000L, 155000L, 170000L, 185000L, 200000L);
  }

  @Test
  void defaultActionRepeatsTheStandingOfferAndForfeitGivesOthersTheirNoDealValue() {
    GameState<BargainAction> s = after(BALLOON, "offer 18.00");
    assertThat(BALLOON.defaultAction(s, 1)).contains(BargainAction.offer(1000, ""));
    BargainingGame g = game("bargaining(seller_reserve=12)");
    assertThat(g.forfeitReturns(g.newInitialState(), 1)).containsExactly(4.0, g.minReturn());
  }

  @Test
  void observationsAreSelfContained() {
    BargainingGame g = game("bargaining(buyer_value=16)");
    GameState<BargainAction> s = after(g, "offer 18.50 | I can come down a little.");
    String buyer = g.observe(s, 1).text();
    assertThat(buyer).contains("You are the buyer.", "worth $16.00 to you", "at most 10 rounds",
        "Buyer (you): Would you sell it for $10.00?", "Seller: [OFFER $18.50] I can come down a little.",
        "Standing offers: yours $10.00, the seller's $18.50.", "Round 1 of 10.",
        "It is your turn: OFFER a new price, ACCEPT the seller's offer of $18.50, or WALK away.");
    String seller = g.observe(s, 0).text();
    assertThat(seller).contains("You are the seller.", "cost you $8.00", "It is not your turn yet.")
        .doesNotContain("16.00");
    Map<String, Object> f = g.observe(s, 1).fields();
    JsonSafe.check(f, "fields");
    assertThat(f).containsEntry("role", "buyer").containsEntry("value", 16.0).containsEntry("their_offer", 18.5)
        .containsEntry("your_offer", 10.0).containsEntry("round", 1).containsEntry("your_turn", true)
        .doesNotContainKey("cost");
    assertThat(g.observe(s, 1).sections()).containsOnlyKeys("rules", "conversation", "question");
    GameState<BargainAction> done = s.apply(BargainAction.accept("Deal."));
    assertThat(g.observe(done, 0).text()).contains("The negotiation is over: deal at $18.50 (the buyer accepted).",
        "Your utility: 10.50 dollars.");
    assertThat(g.observe(done, 1).text()).contains("deal at $18.50 (you accepted)", "Your utility: -2.50 dollars.");
  }

  @Test
  void noSeatSeesAnotherSeatsPrivateValues() {
    String[] moves = {"offer 18.00 | Hm.", "offer 11.00 | Hm.", "offer 17.00", "walk"};
    BargainingGame a = game("bargaining(seller_cost=8,seller_reserve=12,buyer_value=16)");
    BargainingGame b = game("bargaining(seller_cost=3,seller_reserve=14,buyer_value=16)");
    BargainingGame c = game("bargaining(seller_cost=8,seller_reserve=12,buyer_value=19)");
    for (int n = 0; n <= moves.length; n++) {
      String[] prefix = java.util.Arrays.copyOf(moves, n);
      assertThat(a.observe(after(a, prefix), 1).text()).isEqualTo(b.observe(after(b, prefix), 1).text());
      assertThat(a.observe(after(a, prefix), 1).fields()).isEqualTo(b.observe(after(b, prefix), 1).fields());
      assertThat(a.observe(after(a, prefix), 0).text()).isEqualTo(c.observe(after(c, prefix), 0).text());
      assertThat(a.observe(after(a, prefix), 0).fields()).isEqualTo(c.observe(after(c, prefix), 0).fields());
      assertThat(after(a, prefix).informationStateKey(1)).isEqualTo(after(b, prefix).informationStateKey(1));
    }
  }

  @Test
  void metricsOfAKnownEpisode() {
    Episode e = episode(BALLOON, 0, "offer 19.00 | Nineteen!!", "offer 11.00 | Eleven", "offer 17.00 | Seventeen.",
        "accept | OK");
    Map<String, Double> seller = BALLOON.metrics(e, 0);
    assertThat(seller).containsEntry("deal", 1.0).containsEntry("price", 17.0).containsEntry("turns", 4.0)
        .containsEntry("message_length", 10.0).containsEntry("utility", 9.0).containsEntry("first_offer", 19.0)
        .containsEntry("in_range", 1.0);
    Map<String, Double> buyer = BALLOON.metrics(e, 1);
    assertThat(buyer).containsEntry("utility", 3.0).containsEntry("message_length", 4.0)
        .containsEntry("first_offer", 11.0);
    Episode none = episode(BALLOON, 1, "walk");
    assertThat(BALLOON.metrics(none, 0).get("price")).isNaN();
    assertThat(BALLOON.metrics(none, 1).get("message_length")).isNaN();
    assertThat(BALLOON.metrics(none, 0)).containsEntry("deal", 0.0).containsEntry("in_range", 0.0)
        .containsEntry("turns", 1.0);
    Episode atOpening = episode(BALLOON, 2, "accept");
    assertThat(BALLOON.metrics(atOpening, 0)).containsEntry("price", 10.0).containsEntry("in_range", 0.0);
  }

  @Test
  void metricsRefuseAnEpisodeOfAnotherGame() {
    Episode e = episode(BALLOON, 0, "walk");
    assertThatThrownBy(() -> game("bargaining(item=diamond)").metrics(e, 0))
        .hasMessageContaining("is of game bargaining(mode=structured,item=balloon");
  }

  @Test
  void moneyText() {
    assertThat(Money.plain(1500)).isEqualTo("15.00");
    assertThat(Money.plain(5)).isEqualTo("0.05");
    assertThat(Money.lastDollarAmount("I paid $12 but want $15.50, not 16.")).isEqualTo(1550);
    assertThat(Money.lastDollarAmount("$1,250.00 is fair")).isEqualTo(125000);
    assertThat(Money.lastDollarAmount("about $ 14.999")).isEqualTo(1500);
    assertThat(Money.lastDollarAmount("fifteen dollars")).isEqualTo(-1);
    assertThat(Money.hasNumber("fifteen dollars")).isFalse();
    assertThat(Money.hasNumber("15 dollars")).isTrue();
    assertThat(Money.parsePlain("1,500.5")).isEqualTo(150050);
    assertThat(Money.parsePlain("15.505")).isEqualTo(-1);
  }
}
