package dev.parley.games.matrix;

import dev.parley.core.game.Observation;
import dev.parley.core.game.Params;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One seat's view of a (repeated) matrix game: the rules, every past round (both choices and
 * payoffs are public once a round is over), and the current round. Text and fields are built only
 * when asked; scripted strategies read the history through {@link #myMoveAgo} and
 * {@link #theirMoveAgo} at no cost.
 */
public final class MatrixObservation implements Observation {
  private final MatrixGame game;
  private final MatrixState state;
  private final int seat;

  MatrixObservation(MatrixGame game, MatrixState state, int seat) {
    this.game = game;
    this.state = state;
    this.seat = seat;
  }

  @Override
  public int seat() {
    return seat;
  }

  public MatrixGame game() {
    return game;
  }

  /** Rounds already played. */
  public int roundsPlayed() {
    return state.roundsPlayed();
  }

  /** This seat's action {@code ago} rounds back (1 = last round), or −1 if there was no such round. */
  public int myMoveAgo(int ago) {
    MatrixState.Round r = state.roundAgo(ago);
    return r == null ? -1 : r.action(seat);
  }

  /** The other seat's action {@code ago} rounds back (1 = last round), or −1 if there was none. */
  public int theirMoveAgo(int ago) {
    MatrixState.Round r = state.roundAgo(ago);
    return r == null ? -1 : r.action(1 - seat);
  }

  public double myTotal() {
    return state.returns(seat);
  }

  public double theirTotal() {
    return state.returns(1 - seat);
  }

  public boolean isOver() {
    return state.isTerminal();
  }

  /** Action indices in the order they are mentioned this round. */
  public int[] mentionOrder(int forSeat) {
    int k = game.actionCount(forSeat);
    int[] order = new int[k];
    for (int i = 0; i < k; i++) {
      order[i] = (i + state.rotation) % k;
    }
    return order;
  }

  @Override
  public String text() {
    String[] parts = parts();
    return parts[0] + parts[1] + parts[2];
  }

  /** The text as rules, history (empty before the first round) and question: joined, they are {@link #text()}. */
  @Override
  public Map<String, String> sections() {
    String[] parts = parts();
    Map<String, String> m = new LinkedHashMap<>();
    m.put("rules", parts[0].strip());
    if (!parts[1].isBlank()) {
      m.put("history", parts[1].strip());
    }
    m.put("question", parts[2].strip());
    return m;
  }

  private String[] parts() {
    String rules = rules(game, seat, state.rotation);
    StringBuilder sb = new StringBuilder();
    MatrixState.Round[] rounds = state.rounds();
    List<String> labels = game.labels();
    StageGame s = game.stage();
    if (rounds.length > 0) {
      sb.append("\nWhat happened so far:\n");
      for (MatrixState.Round r : rounds) {
        int mine = r.action(seat);
        int theirs = r.action(1 - seat);
        sb.append("Round ").append(r.round).append(": you chose Option ").append(labels.get(mine))
            .append(" and the other player chose Option ").append(labels.get(theirs)).append(". You scored ")
            .append(points(s.payoff(seat, r.row, r.column))).append(" and they scored ")
            .append(points(s.payoff(1 - seat, r.row, r.column))).append(".\n");
      }
      sb.append("Totals so far: you ").append(points(myTotal())).append(", the other player ")
          .append(points(theirTotal())).append(".\n");
    }
    String history = sb.toString();
    sb.setLength(0);
    if (state.isTerminal()) {
      sb.append("\nThe game is over after ").append(rounds.length).append(rounds.length == 1 ? " round." : " rounds.");
    } else {
      sb.append('\n');
      if (game.repeated()) {
        sb.append("This is round ").append(rounds.length + 1).append(". ");
      }
      sb.append("Which option do you choose: ");
      int[] order = mentionOrder(seat);
      for (int i = 0; i < order.length; i++) {
        sb.append(i == 0 ? "" : i == order.length - 1 ? " or " : ", ").append("Option ").append(labels.get(order[i]));
      }
      sb.append('?');
    }
    return new String[] {rules, history, sb.toString()};
  }

  /** The rules as seen from {@code seat}, options mentioned from rotation {@code rotation}. */
  static String rules(MatrixGame game, int seat, int rotation) {
    StageGame s = game.stage();
    List<String> labels = game.labels();
    StringBuilder sb = new StringBuilder();
    if (game.repeated()) {
      sb.append("You are playing a game with another player, several rounds in a row, always the same partner. ");
      if (game.continuation() < 1) {
        sb.append("After each round, there is a ").append(percent(game.continuation()))
            .append(" chance that another round is played, up to ").append(game.rounds()).append(" rounds. ");
      } else {
        sb.append("There are ").append(game.rounds()).append(" rounds in total. ");
      }
      sb.append("In each round you both choose an option at the same time, without seeing the other's choice;"
          + " afterwards both choices and scores are shown.\n");
    } else {
      sb.append("You are playing a game once with another player. You both choose an option at the same time,"
          + " without seeing the other's choice.\n");
    }
    int mine = game.actionCount(seat);
    int theirs = game.actionCount(1 - seat);
    sb.append("Scores for each combination of choices:\n");
    for (int x = 0; x < mine; x++) {
      int a = (x + rotation) % mine;
      for (int y = 0; y < theirs; y++) {
        int b = (y + rotation) % theirs;
        int row = seat == 0 ? a : b;
        int col = seat == 0 ? b : a;
        sb.append("- You choose Option ").append(labels.get(a)).append(" and the other player chooses Option ")
            .append(labels.get(b)).append(": you score ").append(points(s.payoff(seat, row, col)))
            .append(", they score ").append(points(s.payoff(1 - seat, row, col))).append(".\n");
      }
    }
    return sb.toString();
  }

  private static String points(double p) {
    String n = Params.formatNumber(p);
    return n + (p == 1 ? " point" : " points");
  }

  private static String percent(double p) {
    return Params.formatNumber(Math.round(p * 10000) / 100.0) + "%";
  }

  @Override
  public Map<String, Object> fields() {
    Map<String, Object> f = new LinkedHashMap<>();
    StageGame s = game.stage();
    List<String> names = game.actionNames();
    f.put("game", game.type().id());
    f.put("stage", s.name());
    f.put("seat", seat);
    f.put("round", state.isTerminal() ? state.roundsPlayed() : state.roundsPlayed() + 1);
    f.put("rounds", game.rounds());
    f.put("over", state.isTerminal());
    int[] order = mentionOrder(seat);
    List<String> options = new ArrayList<>(order.length);
    List<String> labels = new ArrayList<>(order.length);
    for (int a : order) {
      options.add(names.get(a));
      labels.add(game.labels().get(a));
    }
    f.put("options", options);
    f.put("labels", labels);
    List<Map<String, Object>> history = new ArrayList<>();
    for (MatrixState.Round r : state.rounds()) {
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("round", r.round);
      h.put("you", names.get(r.action(seat)));
      h.put("other", names.get(r.action(1 - seat)));
      h.put("your_score", s.payoff(seat, r.row, r.column));
      h.put("their_score", s.payoff(1 - seat, r.row, r.column));
      history.add(h);
    }
    f.put("history", history);
    f.put("your_total", myTotal());
    f.put("their_total", theirTotal());
    return f;
  }

  @Override
  public String toString() {
    return "MatrixObservation{seat " + seat + ", " + state + "}";
  }
}
