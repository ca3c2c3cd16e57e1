package dev.parley.games.matrix;

import dev.parley.core.game.ChanceOutcome;
import dev.parley.core.game.GameState;
import dev.parley.core.game.Turn;
import java.util.List;
import java.util.Optional;

/**
 * Immutable state of a (repeated) matrix game. Rounds already played form a persistent linked
 * history shared between successive states, so a move costs two small objects.
 */
final class MatrixState implements GameState<Integer> {
  static final int PHASE_ORDER = 0;
  static final int PHASE_MOVE = 1;
  static final int PHASE_CONTINUE = 2;
  static final int PHASE_OVER = 3;

  /** One played round; {@code round} counts from 1. */
  static final class Round {
    final Round previous;
    final int round;
    final int row;
    final int column;

    Round(Round previous, int row, int column) {
      this.previous = previous;
      this.round = previous == null ? 1 : previous.round + 1;
      this.row = row;
      this.column = column;
    }

    int action(int seat) {
      return seat == 0 ? row : column;
    }
  }

  final MatrixGame game;
  final Round last;
  final int phase;
  final int rotation;
  final double rowTotal;
  final double columnTotal;
  final int moveNumber;

  private MatrixState(MatrixGame game, Round last, int phase, int rotation, double rowTotal, double columnTotal,
      int moveNumber) {
    this.game = game;
    this.last = last;
    this.phase = phase;
    this.rotation = rotation;
    this.rowTotal = rowTotal;
    this.columnTotal = columnTotal;
    this.moveNumber = moveNumber;
  }

  static MatrixState initial(MatrixGame game) {
    return new MatrixState(game, null, game.shuffled() ? PHASE_ORDER : PHASE_MOVE, 0, 0, 0, 0);
  }

  /** Rounds played so far. */
  int roundsPlayed() {
    return last == null ? 0 : last.round;
  }

  /** The round {@code ago} rounds back (1 = the last one), or null before the first round. */
  Round roundAgo(int ago) {
    Round r = last;
    for (int i = 1; i < ago && r != null; i++) {
      r = r.previous;
    }
    return r;
  }

  /** Played rounds, oldest first. */
  Round[] rounds() {
    Round[] all = new Round[roundsPlayed()];
    for (Round r = last; r != null; r = r.previous) {
      all[r.round - 1] = r;
    }
    return all;
  }

  @Override
  public Turn turn() {
    return switch (phase) {
      case PHASE_ORDER, PHASE_CONTINUE -> Turn.CHANCE;
      case PHASE_MOVE -> Turn.everyone(2);
      default -> Turn.TERMINAL;
    };
  }

  @Override
  public List<Integer> legalActions(int seat) {
    return phase == PHASE_MOVE && (seat == 0 || seat == 1) ? game.legal(seat) : List.of();
  }

  @Override
  public Optional<String> check(int seat, Integer action) {
    if (phase != PHASE_MOVE) {
      return Optional.of("player " + seat + " cannot move now: " + turn());
    }
    if (seat != 0 && seat != 1) {
      return Optional.of("no seat " + seat + " in a two-player game");
    }
    if (action == null) {
      return Optional.of("no action given");
    }
    int a = action;
    if (a < 0 || a >= game.actionCount(seat)) {
      String name = a >= 0 && a < game.actionNames().size() ? "'" + game.actionNames().get(a) + "'" : "action " + a;
      return Optional.of(name + " is not an action of player " + seat + "; legal: "
          + game.actionNames().subList(0, game.actionCount(seat)));
    }
    return Optional.empty();
  }

  @Override
  public List<ChanceOutcome<Integer>> chanceOutcomes() {
    return switch (phase) {
      case PHASE_ORDER -> game.orderOutcomes();
      case PHASE_CONTINUE -> game.continueOutcomes();
      default -> List.of();
    };
  }

  @Override
  public GameState<Integer> apply(Integer action) {
    int a = action;
    if (phase == PHASE_ORDER) {
      int r = a - MatrixGame.ORDER;
      if (r < 0 || r >= game.actionNames().size()) {
        throw new IllegalArgumentException("chance must pick a mention order, got " + game.codec().encode(action));
      }
      return new MatrixState(game, last, PHASE_MOVE, r, rowTotal, columnTotal, moveNumber + 1);
    }
    if (phase == PHASE_CONTINUE) {
      if (a == MatrixGame.STOP) {
        return new MatrixState(game, last, PHASE_OVER, rotation, rowTotal, columnTotal, moveNumber + 1);
      }
      if (a != MatrixGame.CONTINUE) {
        throw new IllegalArgumentException("chance must pick continue or stop, got " + game.codec().encode(action));
      }
      return new MatrixState(game, last, game.shuffled() ? PHASE_ORDER : PHASE_MOVE, rotation, rowTotal,
          columnTotal, moveNumber + 1);
    }
    throw new IllegalStateException("both players move at once here: use applyJoint (" + turn() + ")");
  }

  @Override
  public GameState<Integer> applyJoint(List<Integer> actions) {
    if (phase != PHASE_MOVE) {
      if (actions.size() == 1) {
        return apply(actions.get(0));
      }
      throw new IllegalStateException("no joint move now: " + turn());
    }
    if (actions.size() != 2) {
      throw new IllegalArgumentException("expected 2 actions, got " + actions.size());
    }
    Integer r = actions.get(0);
    Integer c = actions.get(1);
    check(0, r).ifPresent(why -> {
      throw new IllegalArgumentException(why);
    });
    check(1, c).ifPresent(why -> {
      throw new IllegalArgumentException(why);
    });
    StageGame s = game.stage();
    Round round = new Round(last, r, c);
    int next;
    if (round.round >= game.rounds()) {
      next = PHASE_OVER;
    } else if (game.continuation() < 1) {
      next = PHASE_CONTINUE;
    } else {
      next = game.shuffled() ? PHASE_ORDER : PHASE_MOVE;
    }
    return new MatrixState(game, round, next, rotation, rowTotal + s.payoff(0, r, c),
        columnTotal + s.payoff(1, r, c), moveNumber + 1);
  }

  @Override
  public double[] returns() {
    return new double[] {rowTotal, columnTotal};
  }

  @Override
  public double returns(int seat) {
    return seat == 0 ? rowTotal : columnTotal;
  }

  @Override
  public int moveNumber() {
    return moveNumber;
  }

  @Override
  public String informationStateKey(int seat) {
    StringBuilder sb = new StringBuilder("p").append(seat).append('|').append(phase).append('|')
        .append(rotation).append('|');
    Round[] rs = rounds();
    for (int i = 0; i < rs.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(rs[i].row).append(rs[i].column);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "MatrixState{round " + roundsPlayed() + "/" + game.rounds() + ", phase " + phase + ", returns "
        + rowTotal + "/" + columnTotal + ", history " + informationStateKey(0) + "}";
  }
}
