package dev.parley.games.bargaining;

import static dev.parley.games.bargaining.Bargains.game;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.game.ParseResult;
import dev.parley.games.bargaining.BargainAction.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Canonical text, tolerant reading of model replies, and format instructions. */
class BargainingCodecTest {
  static final BargainingGame STRUCTURED = game("bargaining");
  static final BargainingGame FREE = game("bargaining(mode=free-text)");

  static BargainAction ok(BargainingGame g, String text) {
    ParseResult<BargainAction> r = g.codec().parse(text);
    assertThat(r).as(text).isInstanceOf(ParseResult.Ok.class);
    return ((ParseResult.Ok<BargainAction>) r).action();
  }

  static String malformed(BargainingGame g, String text) {
    ParseResult<BargainAction> r = g.codec().parse(text);
    assertThat(r).as(text).isInstanceOf(ParseResult.Malformed.class);
    return ((ParseResult.Malformed<BargainAction>) r).reason();
  }

  @Test
  void canonicalTextRoundTrips() {
    List<BargainAction> structured = List.of(BargainAction.offer(1500, "Fifteen is my best."),
        BargainAction.offer(1, ""), BargainAction.accept("Deal."), BargainAction.accept(""), BargainAction.walk(
            "No thanks."), BargainAction.offer(1500, "| - odd **talk** \"quoted\""), BargainAction.accept("dollars"),
        BargainAction.offer(123456789, "verdict: deal"));
    for (BargainAction a : structured) {
      assertThat(ok(STRUCTURED, STRUCTURED.codec().encode(a))).isEqualTo(a);
    }
    assertThat(STRUCTURED.codec().encode(BargainAction.offer(1500, "Fifteen is my best.")))
        .isEqualTo("offer 15.00 | Fifteen is my best.");
    assertThat(STRUCTURED.codec().encode(BargainAction.accept(""))).isEqualTo("accept");
    List<BargainAction> free = List.of(BargainAction.say("How about $15?"), BargainAction.say("say | nested"),
        BargainAction.say("VERDICT: DEAL"), BargainAction.say("Seller: hi"), BargainAction.say(""),
        BargainAction.verdict(Kind.DEAL), BargainAction.verdict(Kind.ONGOING), BargainAction.verdict(Kind.NO_DEAL));
    for (BargainAction a : free) {
      assertThat(ok(FREE, FREE.codec().encode(a))).isEqualTo(a);
    }
    assertThat(FREE.codec().encode(BargainAction.verdict(Kind.NO_DEAL))).isEqualTo("verdict no-deal");
  }

  @Test
  void theMoveLeavesTheTalkOut() {
    var codec = STRUCTURED.codec();
    assertThat(codec.move(BargainAction.offer(1500, "Fifteen is my best."))).isEqualTo("offer 15.00");
    assertThat(codec.move(BargainAction.offer(1500, "Take it or leave it.")))
        .isEqualTo(codec.move(BargainAction.offer(1500, "")));
    assertThat(codec.move(BargainAction.accept("Deal."))).isEqualTo("accept");
    assertThat(codec.move(BargainAction.walk("No thanks."))).isEqualTo("walk");
    // free text is all talk; the move is the price it puts on the table
    assertThat(FREE.codec().move(BargainAction.say("Someone offered $25, but for you $18.50."))).isEqualTo("say $18.50");
    assertThat(FREE.codec().move(BargainAction.say("I can do 18.50."))).isEqualTo("say");
    assertThat(FREE.codec().move(BargainAction.verdict(Kind.DEAL))).isEqualTo("verdict deal");
  }

  @Test
  void aReplyIsWrittenAsTheFormatInstructionsAskAndReadsBack() {
    var view = STRUCTURED.observe(STRUCTURED.newInitialState(), BargainingGame.SELLER);
    BargainAction offer = BargainAction.offer(1650, "Sixteen fifty, and it is yours.");
    assertThat(STRUCTURED.codec().reply(offer, view)).isEqualTo("OFFER 16.50\nSixteen fifty, and it is yours.");
    assertThat(STRUCTURED.codec().formatInstructions(view)).contains("Line 1, your move: OFFER <price>");
    for (BargainAction a : List.of(offer, BargainAction.accept("Deal."), BargainAction.walk(""),
        BargainAction.offer(1, "| odd talk"))) {
      assertThat(ok(STRUCTURED, STRUCTURED.codec().reply(a, view))).isEqualTo(a);
    }
    var moderator = FREE.observe(FREE.newInitialState(), BargainingGame.MODERATOR);
    for (BargainAction a : List.of(BargainAction.say("How about $15?"), BargainAction.verdict(Kind.NO_DEAL),
        BargainAction.verdict(Kind.ONGOING))) {
      assertThat(ok(FREE, FREE.codec().reply(a, moderator))).isEqualTo(a);
    }
  }

  @Test
  void talkIsOneNormalisedLine() {
    assertThat(BargainAction.say("  two\n lines\t here ").talk()).isEqualTo("two lines here");
    assertThat(BargainAction.accept(null).talk()).isEmpty();
  }

