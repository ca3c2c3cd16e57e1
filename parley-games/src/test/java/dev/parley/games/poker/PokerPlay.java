package dev.parley.games.poker;

import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import dev.parley.core.game.ParseResult;
import dev.parley.core.game.Turn;
import java.util.HashSet;
import java.util.Set;

/** Test helpers: play a hand from canonical action text, walk the whole game tree. */
final class PokerPlay {
  private PokerPlay() {}

  /** Applies space-separated canonical actions ({@code deal:Q deal:K pass bet}) from the start. */
  static GameState<Integer> play(Game<Integer> game, String moves) {
    GameState<Integer> s = game.newInitialState();
    for (String m : moves.trim().split("\\s+")) {
      if (m.isEmpty()) {
        continue;
      }
      ParseResult<Integer> r = game.codec().parse(m);
      if (!(r instanceof ParseResult.Ok<Integer> ok)) {
        throw new AssertionError("cannot parse " + m + ": " + r);
      }
      s = s.apply(ok.action());
    }
    return s;
  }

  /** Counters over every history of the game. */
  static final class TreeCount {
    int nodes;
    int terminals;
    final Set<String> infosets = new HashSet<>();
    double expectedReturn0;
  }

  /** Walks the tree with both players uniform; counts nodes, terminals and infosets. */
  static TreeCount walk(Game<Integer> game) {
    TreeCount t = new TreeCount();
    walk(game.newInitialState(), 1, t);
    return t;
  }

  private static void walk(GameState<Integer> s, double p, TreeCount t) {
    t.nodes++;
    Turn turn = s.turn();
    if (turn.isTerminal()) {
      t.terminals++;
      t.expectedReturn0 += p * s.returns(0);
      return;
    }
    if (turn.isChance()) {
      for (var o : s.chanceOutcomes()) {
        walk(s.apply(o.action()), p * o.probability(), t);
      }
      return;
    }
    int seat = turn.seat(0);
    t.infosets.add(s.informationStateKey(seat));
    var legal = s.legalActions(seat);
    for (int a : legal) {
      walk(s.apply(a), p / legal.size(), t);
    }
  }
}
