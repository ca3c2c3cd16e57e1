package dev.parley.games.bargaining;

import static dev.parley.games.bargaining.Bargains.AGENTS;
import static dev.parley.games.bargaining.Bargains.agents;
import static dev.parley.games.bargaining.Bargains.game;
import static dev.parley.games.bargaining.Bargains.moves;
import static dev.parley.games.bargaining.Bargains.offers;
import static dev.parley.games.bargaining.Bargains.play;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.Decision;
import dev.parley.core.agent.Feedback;
import dev.parley.core.agent.MatchContext;
import dev.parley.core.episode.Episode;
import dev.parley.games.bargaining.BargainAction.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Known move sequences of the scripted negotiators (REFERENCE §2.2) and their use of feedback. */
class NegotiatorsTest {
  static final BargainingGame BALLOON = game("bargaining");

  @Test
  void boulwareSellerAgainstHardlinerBuyer() {
    Episode e = play("bargaining", 1, "boulware", "hardliner");
    // 8 + 12·(1 − (k/9)^5) for k = 0..8, then at t = 1 its planned $8.00 is beaten by the buyer's $10.00
    assertThat(offers(BALLOON, e, 0)).containsExactly("20.00", "20.00", "19.99", "19.95", "19.79", "19.36", "18.42",
        "16.58", "13.34");
    assertThat(offers(BALLOON, e, 1)).containsOnly("10.00").hasSize(9);
    assertThat(moves(e, 0).get(9)).startsWith("accept");
    assertThat(e.returns()).containsExactly(2.0, 10.0);
  }

  @Test
  void linearAgainstLinearMeetsInTheMiddle() {
    Episode e = play("bargaining", 1, "linear", "linear");
    assertThat(offers(BALLOON, e, 0)).containsExactly("20.00", "18.67", "17.33", "16.00", "14.67");
    assertThat(offers(BALLOON, e, 1)).containsExactly("10.00", "11.11", "12.22", "13.33", "14.44");
    assertThat(moves(e, 0).get(5)).startsWith("accept");
    assertThat(BALLOON.metrics(e, 0)).containsEntry("price", 14.44).containsEntry("turns", 11.0);
  }

  @Test
  void concederAgainstHardlinerGivesInEarly() {
    Episode e = play("bargaining", 1, "conceder", "hardliner");
    // 8 + 12·(1 − √(k/9))
    assertThat(offers(BALLOON, e, 0)).containsExactly("20.00", "16.00", "14.34", "13.07", "12.00", "11.06", "10.20");
    assertThat(BALLOON.metrics(e, 0)).containsEntry("price", 10.0).containsEntry("turns", 15.0);
  }

  @Test
  void hardlinersNeverDeal() {
    Episode e = play("bargaining", 1, "hardliner", "hardliner");
    assertThat(offers(BALLOON, e, 0)).containsOnly("20.00").hasSize(10);
    assertThat(BALLOON.metrics(e, 0)).containsEntry("deal", 0.0).containsEntry("turns", 20.0);
  }

  @Test
  void privateValuesAndParametersSetTheRange() {
    BargainingGame g = game("bargaining(seller_reserve=14,buyer_value=12)");
    Episode e = play(g, agents(g, "linear", "linear"), 1);
    assertThat(offers(g, e, 0)).startsWith("20.00", "19.33").endsWith("14.00");
    assertThat(offers(g, e, 1)).startsWith("10.00", "10.22").endsWith("12.00");
    assertThat(g.metrics(e, 0)).containsEntry("deal", 0.0);
    Episode tuned = play("bargaining", 1, "linear(first_offer=18,limit=12)", "hardliner(first_offer=9)");
    assertThat(offers(BALLOON, tuned, 0)).startsWith("18.00", "17.33");
    assertThat(offers(BALLOON, tuned, 1)).startsWith("9.00");
  }