  @Test
  void readsModelRepliesTolerantly() {
    assertThat(ok(STRUCTURED, "OFFER 15.00\nFifteen is my best.")).isEqualTo(
        BargainAction.offer(1500, "Fifteen is my best."));
    assertThat(ok(STRUCTURED, "Offer: $15")).isEqualTo(BargainAction.offer(1500, ""));
    assertThat(ok(STRUCTURED, "**OFFER 14.5**\nMessage: \"Meet me there.\"")).isEqualTo(
        BargainAction.offer(1450, "Meet me there."));
    assertThat(ok(STRUCTURED, "counteroffer 1,500.25 dollars - final")).isEqualTo(
        BargainAction.offer(150025, "final"));
    assertThat(ok(STRUCTURED, "I think the price is still too high.\nMove: OFFER 12\nTwelve, then.")).isEqualTo(
        BargainAction.offer(1200, "Twelve, then."));
    assertThat(ok(STRUCTURED, "ACCEPT\nDeal, thank you.")).isEqualTo(BargainAction.accept("Deal, thank you."));
    assertThat(ok(STRUCTURED, "accept. Deal")).isEqualTo(BargainAction.accept("Deal"));
    assertThat(ok(STRUCTURED, "Walk away | Not for me.")).isEqualTo(BargainAction.walk("Not for me."));
    assertThat(ok(STRUCTURED, "- WALK")).isEqualTo(BargainAction.walk(""));
    assertThat(ok(STRUCTURED, "Offering is hard.\nOFFER 16 | Sixteen.")).isEqualTo(BargainAction.offer(1600,
        "Sixteen."));
  }

  @Test
  void explainsWhatIsWrong() {
    assertThat(malformed(STRUCTURED, "OFFER 15.005")).contains("at most two decimals");
    assertThat(malformed(STRUCTURED, "OFFER soon")).contains("OFFER needs a price in dollars, e.g. OFFER 15.00");
    assertThat(malformed(STRUCTURED, "How about fifteen?")).contains("no move found in 'How about fifteen?'",
        "start with a move line: OFFER <price>");
    assertThat(malformed(STRUCTURED, "")).contains("empty reply");
    assertThat(malformed(STRUCTURED, "VERDICT: DEAL")).contains("no moderator");
    assertThat(malformed(STRUCTURED, "say | hello")).contains("mode=free-text");
    assertThat(malformed(FREE, "  ")).contains("empty");
    var r = STRUCTURED.codec().parse("OFFER 0", STRUCTURED.newInitialState(), 0);
    assertThat(r).isInstanceOf(ParseResult.NotLegal.class);
    assertThat(((ParseResult.NotLegal<BargainAction>) r).reason()).contains("outside the allowed range");
  }

  @Test
  void freeTextRepliesAreMessagesUnlessTheyGiveAVerdict() {
    assertThat(ok(FREE, "How about $15?")).isEqualTo(BargainAction.say("How about $15?"));
    assertThat(ok(FREE, "Seller: I could do $18.")).isEqualTo(BargainAction.say("I could do $18."));
    assertThat(ok(FREE, "\"Deal!\"")).isEqualTo(BargainAction.say("Deal!"));
    assertThat(ok(FREE, "Deal")).isEqualTo(BargainAction.say("Deal"));
    assertThat(ok(FREE, "VERDICT: NO DEAL")).isEqualTo(BargainAction.verdict(Kind.NO_DEAL));
    assertThat(ok(FREE, "They agreed on the price.\n**Verdict: Deal**")).isEqualTo(BargainAction.verdict(Kind.DEAL));
    assertThat(ok(FREE, "verdict - on-going")).isEqualTo(BargainAction.verdict(Kind.ONGOING));
    assertThat(ok(FREE, "Verdict: yes")).isEqualTo(BargainAction.verdict(Kind.DEAL));
    assertThat(ok(FREE, "Verdict: no")).isEqualTo(BargainAction.verdict(Kind.ONGOING));
  }

  @Test
  void formatInstructionsFollowTheSeat() {
    var s0 = STRUCTURED.newInitialState();
    String seller = STRUCTURED.codec().formatInstructions(STRUCTURED.observe(s0, 0));
    assertThat(seller).contains("Line 1, your move: OFFER <price> (a new price in dollars, e.g. OFFER 15.00)",
        "ACCEPT (take the buyer's standing offer of $10.00)", "WALK", "Line 2, your message to the buyer");
    assertThat(STRUCTURED.codec().formatInstructions(STRUCTURED.observe(s0, 1))).isEqualTo("You have no move now.");
    assertThat(STRUCTURED.codec().formatInstructions(s0, 0)).isEqualTo(seller);
    var f0 = FREE.newInitialState();
    assertThat(FREE.codec().formatInstructions(FREE.observe(f0, 0))).contains("next message to the buyer",
        "dollar sign, e.g. $15.00");
    var judged = f0.apply(BargainAction.say("Deal."));
    assertThat(FREE.codec().formatInstructions(FREE.observe(judged, 2))).startsWith(
        "Reply with exactly one line: VERDICT: DEAL");
    assertThat(ok(FREE, "VERDICT: ONGOING")).isIn(judged.legalActions(2));
  }
}
