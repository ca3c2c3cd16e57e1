package dev.parley.analysis.equilibria;

import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the normal form of a Parley game through the core contracts only: a two-player game whose
 * initial state is one joint move of seats 0 and 1 with finite legal actions. Every joint action is
 * applied with {@link GameState#applyJoint} and the change in returns is the cell's payoffs; action
 * names are the codec's canonical text.
 */
public final class BimatrixAdapter {
  /** Refuse games with more joint actions than this. */
  public static final int MAX_CELLS = 1_000_000;

  private BimatrixAdapter() {}

  /**
   * The bimatrix of a one-shot simultaneous game: every joint move must end the game.
   *
   * @throws IllegalArgumentException when the game is not two-player simultaneous, its initial state
   *     is not a joint move of seats 0 and 1 with finite legal actions, or a joint move does not end it
   */
  public static <A> Bimatrix oneShot(Game<A> game) {
    return read(game, true);
  }

  /**
   * The stage game of a game whose first move is a joint move of seats 0 and 1 (a repeated game's
   * first round, or a one-shot game): the returns after that move, whether or not the game goes on.
   *
   * @throws IllegalArgumentException as for {@link #oneShot}, except that play may continue
   */
  public static <A> Bimatrix stage(Game<A> game) {
    return read(game, false);
  }

  private static <A> Bimatrix read(Game<A> game, boolean mustEnd) {
    Objects.requireNonNull(game, "game");
    GameType type = game.type();
    if (game.numPlayers() != 2) {
      throw new IllegalArgumentException("game " + game + " has " + game.numPlayers()
          + " players; a bimatrix game needs 2");
    }
    if (type.dynamics() != GameType.Dynamics.SIMULTANEOUS) {
      throw new IllegalArgumentException("game " + game + " is " + type.dynamics()
          + "; a bimatrix game needs simultaneous moves");
    }
    GameState<A> initial = game.newInitialState();
    Turn turn = initial.turn();
    if (turn.kind() != Turn.Kind.PLAYERS || turn.count() != 2 || turn.seat(0) != 0 || turn.seat(1) != 1) {
      throw new IllegalArgumentException("game " + game + " does not start with a joint move of seats 0 and 1 (turn: "
          + turn + ")");
    }
    for (int seat = 0; seat < 2; seat++) {
      if (initial.hasOpenActions(seat)) {
        throw new IllegalArgumentException("game " + game + ": seat " + seat + " has an open action space");
      }
    }
    List<A> rowLegal = initial.legalActions(0);
    List<A> columnLegal = initial.legalActions(1);
    if (rowLegal.isEmpty() || columnLegal.isEmpty()) {
      throw new IllegalArgumentException("game " + game + ": a seat has no legal action (" + rowLegal.size()
          + " and " + columnLegal.size() + ")");
    }
    int m = rowLegal.size();
    int n = columnLegal.size();
    if ((long) m * n > MAX_CELLS) {
      throw new IllegalArgumentException("game " + game + " has " + ((long) m * n) + " joint actions, more than "
          + MAX_CELLS);
    }
    double[] before = initial.returns();
    double[][] a = new double[m][n];
    double[][] b = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        GameState<A> next = initial.applyJoint(List.of(rowLegal.get(i), columnLegal.get(j)));
        if (mustEnd && !next.isTerminal()) {
          throw new IllegalArgumentException("game " + game + " is not one-shot: after the joint move ("
              + game.codec().encode(rowLegal.get(i)) + ", " + game.codec().encode(columnLegal.get(j))
              + ") it goes on (turn: " + next.turn() + "); use BimatrixAdapter.stage for its first round");
        }
        double[] after = next.returns();
        a[i][j] = after[0] - before[0];
        b[i][j] = after[1] - before[1];
      }
    }
    return Bimatrix.of(a, b, names(game, rowLegal), names(game, columnLegal));
  }

  private static <A> List<String> names(Game<A> game, List<A> actions) {
    List<String> names = new ArrayList<>(actions.size());
    for (A action : actions) {
      names.add(game.codec().encode(action));
    }
    return names;
  }
}