  @Test
  void titForTatMirrorsTheOtherSidesConcession() {
    Episode e = play("bargaining", 1, "tit-for-tat(kindness=0)", "linear");
    // the buyer concedes $1.11 a turn; the seller answers each concession with the same step, one turn later
    assertThat(offers(BALLOON, e, 0)).startsWith("20.00", "20.00", "18.89", "17.78", "16.67");
    Episode kind = play("bargaining", 1, "tit-for-tat", "hardliner");
    assertThat(offers(BALLOON, kind, 0)).startsWith("20.00", "19.40", "18.80");
  }

  @Test
  void blufferTellsStoriesBeforeItsOfferAndMayWalk() {
    Episode e = play("bargaining(mode=free-text)", 4, "bluffer(bluff=1)", "hardliner", "regex-moderator");
    BargainingGame g = game("bargaining(mode=free-text)");
    List<Transcript.Move> seller = g.transcript(e).movesOf(0);
    Transcript.Move second = seller.get(1);
    assertThat(second.action().talk()).matches(".*\\$\\d+\\.\\d\\d.*\\$\\d+\\.\\d\\d.*");
    assertThat(Money.lastDollarAmount(second.action().talk())).isEqualTo(second.priceCents())
        .isLessThanOrEqualTo(2000).isGreaterThanOrEqualTo(800);
    Episode walker = play("bargaining", 2, "bluffer(walk=1)", "hardliner");
    assertThat(moves(walker, 0)).hasSize(2);
    assertThat(moves(walker, 0).get(1)).startsWith("walk | ");
  }

  @Test
  void talkVariesWithTheSeedAndReplaysWithIt() {
    List<String> talk = new ArrayList<>();
    for (long seed = 1; seed <= 6; seed++) {
      talk.add(String.join("/", moves(play("bargaining", seed, "linear", "conceder"), 0)));
    }
    assertThat(talk.stream().distinct().count()).isGreaterThan(1);
    assertThat(String.join("/", moves(play("bargaining", 3, "linear", "conceder"), 0))).isEqualTo(talk.get(2));
  }

  @Test
  void templatesAreReadCorrectlyByTheRegexModerator() {
    for (Phrasebook p : List.of(Phrasebook.BOULWARE, Phrasebook.LINEAR, Phrasebook.CONCEDER, Phrasebook.HARDLINER,
        Phrasebook.TIT_FOR_TAT, Phrasebook.BLUFFER)) {
      for (String offer : concat(p.sellerOffers(), p.buyerOffers(), p.sellerBluffs(), p.buyerBluffs())) {
        String text = offer.replace("{price}", "$15.00").replace("{fake}", "$17.00").replace("{item}", "balloon");
        assertThat(RegexModerator.judge(text, true)).as(text).isEqualTo(Kind.ONGOING);
      }
      for (String offer : concat(p.sellerOffers(), p.buyerOffers())) {
        assertThat(offer).as("one price, no other number").containsOnlyOnce("{price}").doesNotContainPattern("\\d");
      }
      for (String accept : p.accepts()) {
        assertThat(RegexModerator.judge(accept, true)).as(accept).isEqualTo(Kind.DEAL);
        assertThat(Money.hasNumber(accept)).isFalse();
      }
      for (String walk : p.walks()) {
        assertThat(RegexModerator.judge(walk, true)).as(walk).isEqualTo(Kind.NO_DEAL);
        assertThat(Money.hasNumber(walk)).isFalse();
      }
    }
  }

