package dev.parley.games.bargaining;

import static dev.parley.games.bargaining.Bargains.game;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.game.GameState;
import dev.parley.games.bargaining.BargainAction.Kind;
import org.junit.jupiter.api.Test;

/** The paper's free-text protocol: prices read from messages, a moderator seat judging the deal. */
class FreeTextModeTest {
  static final BargainingGame PAPER = game("bargaining(mode=free-text)");

  static GameState<BargainAction> say(GameState<BargainAction> s, String message) {
    return s.apply(BargainAction.say(message));
  }

  static GameState<BargainAction> verdict(GameState<BargainAction> s, Kind k) {
    return s.apply(BargainAction.verdict(k));
  }

  @Test
  void theModeratorIsConsultedOnceAMessageHasNoNumberAndFromThenOnAfterEveryMessage() {
    GameState<BargainAction> s = PAPER.newInitialState();
    s = say(s, "I can do $18 for you.");
    assertThat(s.turn().seat(0)).as("both of the last two messages name a number").isEqualTo(BargainingGame.BUYER);
    s = say(s, "Hmm, that is a lot.");
    assertThat(s.turn().seat(0)).isEqualTo(BargainingGame.MODERATOR);
    assertThat(s.legalActions(2)).hasSize(3);
    assertThat(s.hasOpenActions(2)).isFalse();
    s = verdict(s, Kind.ONGOING);
    assertThat(s.turn().seat(0)).isEqualTo(BargainingGame.SELLER);
    s = say(s, "Then $17, final.");
    assertThat(s.turn().seat(0)).as("latched: consulted after every message now").isEqualTo(BargainingGame.MODERATOR);
    s = verdict(s, Kind.ONGOING);
    s = say(s, "Deal, it's yours... I mean mine!");
    s = verdict(s, Kind.DEAL);
    assertThat(s.isTerminal()).isTrue();
    BargainingState b = (BargainingState) s;
    assertThat(b.dealCents()).as("last dollar amount of the most recent message naming one").isEqualTo(1700);
    assertThat(s.returns()).containsExactly(9.0, 3.0, 0.0);
  }

  @Test
  void theLastDollarAmountIsThePriceOnTheTable() {
    GameState<BargainAction> s = PAPER.newInitialState();
    s = say(s, "Someone offered $25, but for you $18.50.");
    s = say(s, "I can pay $12.");
    var sellerView = (BargainingObservation) PAPER.observe(s, 0);
    assertThat(sellerView.priceOnTableCents()).isEqualTo(1200);
    assertThat(sellerView.myOfferCents()).isEqualTo(1850);
    assertThat(sellerView.theirOfferCents()).isEqualTo(1200);
    assertThat(sellerView.offersBy(BargainingGame.BUYER)).containsExactly(1000L, 1200L);
  }

  @Test
  void aBreakdownVerdictEndsWithoutADealAndTooManyOngoingVerdictsStallTheGame() {
    GameState<BargainAction> s = say(PAPER.newInitialState(), "No thanks.");
    assertThat(verdict(s, Kind.NO_DEAL).returns()).containsExactly(0.0, 0.0, 0.0);
    BargainingGame impatient = game("bargaining(mode=free-text,no_deal_after=2)");
    s = say(impatient.newInitialState(), "Well.");
    s = verdict(s, Kind.ONGOING);
    s = say(s, "Well?");
    s = verdict(s, Kind.ONGOING);
    assertThat(s.isTerminal()).isTrue();
    assertThat(((BargainingState) s).end()).isEqualTo(BargainingState.End.STALLED);
    assertThat(impatient.observe(s, 0).text()).contains("no deal; the moderator found no deal after 2 checks.");
  }

