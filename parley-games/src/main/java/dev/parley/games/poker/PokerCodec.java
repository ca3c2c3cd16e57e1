package dev.parley.games.poker;

import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.GameState;
import dev.parley.core.game.ParseResult;
import dev.parley.games.common.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Action text of the poker games. Player actions are written as lower-case words in the order of
 * their ids ({@code pass}, {@code bet} in Kuhn; {@code fold}, {@code call}, {@code raise} in Leduc);
 * chance actions are {@code deal:} followed by the card ({@code deal:Q}, {@code deal:Qh}). Parsing
 * ignores case, surrounding quotes and a trailing full stop, and accepts the usual poker words for
 * the same moves ({@code check}, {@code call}, ...) where they fit the situation.
 */
final class PokerCodec implements ActionCodec<Integer> {
  /** Chance action base: dealing card {@code c} is action {@code DEAL + c}. */
  static final int DEAL = 100;

  /** Another word for a player action; {@code facingBet} null means it fits any situation. */
  record Synonym(int action, Boolean facingBet) {}

  private final String[] words;
  private final String[] deals;
  private final Map<String, Synonym> synonyms;

  PokerCodec(List<String> words, List<String> cardNames, Map<String, Synonym> synonyms) {
    this.words = words.toArray(new String[0]);
    this.deals = new String[cardNames.size()];
    for (int c = 0; c < deals.length; c++) {
      deals[c] = "deal:" + cardNames.get(c);
    }
    this.synonyms = Map.copyOf(synonyms);
  }

  @Override
  public String encode(Integer action) {
    int a = action;
    if (a >= 0 && a < words.length) {
      return words[a];
    }
    if (a >= DEAL && a < DEAL + deals.length) {
      return deals[a - DEAL];
    }
    throw new IllegalArgumentException("no such action: " + action);
  }

  @Override
  public ParseResult<Integer> parse(String text) {
    if (text == null || text.isBlank()) {
      return new ParseResult.Malformed<>("empty answer; " + expected());
    }
    String t = text.strip();
    for (int c = 0; c < deals.length; c++) {
      if (deals[c].equals(t)) {
        return new ParseResult.Ok<>(DEAL + c);
      }
    }
    String w = normalize(t);
    for (int a = 0; a < words.length; a++) {
      if (words[a].equals(w)) {
        return new ParseResult.Ok<>(a);
      }
    }
    Synonym s = synonyms.get(w);
    if (s != null) {
      return new ParseResult.Ok<>(s.action());
    }
    return new ParseResult.Malformed<>("'" + Texts.abbreviate(t) + "' is not a move; " + expected());
  }

  /** Also rejects a poker word that does not fit: {@code call} or {@code fold} with no bet to face. */
  @Override
  public ParseResult<Integer> parse(String text, GameState<Integer> state, int seat) {
    ParseResult<Integer> r = ActionCodec.super.parse(text, state, seat);
    if (r instanceof ParseResult.Ok<Integer> ok && text != null) {
      String w = normalize(text.strip());
      Synonym s = synonyms.get(w);
      if (s != null && s.facingBet() != null && state instanceof PokerState p && p.facingBet(seat) != s.facingBet()) {
        String why = s.facingBet() ? "there is no bet to " + w : "you face a bet, so you cannot " + w;
        return new ParseResult.NotLegal<>(ok.action(), why + "; " + expected(state, seat));
      }
    }
    return r;
  }

  private static String normalize(String t) {
    String w = t.toLowerCase(Locale.ROOT);
    while (!w.isEmpty() && ".!\"'`".indexOf(w.charAt(w.length() - 1)) >= 0) {
      w = w.substring(0, w.length() - 1);
    }
    while (!w.isEmpty() && "\"'`".indexOf(w.charAt(0)) >= 0) {
      w = w.substring(1);
    }
    return w.strip();
  }

  private String expected() {
    return "answer with one of: " + String.join(", ", words);
  }

  private String expected(GameState<Integer> state, int seat) {
    List<String> legal = legalWords(state, seat);
    return legal.isEmpty() ? "it is not your turn" : "answer with one of: " + String.join(", ", legal);
  }

  /** The canonical text of {@code seat}'s legal actions in {@code state}. */
  private List<String> legalWords(GameState<Integer> state, int seat) {
    List<String> legal = new ArrayList<>();
    for (int a : state.legalActions(seat)) {
      legal.add(encode(a));
    }
    return legal;
  }

  @Override
  public String formatInstructions(GameState<Integer> state, int seat) {
    List<String> legal = legalWords(state, seat);
    if (legal.isEmpty()) {
      return "It is not your turn.";
    }
    return "Reply with exactly one word and nothing else: " + String.join(" or ", legal) + ".";
  }
}
