package dev.parley.games.publicgoods;

import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.GameState;
import dev.parley.core.game.ParseResult;
import dev.parley.games.common.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Action text of the public goods game: a contribution {@code c} is written {@code contribute c}.
 *
 * <p>Parsing is tolerant of how people and models answer, in this order: the canonical form; a
 * number right after a word such as "contribute", "contribution", "invest", "put", "give",
 * "choose" or "answer" ({@code I contribute 7 coins}, {@code Contribution: 7}, {@code Answer:
 * contribute 7}); "contribute nothing / zero / none" (0) and "contribute all / everything" (the
 * endowment); otherwise the only number in the text ({@code 7}, {@code 7 coins}); otherwise a bare
 * {@code nothing}, {@code zero}, {@code none}, {@code all} or {@code everything}. Text naming
 * different amounts, fractions and text without an amount are {@code Malformed} with the reason.
 * Parsing does not check the range: {@code contribute 25} parses, and the state says why it is not
 * legal.
 */
final class PublicGoodsCodec implements ActionCodec<Integer> {
  private static final Pattern CANONICAL = Pattern.compile("contribute (0|[1-9][0-9]{0,8})");
  private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";
  private static final Pattern KEYWORD_NUMBER = Pattern.compile(
      "\\b(?:contribut\\w*|invest\\w*|donat\\w*|put|putting|give|giving|choose|choosing|chose|choice|decision"
          + "|answer|move)\\b[^\\d.,;!?\\n-]{0,16}?" + NUMBER);
  private static final Pattern KEYWORD_WORD = Pattern.compile(
      "\\b(?:contribute|contributing|invest|investing|donate|donating|put|putting|give|giving)\\s+"
          + "(nothing|zero|none|everything|all)\\b");
  private static final Pattern ANY_NUMBER = Pattern.compile(NUMBER);
  private static final Set<String> NONE = Set.of("nothing", "zero", "none");
  private static final Set<String> ALL = Set.of("all", "everything", "all of it", "all in");

  private final PublicGoodsGame game;

  PublicGoodsCodec(PublicGoodsGame game) {
    this.game = game;
  }

  @Override
  public String encode(Integer action) {
    return "contribute " + action;
  }

  @Override
  public ParseResult<Integer> parse(String text) {
    if (text == null || text.isBlank()) {
      return new ParseResult.Malformed<>("empty answer; " + expected());
    }
    String t = text.strip();
    Matcher canonical = CANONICAL.matcher(t);
    if (canonical.matches()) {
      return new ParseResult.Ok<>(Integer.parseInt(canonical.group(1)));
    }
    String lower = t.toLowerCase(Locale.ROOT);
    List<String> named = all(KEYWORD_NUMBER, lower);
    if (named.isEmpty()) {
      Matcher w = KEYWORD_WORD.matcher(lower);
      if (w.find()) {
        return new ParseResult.Ok<>(NONE.contains(w.group(1)) ? 0 : game.endowment());
      }
      named = all(ANY_NUMBER, lower);
    }
    if (named.isEmpty()) {
      String bare = lower.replaceAll("[\\s.!\"'*]+$", "").replaceAll("^[\\s\"'*]+", "");
      if (NONE.contains(bare)) {
        return new ParseResult.Ok<>(0);
      }
      if (ALL.contains(bare)) {
        return new ParseResult.Ok<>(game.endowment());
      }
      return new ParseResult.Malformed<>("'" + Texts.abbreviate(t.replace('\n', ' ')) + "' names no contribution; "
          + expected());
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (String n : named) {
      distinct.add(canonicalNumber(n));
    }
    if (distinct.size() > 1) {
      return new ParseResult.Malformed<>("'" + Texts.abbreviate(t.replace('\n', ' ')) + "' names several amounts ("
          + String.join(", ", distinct) + "); give exactly one contribution: " + expected());
    }
    String n = named.get(0);
    BigDecimal value = new BigDecimal(n);
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      return new ParseResult.Malformed<>(n + " is not a whole number of coins; " + expected());
    }
    if (value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      return new ParseResult.Malformed<>(n + " is far more than the endowment of " + game.endowment() + " coins; "
          + expected());
    }
    return new ParseResult.Ok<>(value.intValue());
  }

  private static List<String> all(Pattern p, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static String canonicalNumber(String n) {
    BigDecimal v = new BigDecimal(n).stripTrailingZeros();
    return v.signum() == 0 ? "0" : v.toPlainString();
  }

  private String expected() {
    return "answer with \"contribute N\", where N is a whole number of coins from 0 to " + game.endowment();
  }

  /**
   * The same for every seat and round, so a model-driven agent needs only its observation. The
   * example amount is half the endowment (rounded down), the middle of the range.
   */
  @Override
  public String formatInstructions(GameState<Integer> state, int seat) {
    int e = game.endowment();
    return "Reply with your contribution for this round in the form \"contribute N\", where N is a whole number of"
        + " coins from 0 to " + e + ", and nothing else; for example \"contribute " + e / 2 + "\".";
  }
}