  @Test
  void consultAlwaysAsksAfterEveryMessageAndTheRoundsStillRunOut() {
    BargainingGame always = game("bargaining(mode=free-text,consult=always,rounds=1)");
    GameState<BargainAction> s = say(always.newInitialState(), "$19 then.");
    assertThat(s.turn().seat(0)).isEqualTo(BargainingGame.MODERATOR);
    s = verdict(s, Kind.ONGOING);
    s = say(s, "$11.");
    s = verdict(s, Kind.ONGOING);
    assertThat(((BargainingState) s).end()).isEqualTo(BargainingState.End.DEADLINE);
  }

  @Test
  void noDealCanBeDeclaredAtAPriceOutsideTheAllowedRange() {
    GameState<BargainAction> s = say(PAPER.newInitialState(), "Fine, $500 and it's yours, deal?");
    s = say(s, "Deal.");
    assertThat(s.turn().seat(0)).isEqualTo(BargainingGame.MODERATOR);
    assertThat(s.check(2, BargainAction.verdict(Kind.DEAL))).get().asString()
        .contains("the last price named, $500.00, is outside the allowed range $0.01 to $200.00");
    assertThat(s.legalActions(2)).extracting(BargainAction::kind).containsExactly(Kind.ONGOING, Kind.NO_DEAL);
    assertThat(RegexModerator.judge("Deal.", false)).isEqualTo(Kind.ONGOING);
  }

  @Test
  void negotiatorsNeverSeeVerdictsAndTheModeratorNeverSeesPrivateValues() {
    BargainingGame a = game("bargaining(mode=free-text,consult=always,seller_cost=5,buyer_value=18,judge_window=2)");
    BargainingGame b = game("bargaining(mode=free-text,consult=always,seller_cost=7,buyer_value=13,judge_window=2)");
    BargainingGame c = game("bargaining(mode=free-text,seller_cost=5,buyer_value=18,judge_window=2)");
    GameState<BargainAction> sa = say(verdict(say(a.newInitialState(), "$15?"), Kind.ONGOING), "$12?");
    GameState<BargainAction> sb = say(verdict(say(b.newInitialState(), "$15?"), Kind.ONGOING), "$12?");
    assertThat(a.observe(sa, 2).text()).isEqualTo(b.observe(sb, 2).text()).contains("The last 2 messages:",
        "Seller: $15?", "Buyer: $12?", "Question: have the seller and the buyer agreed on a deal?")
        .doesNotContain("Would you sell");
    assertThat(a.observe(sa, 2).fields()).isEqualTo(b.observe(sb, 2).fields()).doesNotContainKeys("cost", "value",
        "reserve");
    GameState<BargainAction> afterVerdicts = verdict(sa, Kind.ONGOING);
    GameState<BargainAction> noVerdicts = say(say(c.newInitialState(), "$15?"), "$12?");
    assertThat(a.observe(afterVerdicts, 0).text()).isEqualTo(c.observe(noVerdicts, 0).text())
        .contains("Seller (you): $15?", "Buyer: $12?");
    assertThat(a.observe(afterVerdicts, 0).fields()).isEqualTo(c.observe(noVerdicts, 0).fields());
    assertThat(afterVerdicts.informationStateKey(0)).isEqualTo(noVerdicts.informationStateKey(0));
    assertThat(afterVerdicts.informationStateKey(2)).contains("verdict ongoing");
  }

  @Test
  void scriptedNegotiatorsMakeTheSameDealInBothModes() {
    var structured = Bargains.play("bargaining", 3, "linear", "linear");
    var free = Bargains.play("bargaining(mode=free-text)", 3, "linear", "linear", "regex-moderator");
    BargainingGame g = game("bargaining(mode=free-text)");
    assertThat(game("bargaining").metrics(structured, 0)).containsEntry("price", 14.44).containsEntry("turns", 11.0);
    assertThat(g.metrics(free, 0)).containsEntry("price", 14.44).containsEntry("turns", 11.0)
        .containsEntry("deal", 1.0);
    assertThat(Bargains.moves(free, 2)).containsExactly("verdict deal");
    assertThat(g.metrics(free, 2).get("message_length")).isNaN();
  }
}
