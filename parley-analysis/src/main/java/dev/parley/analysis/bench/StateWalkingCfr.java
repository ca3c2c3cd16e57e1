package dev.parley.analysis.bench;

import dev.parley.core.game.ChanceOutcome;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import dev.parley.core.game.Turn;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's baseline: CFR and CFR+ written the straightforward way, as OpenSpiel's Python
 * {@code CFRSolver} is, walking {@link GameState} objects recursively ({@code apply},
 * {@code legalActions}, {@code chanceOutcomes}, {@code informationStateKey}) with regrets and
 * cumulative policies in a hash map keyed by information state. Same rules and floating-point
 * order as {@code dev.parley.analysis.cfr.CfrSolver}, so both reach identical policies.
 */
final class StateWalkingCfr<A> {
  /** Regrets, cumulative policy and current policy of one information state. */
  private static final class Node {
    final double[] regret;
    final double[] cumulative;
    final double[] current;

    Node(int actions) {
      regret = new double[actions];
      cumulative = new double[actions];
      current = new double[actions];
      Arrays.fill(current, 1.0 / actions);
    }
  }

  private final Game<A> game;
  private final boolean plus;
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private long iteration;

  private StateWalkingCfr(Game<A> game, boolean plus) {
    this.game = game;
    this.plus = plus;
    initialise(game.newInitialState());
  }

  /** A baseline solver; {@code plus} selects CFR+ (regret matching+, linear averaging). */
  static <A> StateWalkingCfr<A> of(Game<A> game, boolean plus) {
    if (game.numPlayers() != 2) {
      throw new IllegalArgumentException("the baseline solves two-player games; " + game + " has "
          + game.numPlayers() + " players");
    }
    return new StateWalkingCfr<>(game, plus);
  }

  private void initialise(GameState<A> s) {
    Turn turn = s.turn();
    if (turn.isTerminal()) {
      return;
    }
    if (turn.isChance()) {
      for (ChanceOutcome<A> o : s.chanceOutcomes()) {
        initialise(s.apply(o.action()));
      }
      return;
    }
    if (turn.count() != 1) {
      throw new IllegalArgumentException("the baseline needs one mover at a time; " + game + " has " + turn);
    }
    int who = turn.seat(0);
    List<A> legal = s.legalActions(who);
    nodes.computeIfAbsent(s.informationStateKey(who), k -> new Node(legal.size()));
    for (A a : legal) {
      initialise(s.apply(a));
    }
  }

  long iterations() {
    return iteration;
  }

  void iterate() {
    iteration++;
    for (int p = 0; p < 2; p++) {
      walk(game.newInitialState(), p, 1, 1, 1);
      for (Node n : nodes.values()) {
        if (plus) {
          for (int a = 0; a < n.regret.length; a++) {
            if (n.regret[a] < 0) {
              n.regret[a] = 0;
            }
          }
        }
        regretMatching(n);
      }
    }
  }

  private static void regretMatching(Node n) {
    double positive = 0;
    for (double r : n.regret) {
      if (r > 0) {
        positive += r;
      }
    }
    for (int a = 0; a < n.regret.length; a++) {
      n.current[a] = positive > 0 ? (n.regret[a] > 0 ? n.regret[a] / positive : 0) : 1.0 / n.regret.length;
    }
  }

  /** Player {@code p}'s value of {@code s}; updates p's regrets and average policy on the way back. */
  private double walk(GameState<A> s, int p, double reach0, double reach1, double reachChance) {
    Turn turn = s.turn();
    if (turn.isTerminal()) {
      return s.returns(p);
    }
    if (turn.isChance()) {
      double v = 0;
      for (ChanceOutcome<A> o : s.chanceOutcomes()) {
        double q = o.probability();
        v += q * walk(s.apply(o.action()), p, reach0, reach1, reachChance * q);
      }
      return v;
    }
    if (reach0 == 0 && reach1 == 0) {
      return 0;
    }
    int who = turn.seat(0);
    Node node = nodes.get(s.informationStateKey(who));
    List<A> legal = s.legalActions(who);
    double[] sigma = node.current;
    double[] child = new double[legal.size()];
    double v = 0;
    for (int a = 0; a < child.length; a++) {
      double r0 = who == 0 ? reach0 * sigma[a] : reach0;
      double r1 = who == 1 ? reach1 * sigma[a] : reach1;
      child[a] = walk(s.apply(legal.get(a)), p, r0, r1, reachChance);
      v += sigma[a] * child[a];
    }
    if (who == p) {
      double cf = (p == 0 ? reach1 : reach0) * reachChance;
      double avg = (plus ? iteration : 1) * (p == 0 ? reach0 : reach1);
      for (int a = 0; a < child.length; a++) {
        node.regret[a] += cf * (child[a] - v);
        node.cumulative[a] += avg * sigma[a];
      }
    }
    return v;
  }

  /** The average policy by information-state key (uniform where nothing was accumulated). */
  Map<String, double[]> averagePolicy() {
    Map<String, double[]> table = new HashMap<>();
    for (Map.Entry<String, Node> e : nodes.entrySet()) {
      double[] c = e.getValue().cumulative;
      double sum = 0;
      for (double x : c) {
        sum += x;
      }
      double[] p = new double[c.length];
      for (int a = 0; a < c.length; a++) {
        p[a] = sum > 0 ? c[a] / sum : 1.0 / c.length;
      }
      table.put(e.getKey(), p);
    }
    return table;
  }
}
