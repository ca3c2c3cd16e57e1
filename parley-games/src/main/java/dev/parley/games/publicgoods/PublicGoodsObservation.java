package dev.parley.games.publicgoods;

import dev.parley.core.game.Observation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One seat's view of a public goods game. Nothing is private: every past contribution and payoff is
 * public, and the current round's choices are made at once, so a seat sees the whole history. The
 * text has three sections, {@code rules} (with the seat's own name), {@code history} (absent before
 * the first round) and {@code question}, joined by blank lines. Scripted agents read the history
 * through {@link #contribution(int, int)} and friends at no cost; the fields carry exact numbers,
 * the text rounds to two decimals.
 */
public final class PublicGoodsObservation implements Observation {
  private final PublicGoodsGame game;
  private final PublicGoodsState state;
  private final int seat;

  PublicGoodsObservation(PublicGoodsGame game, PublicGoodsState state, int seat) {
    this.game = game;
    this.state = state;
    this.seat = seat;
  }

  @Override
  public int seat() {
    return seat;
  }

  public PublicGoodsGame game() {
    return game;
  }

  public int roundsPlayed() {
    return state.roundsPlayed();
  }

  public boolean isOver() {
    return state.isTerminal();
  }

  /**
   * What {@code player} contributed in round {@code round} (counting from 1).
   *
   * @throws IllegalArgumentException for a round not yet played or a seat outside the game
   */
  public int contribution(int round, int player) {
    if (round < 1 || round > state.roundsPlayed()) {
      throw new IllegalArgumentException("round must be in 1.." + state.roundsPlayed() + " (rounds played), was "
          + round);
    }
    if (player < 0 || player >= game.numPlayers()) {
      throw new IllegalArgumentException("player must be in 0.." + (game.numPlayers() - 1) + ", was " + player);
    }
    return state.roundAgo(state.roundsPlayed() - round + 1).contributions[player];
  }

  /** Sum of the other seats' contributions in the last round played; 0 before the first round. */
  public long othersContributedLastRound() {
    PublicGoodsState.Round r = state.last;
    return r == null ? 0 : r.total - r.contributions[seat];
  }

  /** This seat's return so far. */
  public double total() {
    return state.returns(seat);
  }

  @Override
  public String text() {
    return String.join("\n\n", sections().values());
  }

  @Override
  public Map<String, String> sections() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("rules", rules(game) + "\n" + "You are " + game.seatName(seat) + ".");
    if (state.roundsPlayed() > 0) {
      m.put("history", history());
    }
    m.put("question", question());
    return m;
  }

  /** The rules of {@code game} in plain language, the same for every seat. */
  static String rules(PublicGoodsGame game) {
    int n = game.numPlayers();
    int e = game.endowment();
    int rounds = game.rounds();
    StringBuilder sb = new StringBuilder();
    sb.append("This is a public goods game for ").append(n).append(" players (");
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : i == n - 1 ? " and " : ", ").append(game.seatName(i));
    }
    sb.append("), played ").append(rounds == 1 ? "for a single round" : "over " + rounds + " rounds").append(". ");
    sb.append("At the start of ").append(rounds == 1 ? "the round" : "every round").append(" each player receives ")
        .append(coins(e)).append(". Each player then chooses how many of those coins to contribute to a common pot,"
            + " a whole number from 0 to ").append(e).append("; all players choose at the same time, without seeing"
            + " the others' choices. The pot is multiplied by ").append(number(game.multiplier()))
        .append(" and shared equally among all ").append(n).append(" players, whatever each contributed, so every"
            + " coin contributed adds ").append(approximately(game.perCapitaReturn()))
        .append(" to each player's payoff, the contributor's included. A player's payoff for the round is the"
            + " coins they kept (").append(e).append(" minus their contribution) plus their share of the pot.");
    if (rounds > 1) {
      sb.append(" Every round starts with a fresh ").append(coins(e)).append(" for each player.");
    }
    sb.append(" After ").append(rounds == 1 ? "the round" : "each round")
        .append(" all contributions and payoffs are shown to every player. A player's score is the sum of their"
            + " payoffs over all rounds.");
    return sb.toString();
  }

  private String history() {
    StringBuilder sb = new StringBuilder("What happened so far:");
    int n = game.numPlayers();
    for (PublicGoodsState.Round r : state.rounds()) {
      sb.append("\nRound ").append(r.number).append(": ");
      for (int i = 0; i < n; i++) {
        sb.append(i == 0 ? "" : i == n - 1 ? " and " : ", ").append(name(i)).append(" contributed ")
            .append(r.contributions[i]);
      }
      sb.append(", so the pot was ").append(r.total).append(" × ").append(number(game.multiplier())).append(" = ")
          .append(number(r.total * game.multiplier())).append(" and each player received ").append(number(r.share))
          .append(" from it. Payoffs: ");
      appendEach(sb, r.payoffs);
    }
    sb.append("\nScores so far: ");
    appendEach(sb, state.returns());
    return sb.toString();
  }

  private void appendEach(StringBuilder sb, double[] amounts) {
    for (int i = 0; i < amounts.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(name(i)).append(": ").append(number(amounts[i]));
    }
    sb.append('.');
  }

  private String question() {
    if (state.isTerminal()) {
      return "The game is over after " + state.roundsPlayed() + (state.roundsPlayed() == 1 ? " round" : " rounds")
          + ". Your score: " + number(state.returns(seat)) + ".";
    }
    int round = state.roundsPlayed() + 1;
    return "This is round " + round + " of " + game.rounds() + ". You have " + coins(game.endowment())
        + ". How many coins do you contribute to the pot (0 to " + game.endowment() + ")?";
  }

  private String name(int player) {
    return game.seatName(player) + (player == seat ? " (you)" : "");
  }

  private static String coins(int c) {
    return c + (c == 1 ? " coin" : " coins");
  }

  /** A number with at most two decimals. */
  static String number(double x) {
    BigDecimal v = new BigDecimal(Double.toString(x)).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return v.signum() == 0 ? "0" : v.toPlainString();
  }

  private static String approximately(double x) {
    String shown = number(x);
    String coins = shown + (shown.equals("1") ? " coin" : " coins");
    return new BigDecimal(shown).compareTo(new BigDecimal(Double.toString(x))) == 0 ? coins : "about " + coins;
  }

  @Override
  public Map<String, Object> fields() {
    int n = game.numPlayers();
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("game", game.type().id());
    f.put("seat", seat);
    f.put("player", game.seatName(seat));
    f.put("players", n);
    f.put("endowment", game.endowment());
    f.put("multiplier", game.multiplier());
    f.put("rounds", game.rounds());
    f.put("round", state.isTerminal() ? state.roundsPlayed() : state.roundsPlayed() + 1);
    f.put("over", state.isTerminal());
    f.put("min_contribution", 0);
    f.put("max_contribution", game.endowment());
    List<Map<String, Object>> history = new ArrayList<>();
    for (PublicGoodsState.Round r : state.rounds()) {
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("round", r.number);
      List<Integer> contributions = new ArrayList<>(n);
      List<Double> payoffs = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        contributions.add(r.contributions[i]);
        payoffs.add(r.payoffs[i]);
      }
      h.put("contributions", List.copyOf(contributions));
      h.put("contributed", r.total);
      h.put("pot", r.total * game.multiplier());
      h.put("share", r.share);
      h.put("payoffs", List.copyOf(payoffs));
      history.add(h);
    }
    f.put("history", List.copyOf(history));
    List<Double> totals = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      totals.add(state.returns(i));
    }
    f.put("totals", List.copyOf(totals));
    f.put("your_total", state.returns(seat));
    return f;
  }

  @Override
  public String toString() {
    return "PublicGoodsObservation{seat " + seat + ", " + state + "}";
  }
}
