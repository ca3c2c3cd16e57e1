package dev.parley.games.dond;

import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.GameState;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParseResult;
import dev.parley.games.common.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Action text of Deal or No Deal.
 *
 * <p>Canonical forms: {@code propose books=1 hats=0 balls=2} (the numbers the <em>proposer
 * keeps</em>; the other player gets the rest), {@code accept}, {@code reject}, {@code end}; chance
 * moves {@code deal counts=[1,1,3]}, {@code deal values_a=[1,3,2]}, {@code deal values_b=[1,0,3]}.
 *
 * <p>Parsing is tolerant of how models write: case, quotes, markdown emphasis and a final full stop
 * are ignored; a proposal may be written with {@code :} or {@code =}, singular item names, commas
 * and any leading words ({@code I propose I keep books: 1, hats: 0, balls: 2}), or as counts
 * before names ({@code I keep 1 book, 0 hats and 2 balls}; number words zero to ten are read). The
 * loose form is refused when the text also says what <em>you</em> get, because then it is unclear
 * whose items the numbers are. Accept, reject and end may be written as short phrases ({@code I
 * accept your offer}, {@code deal}, {@code no deal}, {@code walk away}). Anything else is
 * {@code Malformed} with the reason and the expected form; an over-sized proposal is
 * {@code NotLegal} against a state.
 */
final class DondCodec implements ActionCodec<DondAction> {
  private static final Pattern DEAL = Pattern.compile("deal (counts|values_a|values_b)=\\[(\\d+),(\\d+),(\\d+)]");
  private static final Pattern ASSIGN = Pattern.compile("\\b(books?|hats?|balls?)\\s*[:=]\\s*(\\d+|"
      + "zero|one|two|three|four|five|six|seven|eight|nine|ten)\\b");
  private static final Pattern LOOSE = Pattern.compile("\\b(\\d+|no|zero|one|two|three|four|five|six|seven|"
      + "eight|nine|ten|a|an)\\s+(books?|hats?|balls?)\\b");
  private static final Pattern SECOND_PERSON = Pattern.compile(
      "\\byou (get|take|keep|receive|have)\\b|\\bfor you\\b|\\bto you\\b|\\bgive you\\b|\\byours\\b");
  private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten");
  private static final Map<String, DondAction> PHRASES = Map.ofEntries(
      Map.entry("accept", DondAction.ACCEPT), Map.entry("accepted", DondAction.ACCEPT),
      Map.entry("agree", DondAction.ACCEPT), Map.entry("agreed", DondAction.ACCEPT),
      Map.entry("deal", DondAction.ACCEPT), Map.entry("yes", DondAction.ACCEPT),
      Map.entry("reject", DondAction.REJECT), Map.entry("rejected", DondAction.REJECT),
      Map.entry("decline", DondAction.REJECT), Map.entry("refuse", DondAction.REJECT),
      Map.entry("no", DondAction.REJECT),
      Map.entry("end", DondAction.END), Map.entry("no deal", DondAction.END), Map.entry("walk away", DondAction.END),
      Map.entry("quit", DondAction.END), Map.entry("stop", DondAction.END));
  private static final List<String> PREFIXES = List.of("i will ", "i'll ", "i would like to ", "i want to ",
      "let's ", "lets ", "we ", "i ", "move: ", "answer: ", "action: ");
  private static final List<String> SUFFIXES = List.of(" the offer", " your offer", " the proposal",
      " your proposal", " it", " that", " this", " this deal", " the deal", " the negotiation", " negotiation",
      " negotiating", " the game");
  private static final Set<String> PROPOSAL_WORDS = Set.of("propose", "proposal", "offer", "counter", "keep",
      "take", "counteroffer", "counter-offer");

  static final String PROPOSE_FORM = "propose books=B hats=H balls=L";

  /** The canonical text of {@code a}. */
  static String text(DondAction a) {
    return switch (a.kind()) {
      case PROPOSE -> "propose " + a.items().assignments();
      case ACCEPT -> "accept";
      case REJECT -> "reject";
      case END -> "end";
      case DEAL_COUNTS -> "deal counts=[" + a.items().csv() + "]";
      case DEAL_VALUES_A -> "deal values_a=[" + a.items().csv() + "]";
      case DEAL_VALUES_B -> "deal values_b=[" + a.items().csv() + "]";
    };
  }

  @Override
  public String encode(DondAction action) {
    return text(action);
  }

  @Override
  public ParseResult<DondAction> parse(String text) {
    if (text == null || text.isBlank()) {
      return malformed("empty answer");
    }
    String t = normalize(text);
    Matcher deal = DEAL.matcher(t);
    if (deal.matches()) {
      ItemVector v = new ItemVector(Integer.parseInt(deal.group(2)), Integer.parseInt(deal.group(3)),
          Integer.parseInt(deal.group(4)));
      return new ParseResult.Ok<>(switch (deal.group(1)) {
        case "counts" -> DondAction.dealCounts(v);
        case "values_a" -> DondAction.dealValues(0, v);
        default -> DondAction.dealValues(1, v);
      });
    }
    ParseResult<DondAction> proposal = proposal(t, text);
    if (proposal != null) {
      return proposal;
    }
    String phrase = trimPhrase(t);
    DondAction a = PHRASES.get(phrase);
    if (a != null) {
      return new ParseResult.Ok<>(a);
    }
    for (String w : phrase.split("[\\s,:;]+")) {
      if (PROPOSAL_WORDS.contains(w)) {
        return malformed("'" + Texts.abbreviate(text.strip()) + "' reads like a proposal but does not say how many"
            + " books, hats and balls you keep");
      }
    }
    return malformed("'" + Texts.abbreviate(text.strip()) + "' is not a move");
  }

