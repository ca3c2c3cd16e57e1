package dev.parley.analysis.cfr;

import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParseResult;
import dev.parley.core.game.Params;
import dev.parley.core.game.Turn;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A one-move test game whose facts are set by the test: seat 0 picks 0 or 1 and wins or loses 1
 * from every other seat, plus {@code skew} after picking 1 (so returns need not sum to a constant).
 * Used to check that solvers refuse games by their facts.
 */
final class FactsGame implements Game<Integer> {
  private final GameType type;
  private final int players;
  private final boolean openActions;
  private final String name;
  private final double skew;

  FactsGame(String name, int players, GameType.UtilityKind utility, boolean keys, boolean openActions) {
    this(name, players, utility, keys, openActions, 0);
  }

  FactsGame(String name, int players, GameType.UtilityKind utility, boolean keys, boolean openActions, double skew) {
    GameType.Builder b = GameType.builder(name).players(players, players).utility(utility)
        .information(GameType.Information.IMPERFECT);
    if (keys) {
      b.capabilities(GameType.Capability.INFORMATION_STATE_KEYS);
    }
    this.type = b.build();
    this.players = players;
    this.openActions = openActions;
    this.name = name;
    this.skew = skew;
  }

  private final class State implements GameState<Integer> {
    private final int move;

    State(int move) {
      this.move = move;
    }

    @Override
    public Turn turn() {
      return move < 0 ? Turn.single(0) : Turn.TERMINAL;
    }

    @Override
    public List<Integer> legalActions(int seat) {
      return move < 0 && seat == 0 && !openActions ? List.of(0, 1) : List.of();
    }

    @Override
    public boolean hasOpenActions(int seat) {
      return openActions && move < 0 && seat == 0;
    }

    @Override
    public Optional<String> check(int seat, Integer action) {
      return move < 0 && seat == 0 && action != null ? Optional.empty() : Optional.of("no move");
    }

    @Override
    public GameState<Integer> apply(Integer action) {
      return new State(action);
    }

    @Override
    public double[] returns() {
      double[] r = new double[players];
      if (move >= 0) {
        double sign = move == 0 ? 1 : -1;
        for (int s = 1; s < players; s++) {
          r[s] = -sign;
          r[0] += sign;
        }
        if (move == 1) {
          r[0] += skew;
        }
      }
      return r;
    }

    @Override
    public int moveNumber() {
      return move < 0 ? 0 : 1;
    }

    @Override
    public String informationStateKey(int seat) {
      return "p" + seat + "|" + move;
    }
  }

  @Override
  public GameType type() {
    return type;
  }

  @Override
  public Params params() {
    return Params.empty();
  }

  @Override
  public int numPlayers() {
    return players;
  }

  @Override
  public GameState<Integer> newInitialState() {
    return new State(-1);
  }

  @Override
  public Observation observe(GameState<Integer> state, int seat) {
    return new Observation() {
      @Override
      public int seat() {
        return seat;
      }

      @Override
      public String text() {
        return state.toString();
      }

      @Override
      public Map<String, Object> fields() {
        return Map.of();
      }
    };
  }

  @Override
  public ActionCodec<Integer> codec() {
    return new ActionCodec<>() {
      @Override
      public String encode(Integer action) {
        return Integer.toString(action);
      }

      @Override
      public ParseResult<Integer> parse(String text) {
        return new ParseResult.Ok<>(Integer.parseInt(text.strip()));
      }

      @Override
      public String formatInstructions(GameState<Integer> state, int seat) {
        return "0 or 1";
      }
    };
  }

  @Override
  public String rules() {
    return "pick 0 or 1";
  }

  @Override
  public double minReturn() {
    return -(players - 1) - Math.abs(skew);
  }

  @Override
  public double maxReturn() {
    return players - 1 + Math.abs(skew);
  }

  @Override
  public String toString() {
    return name;
  }
}
