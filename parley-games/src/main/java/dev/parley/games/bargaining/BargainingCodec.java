package dev.parley.games.bargaining;

import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.GameState;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParseResult;
import dev.parley.games.bargaining.BargainAction.Kind;
import dev.parley.games.common.Texts;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Action text of the bargaining game.
 *
 * <p>Canonical text is one line: {@code offer 15.00 | Fifteen is my best.}, {@code accept | Deal.},
 * {@code walk | No thanks.} (the {@code | talk} part is left out when there is no talk); in
 * free-text mode {@code say | How about $15?}; the moderator's verdicts are {@code verdict deal},
 * {@code verdict ongoing} and {@code verdict no-deal}. {@code parse(encode(a))} gives {@code a}.
 *
 * <p>Replies from models are read tolerantly. Structured mode: the first line that starts with a
 * move ({@code OFFER 15}, {@code Offer: $15.00}, {@code counteroffer 1,500}, {@code ACCEPT},
 * {@code WALK}, {@code walk away}; bullets, bold marks and a {@code Move:} label are skipped) is the
 * move; the rest of that line and the lines after it are the talk (a {@code Message:} label and
 * surrounding quotes are dropped). Prices have at most two decimals. Free-text mode: the whole reply
 * is the message (a leading {@code Seller:}/{@code Buyer:}/{@code Message:} label is dropped),
 * unless a line starts with {@code VERDICT:}, which makes it a moderator verdict ({@code DEAL},
 * {@code NO DEAL}, {@code ONGOING}; the paper's yes/no answers read as DEAL/ONGOING).
 */
final class BargainingCodec implements ActionCodec<BargainAction> {
  private static final Pattern MOVE = Pattern.compile(
      "(counter[\\s-]*offer|counter|propose|offer|accept|walk(?:[\\s-]*away)?)\\b(.*)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern PRICE = Pattern.compile(
      "\\s*[:=\\-]?\\s*\\$?\\s*((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)(.*)", Pattern.DOTALL);
  private static final Pattern CURRENCY_WORD = Pattern.compile("\\s*(?:dollars?|usd|bucks)\\b(.*)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern VERDICT = Pattern.compile(
      "verdict\\s*[:=\\-]?\\s*(no[\\s_-]*deal|deal|on[\\s-]*going|yes|no)\\b.*",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern CANONICAL_SAY = Pattern.compile("say\\s*\\|(.*)", Pattern.DOTALL);
  private static final Pattern CANONICAL_MOVE = Pattern.compile("(?:offer (\\d+\\.\\d{2})|(accept)|(walk))(?: \\| (.+))?");
  private static final Pattern LABEL = Pattern.compile(
      "(?:final\\s+answer|answer|move|action)\\s*:\\s*(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern TALK_LABEL = Pattern.compile(
      "(?:message|talk|say|msg|line\\s*2)\\s*:\\s*(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern SPEAKER_LABEL = Pattern.compile(
      "(?:seller|buyer|message|me)\\s*:\\s*(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final String SEPARATORS = "|:-–—,.";

  private final BargainingGame game;

  BargainingCodec(BargainingGame game) {
    this.game = game;
  }

  @Override
  public String encode(BargainAction a) {
    return switch (a.kind()) {
      case OFFER -> "offer " + Money.plain(a.cents()) + withTalk(a);
      case ACCEPT -> "accept" + withTalk(a);
      case WALK -> "walk" + withTalk(a);
      case SAY -> a.talk().isEmpty() ? "say |" : "say | " + a.talk();
      case DEAL -> "verdict deal";
      case ONGOING -> "verdict ongoing";
      case NO_DEAL -> "verdict no-deal";
    };
  }

  /**
   * The engine-checked move without talk: {@code offer 15.00}, {@code accept}, {@code walk}, a
   * verdict. A free-text message is all talk with the price read from it, so its move is the price
   * it names ({@code say $15.00}) or {@code say} when it names none.
   */
  @Override
  public String move(BargainAction a) {
    return switch (a.kind()) {
      case OFFER -> "offer " + Money.plain(a.cents());
      case ACCEPT -> "accept";
      case WALK -> "walk";
      case SAY -> {
        long cents = Money.lastDollarAmount(a.talk());
        yield cents < 0 ? "say" : "say $" + Money.plain(cents);
      }
      default -> encode(a);
    };
  }

  /**
   * Two lines as the format instructions ask, {@code OFFER 15.00} then the message; a free-text
   * message as it is; a verdict as {@code VERDICT: DEAL}.
   */
  @Override
  public String reply(BargainAction a, Observation observation) {
    return switch (a.kind()) {
      case OFFER -> "OFFER " + Money.plain(a.cents()) + lineOfTalk(a);
      case ACCEPT -> "ACCEPT" + lineOfTalk(a);
      case WALK -> "WALK" + lineOfTalk(a);
      case SAY -> a.talk();
      case DEAL -> "VERDICT: DEAL";
      case ONGOING -> "VERDICT: ONGOING";
      case NO_DEAL -> "VERDICT: NO DEAL";
    };
  }

  private static String lineOfTalk(BargainAction a) {
    return a.talk().isEmpty() ? "" : "\n" + a.talk();
  }

  private static String withTalk(BargainAction a) {
    return a.talk().isEmpty() ? "" : " | " + a.talk();
  }

  @Override
  public ParseResult<BargainAction> parse(String text) {
    if (text == null || text.isBlank()) {
      return new ParseResult.Malformed<>("empty reply; " + expected());
    }
    String[] lines = text.strip().split("\\R");
    BargainAction verdict = verdict(lines);
    if (game.freeText()) {
      if (verdict != null) {
        return new ParseResult.Ok<>(verdict);
      }
      return parseMessage(text.strip());
    }
    if (verdict != null) {
      return new ParseResult.Malformed<>("this game has no moderator (structured mode); " + expected());
    }
    Matcher c = CANONICAL_MOVE.matcher(text.strip());
    if (c.matches()) {
      String talk = c.group(4) == null ? "" : c.group(4);
      if (c.group(1) != null) {
        long cents = Money.parsePlain(c.group(1));
        return new ParseResult.Ok<>(BargainAction.offer(cents, talk));
      }
      return new ParseResult.Ok<>(c.group(2) != null ? BargainAction.accept(talk) : BargainAction.walk(talk));
    }
    return parseMove(lines);
  }

  private String expected() {
    return game.freeText() ? "write your message, or as the moderator a line VERDICT: DEAL, VERDICT: NO DEAL or "
        + "VERDICT: ONGOING" : "start with a move line: OFFER <price> (e.g. OFFER 15.00), ACCEPT or WALK, then your "
        + "message on the next line";
  }

  private static BargainAction verdict(String[] lines) {
    BargainAction found = null;
    for (String line : lines) {
      Matcher m = VERDICT.matcher(undecorate(line));
      if (m.matches()) {
        String v = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        Kind k = switch (v) {
          case "deal", "yes" -> Kind.DEAL;
          case "nodeal" -> Kind.NO_DEAL;
          default -> Kind.ONGOING;
        };
        found = BargainAction.verdict(k);
      }
    }
    return found;
  }

  private ParseResult<BargainAction> parseMessage(String text) {
    Matcher canonical = CANONICAL_SAY.matcher(text);
    if (canonical.matches()) {
      return new ParseResult.Ok<>(BargainAction.say(canonical.group(1)));
    }
    String t = text.replace("**", "");
    Matcher label = SPEAKER_LABEL.matcher(t);
    if (label.matches()) {
      t = label.group(1);
    }
    t = unquote(BargainAction.normalize(t));
    if (t.isEmpty()) {
      return new ParseResult.Malformed<>("empty message; " + expected());
    }
    return new ParseResult.Ok<>(BargainAction.say(t));
  }

  private ParseResult<BargainAction> parseMove(String[] lines) {
    String problem = null;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MOVE.matcher(undecorate(lines[i]));
      if (!m.matches()) {
        continue;
      }
      String word = m.group(1).toLowerCase(Locale.ROOT);
      String rest = m.group(2);
      long cents = 0;
      Kind kind;
      if (word.startsWith("accept")) {
        kind = Kind.ACCEPT;
      } else if (word.startsWith("walk")) {
        kind = Kind.WALK;
      } else {
        kind = Kind.OFFER;
        Matcher p = PRICE.matcher(rest);
        if (!p.matches()) {
          problem = problem != null ? problem : "OFFER needs a price in dollars, e.g. OFFER 15.00";
          continue;
        }
        cents = Money.parsePlain(p.group(1));
        if (cents < 0) {
          problem = problem != null ? problem : "a price is in whole cents: at most two decimals, e.g. OFFER 15.25 (got "
              + p.group(1) + ")";
          continue;
        }
        rest = p.group(2);
        Matcher w = CURRENCY_WORD.matcher(rest);
        if (w.matches()) {
          rest = w.group(1);
        }
      }
      String talk = talk(rest, lines, i + 1);
      return new ParseResult.Ok<>(kind == Kind.OFFER ? BargainAction.offer(cents, talk)
          : new BargainAction(kind, 0, talk));
    }
    if (CANONICAL_SAY.matcher(lines[0].strip()).matches()) {
      return new ParseResult.Malformed<>("free-text messages belong to mode=free-text; " + expected());
    }
    return new ParseResult.Malformed<>((problem != null ? problem + "; " : "no move found in '"
        + Texts.abbreviate(String.join(" ", lines)) + "'; ") + expected());
  }

  /** Talk: the rest of the move line after one separator, then the following lines. */
  private static String talk(String rest, String[] lines, int from) {
    String sameLine = rest.strip();
    if (!sameLine.isEmpty() && SEPARATORS.indexOf(sameLine.charAt(0)) >= 0) {
      sameLine = sameLine.substring(1);
    }
    StringBuilder sb = new StringBuilder(sameLine.strip());
    StringBuilder after = new StringBuilder();
    for (int j = from; j < lines.length; j++) {
      String l = lines[j].replace("**", "").strip();
      if (l.isEmpty()) {
        continue;
      }
      if (after.length() == 0) {
        Matcher label = TALK_LABEL.matcher(l);
        if (label.matches()) {
          l = label.group(1).strip();
        }
      }
      after.append(after.length() == 0 ? "" : " ").append(l);
    }
    String following = unquote(BargainAction.normalize(after.toString()));
    if (!following.isEmpty()) {
      sb.append(sb.length() == 0 ? "" : " ").append(following);
    }
    return sb.toString();
  }

  /** A line without leading bullets, bold marks, back-ticks or a {@code Move:} label. */
  private static String undecorate(String line) {
    String l = line.replace("**", "").replace("`", "").strip();
    int i = 0;
    while (i < l.length() && "-*>#•".indexOf(l.charAt(i)) >= 0) {
      i++;
    }
    l = l.substring(i).strip();
    Matcher label = LABEL.matcher(l);
    return label.matches() ? label.group(1).strip() : l;
  }

  private static String unquote(String s) {
    if (s.length() >= 2) {
      char a = s.charAt(0);
      char b = s.charAt(s.length() - 1);
      if (a == '"' && b == '"' || a == '“' && b == '”') {
        return s.substring(1, s.length() - 1).strip();
      }
    }
    return s;
  }

  @Override
  public String formatInstructions(GameState<BargainAction> state, int seat) {
    if (state == null) {
      return instructions(seat, null, true, true);
    }
    return formatInstructions(game.observe(state, seat));
  }

  @Override
  public String formatInstructions(Observation observation) {
    if (!(observation instanceof BargainingObservation o)) {
      return instructions(observation.seat(), null, true, true);
    }
    if (!o.yourTurn()) {
      return "You have no move now.";
    }
    return instructions(o.seat(), o.theirOfferCents() < 0 ? null : Money.dollars(o.theirOfferCents()),
        o.dealAllowed(), false);
  }

  private String instructions(int seat, String theirOffer, boolean dealAllowed, boolean generic) {
    if (seat == BargainingGame.MODERATOR) {
      return "Reply with exactly one line: VERDICT: DEAL (they have agreed on a price), VERDICT: NO DEAL (the talks"
          + " have broken down for good) or VERDICT: ONGOING (they are still negotiating)."
          + (dealAllowed ? "" : " A deal cannot be declared now: the last price named is outside the allowed range.");
    }
    String other = BargainingGame.role(1 - seat);
    if (game.freeText()) {
      return "Reply with your next message to the " + other + " and nothing else: one short sentence. Write any "
          + "price with a dollar sign, e.g. $" + example() + "; the last dollar amount in the conversation is the "
          + "price on the table.";
    }
    String accept = theirOffer == null || generic ? "take the " + other + "'s standing offer"
        : "take the " + other + "'s standing offer of " + theirOffer;
    return "Reply in exactly two lines.\n"
        + "Line 1, your move: OFFER <price> (a new price in dollars, e.g. OFFER " + example() + "), ACCEPT ("
        + accept + ") or WALK (leave without a deal).\n"
        + "Line 2, your message to the " + other + ": one short sentence. It is only talk; the move on line 1 is "
        + "what counts.";
  }

  private String example() {
    return Money.plain((game.sellerOpeningCents() + game.buyerOpeningCents()) / 2 / 100 * 100);
  }
}