  /** A proposal read from {@code t}, or null when {@code t} names no item numbers at all. */
  private static ParseResult<DondAction> proposal(String t, String original) {
    int[] n = {-1, -1, -1};
    Matcher m = ASSIGN.matcher(t);
    boolean any = false;
    while (m.find()) {
      any = true;
      String clash = put(n, m.group(1), number(m.group(2)));
      if (clash != null) {
        return malformed(clash);
      }
    }
    if (!any) {
      Matcher loose = LOOSE.matcher(t);
      while (loose.find()) {
        any = true;
        String clash = put(n, loose.group(2), number(loose.group(1)));
        if (clash != null) {
          return malformed(clash);
        }
      }
      if (any && SECOND_PERSON.matcher(t).find()) {
        return malformed("'" + Texts.abbreviate(original.strip()) + "' says what the other player gets; write only"
            + " what YOU keep");
      }
    }
    if (!any) {
      return null;
    }
    List<String> missing = new ArrayList<>();
    for (int k = 0; k < ItemVector.TYPES; k++) {
      if (n[k] < 0) {
        missing.add(ItemVector.NAMES.get(k));
      }
    }
    if (!missing.isEmpty()) {
      return malformed("a proposal must say how many of every item you keep; missing: " + String.join(", ", missing));
    }
    return new ParseResult.Ok<>(DondAction.propose(n[0], n[1], n[2]));
  }

  /** Records {@code value} for the item named {@code item}; a reason when it contradicts an earlier one. */
  private static String put(int[] n, String item, int value) {
    int k = item.startsWith("book") ? 0 : item.startsWith("hat") ? 1 : 2;
    if (n[k] >= 0 && n[k] != value) {
      return "the answer gives two numbers of " + ItemVector.NAMES.get(k) + " (" + n[k] + " and " + value
          + "); write one proposal";
    }
    n[k] = value;
    return null;
  }

  private static int number(String s) {
    if (s.equals("a") || s.equals("an")) {
      return 1;
    }
    if (s.equals("no")) {
      return 0;
    }
    int w = NUMBER_WORDS.indexOf(s);
    if (w >= 0) {
      return w;
    }
    return s.length() > 6 ? Integer.MAX_VALUE / 2 : Integer.parseInt(s);
  }

  private static String normalize(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace("**", "").replace("`", "").replace('’', '\'');
    t = t.replaceAll("\\s+", " ");
    while (!t.isEmpty() && ".!\"'".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    while (!t.isEmpty() && "\"'".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1).strip();
    }
    return t;
  }

  private static String trimPhrase(String t) {
    String p = t.replace(",", "").strip();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String pre : PREFIXES) {
        if (p.startsWith(pre)) {
          p = p.substring(pre.length()).strip();
          changed = true;
        }
      }
      for (String suf : SUFFIXES) {
        if (p.endsWith(suf) && p.length() > suf.length()) {
          p = p.substring(0, p.length() - suf.length()).strip();
          changed = true;
        }
      }
    }
    return p;
  }

  private static ParseResult<DondAction> malformed(String why) {
    return new ParseResult.Malformed<>(why + "; answer with one of: " + PROPOSE_FORM
        + " (the numbers YOU keep), accept, reject, end");
  }

  @Override
  public String formatInstructions(GameState<DondAction> state, int seat) {
    if (!(state instanceof DondState s)) {
      return instructions(null, false, true);
    }
    return instructions(s.counts(), s.standingOfferFor(seat) != null, s.turn().includes(seat));
  }

  /** Reads the counts and the standing offer from the observation's fields. */
  @Override
  public String formatInstructions(Observation observation) {
    if (observation instanceof DondObservation o) {
      return instructions(o.counts(), o.standingOffer() != null, o.isMyTurn());
    }
    DondView v = DondView.tryFrom(observation.fields());
    if (v == null) {
      return instructions(null, false, true);
    }
    return instructions(v.counts(), v.standingOffer() != null, v.myTurn());
  }

  /** Format instructions for a seat that sees {@code counts} (null before the deal). */
  static String instructions(ItemVector counts, boolean offerStands, boolean myTurn) {
    if (!myTurn) {
      return "It is not your turn.";
    }
    StringBuilder sb = new StringBuilder("Reply with exactly one move, alone on the last line of your reply:\n");
    sb.append("- ").append(PROPOSE_FORM).append(": propose a split, where B, H and L are the numbers of books, hats"
        + " and balls YOU keep");
    if (counts != null) {
      sb.append(" (books 0–").append(counts.books()).append(", hats 0–").append(counts.hats()).append(", balls 0–")
          .append(counts.balls()).append(')');
    }
    sb.append("; the other player gets the rest. Example: propose ");
    sb.append(counts == null ? "books=1 hats=0 balls=2" : example(counts).assignments()).append('\n');
    if (offerStands) {
      sb.append("- accept: agree to the other player's standing proposal; the game ends with that split\n");
      sb.append("- reject: turn the standing proposal down without proposing (the other player moves next)\n");
    }
    sb.append("- end: stop negotiating; nobody scores anything");
    return sb.toString();
  }

  private static ItemVector example(ItemVector counts) {
    return new ItemVector((counts.books() + 1) / 2, counts.hats() / 2, (counts.balls() + 1) / 2);
  }
}