  @SafeVarargs
  static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> l : lists) {
      all.addAll(l);
    }
    return all;
  }

  @Test
  void adjustmentsMoveTheNextEpisodesOffersInTheSuggestedDirection() {
    Agent<BargainAction> seller = agents(BALLOON, "linear").get(0);
    List<Agent<BargainAction>> seats = List.of(seller, agents(BALLOON, "hardliner").get(0));
    List<Long> before = BALLOON.transcript(Bargains.play(BALLOON, seats, 1)).offersOf(0);
    seller.receive(new Feedback(0, 0, Map.of(), List.of(), Map.of(Negotiators.CONCESSION_SPEED, -0.5), "", "rule"));
    List<Long> slower = BALLOON.transcript(Bargains.play(BALLOON, List.of(seller,
        agents(BALLOON, "hardliner").get(0)), 1)).offersOf(0);
    for (int k = 1; k < Math.min(before.size(), slower.size()); k++) {
      assertThat(slower.get(k)).as("offer %s", k).isGreaterThan(before.get(k));
    }
    seller.receive(new Feedback(0, 0, Map.of(), List.of(), Map.of(Negotiators.FIRST_OFFER, 0.1,
        Negotiators.LIMIT, 0.2), "", "rule"));
    List<Long> bolder = BALLOON.transcript(Bargains.play(BALLOON, List.of(seller,
        agents(BALLOON, "hardliner").get(0)), 1)).offersOf(0);
    // range 20 → 8 becomes 21.20 → 10.40
    assertThat(bolder.get(0)).isEqualTo(2120);
    assertThat(bolder.get(bolder.size() - 1)).isGreaterThanOrEqualTo(1040);
  }

  @Test
  void aHardlinerToldToConcedeBecomesBoulwareLike() {
    var tactic = new Tactics.TimeDependent(0, 0);
    tactic.adjustSpeed(0.25);
    assertThat(tactic.e()).isEqualTo(0.25);
    tactic.adjustSpeed(-0.5);
    assertThat(tactic.e()).isEqualTo(0.125);
  }

  @Test
  void adjustmentsAreBoundedAndUnknownKeysIgnored() {
    Negotiator n = (Negotiator) agents(BALLOON, "linear").get(0);
    for (int i = 0; i < 20; i++) {
      n.receive(new Feedback(0, 0, Map.of(), List.of(), Map.of(Negotiators.ACCEPT_MARGIN, 0.2, "unknown", 5.0,
          Negotiators.CONCESSION_SPEED, Double.NaN), "", "rule"));
    }
    assertThat(n.acceptMargin()).isEqualTo(0.5);
    assertThat(((Tactics.TimeDependent) n.tactic()).e()).isEqualTo(1.0);
  }

  @Test
  void registeredForBargainingOnly() {
    assertThat(AGENTS.typesFor(BALLOON)).extracting(t -> t.name()).contains("boulware", "linear", "conceder",
        "hardliner", "tit-for-tat", "bluffer").doesNotContain("regex-moderator");
    assertThat(AGENTS.typesFor(game("bargaining(mode=free-text)"))).extracting(t -> t.name())
        .contains("regex-moderator");
    assertThat(AGENTS.factory("boulware", BALLOON).spec()).isEqualTo("boulware(e=0.2,k=0,accept_margin=0)");
    assertThatThrownBy(() -> AGENTS.factory("boulware", Bargains.GAMES.load("repeated")))
        .hasMessageContaining("it plays bargaining, not repeated");
    assertThatThrownBy(() -> AGENTS.factory("regex-moderator", BALLOON)).hasMessageContaining("mode=free-text");
    assertThatThrownBy(() -> AGENTS.factory("linear(limit=12.345)", BALLOON))
        .hasMessageContaining("parameter 'limit' of agent linear: 12.345 is not a whole number of cents");
  }

  @Test
  void misplacedOrMisconfiguredAgentsReportInsteadOfThrowing() {
    BargainingGame free = game("bargaining(mode=free-text)");
    Agent<BargainAction> boulware = agents(free, "boulware").get(0);
    boulware.begin(new MatchContext("r", 0, free.toString(), 2, 3, 1));
    var judged = free.newInitialState().apply(BargainAction.say("Deal."));
    Decision<BargainAction> d = boulware.act(free.observe(judged, 2), judged.legalActions(2));
    assertThat(d.hasAction()).isFalse();
    assertThat(d.problem()).contains("cannot sit in seat 2");
    Agent<BargainAction> wrong = agents(BALLOON, "linear(first_offer=5)").get(0);
    wrong.begin(new MatchContext("r", 0, BALLOON.toString(), 0, 2, 1));
    assertThat(wrong.act(BALLOON.observe(BALLOON.newInitialState(), 0), List.of()).problem())
        .contains("first_offer $5.00 is on the wrong side of its limit $8.00");
  }
}
