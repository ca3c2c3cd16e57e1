package dev.parley.games.matrix;

import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.GameState;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParseResult;
import dev.parley.games.common.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Action text of matrix games. Player actions are written by canonical name ({@code C}, {@code D});
 * players may also answer with the neutral label they were shown ({@code J}, {@code Option F}).
 * Chance actions are {@code order:r}, {@code continue} and {@code stop}.
 */
final class MatrixCodec implements ActionCodec<Integer> {
  private final MatrixGame game;
  private final String[] names;
  private final String[] orders;

  MatrixCodec(MatrixGame game) {
    this.game = game;
    this.names = game.actionNames().toArray(new String[0]);
    this.orders = new String[names.length];
    for (int r = 0; r < names.length; r++) {
      orders[r] = "order:" + r;
    }
  }

  @Override
  public String encode(Integer action) {
    int a = action;
    if (a >= 0 && a < names.length) {
      return names[a];
    }
    if (a >= MatrixGame.ORDER && a < MatrixGame.ORDER + names.length) {
      return orders[a - MatrixGame.ORDER];
    }
    if (a == MatrixGame.STOP) {
      return "stop";
    }
    if (a == MatrixGame.CONTINUE) {
      return "continue";
    }
    throw new IllegalArgumentException("no such action: " + action);
  }

  @Override
  public ParseResult<Integer> parse(String text) {
    if (text == null) {
      return new ParseResult.Malformed<>("empty answer; " + expected());
    }
    String t = text.strip();
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(t)) {
        return new ParseResult.Ok<>(i);
      }
    }
    for (int r = 0; r < orders.length; r++) {
      if (orders[r].equals(t)) {
        return new ParseResult.Ok<>(MatrixGame.ORDER + r);
      }
    }
    if (t.equals("stop")) {
      return new ParseResult.Ok<>(MatrixGame.STOP);
    }
    if (t.equals("continue")) {
      return new ParseResult.Ok<>(MatrixGame.CONTINUE);
    }
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.startsWith("option")) {
      lower = lower.substring("option".length()).strip();
    }
    while (lower.endsWith(".") || lower.endsWith("!")) {
      lower = lower.substring(0, lower.length() - 1).strip();
    }
    List<String> labels = game.labels();
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).toLowerCase(Locale.ROOT).equals(lower)) {
        return new ParseResult.Ok<>(i);
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].toLowerCase(Locale.ROOT).equals(lower)) {
        return new ParseResult.Ok<>(i);
      }
    }
    return new ParseResult.Malformed<>("'" + Texts.abbreviate(t) + "' names no option; " + expected());
  }

  private String expected() {
    List<String> opts = new ArrayList<>();
    for (String l : game.labels()) {
      opts.add("Option " + l);
    }
    return "answer with one of " + String.join(", ", opts);
  }

  /** {@code Option J}: the neutral label the seat is shown and asked to answer with. */
  @Override
  public String reply(Integer action, Observation observation) {
    int a = action;
    return a >= 0 && a < names.length ? "Option " + game.labels().get(a) : encode(action);
  }

  @Override
  public String formatInstructions(GameState<Integer> state, int seat) {
    List<String> opts = new ArrayList<>();
    List<String> labels = game.labels();
    for (int i = 0; i < game.actionCount(seat); i++) {
      opts.add("Option " + labels.get(i));
    }
    return "Reply with the option you choose and nothing else, e.g. \"" + opts.get(0) + "\". Choices: "
        + String.join(", ", opts) + ".";
  }
}
