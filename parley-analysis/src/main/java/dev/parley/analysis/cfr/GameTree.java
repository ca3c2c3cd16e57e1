package dev.parley.analysis.cfr;

import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.ChanceOutcome;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Turn;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The whole game tree of a finite two-player zero-sum (or constant-sum) game, walked once through
 * the core contracts and stored as flat primitive arrays, so that solvers iterate over ints and
 * doubles instead of states, lists and hash maps.
 *
 * <p>Nodes are numbered in depth-first preorder (a node's number is below all its descendants'),
 * so one forward sweep computes reach probabilities and one backward sweep computes values. A
 * node is a chance node, a terminal node, or a decision node of player 0 or 1 belonging to an
 * information set identified by {@link GameState#informationStateKey(int)}. A simultaneous move
 * becomes player 0's decision followed by player 1's, where player 1's information set is the
 * same whatever player 0 chose.
 *
 * <p>Compiling checks the facts the solvers rely on and refuses, with a message naming the
 * problem, a game that is not two-player, not zero-sum or constant-sum, lacks information-state
 * keys, has an open action space, or is larger than the node limit.
 */
public final class GameTree {
  /** {@link #player(int)} of a chance node. */
  public static final int CHANCE = -1;
  /** {@link #player(int)} of a terminal node. */
  public static final int TERMINAL = -2;
  /** Default largest number of nodes {@link #compile(Game)} accepts. */
  public static final int DEFAULT_MAX_NODES = 20_000_000;

  private final String game;
  private final String versionedId;
  final int[] player;
  final int[] firstChild;
  final int[] childCount;
  final int[] childNode;
  final double[] chanceProb;
  final int[] infoset;
  final double[][] utility;
  final int[] infosetPlayer;
  final int[] infosetOffset;
  final int[] infosetSize;
  final int[][] infosetNodes;
  /** Decision nodes of player 0 and of player 1, each in preorder. */
  final int[][] playerNodes;
  final int totalActions;
  final int maxDepth;
  final int maxActions;
  final double utilitySum;
  private final String[] infosetKey;
  private final List<List<String>> infosetActions;
  private final Map<String, Integer> infosetIndex;
  private final int terminals;

  private GameTree(Builder b, String game, String versionedId) {
    this.game = game;
    this.versionedId = versionedId;
    int n = b.player.size;
    this.player = b.player.toArray();
    this.firstChild = b.firstChild.toArray();
    this.childCount = b.childCount.toArray();
    this.childNode = b.childNode.toArray();
    this.chanceProb = b.chanceProb.toArray();
    this.infoset = b.infoset.toArray();
    this.utility = new double[][] {b.utility0.toArray(), b.utility1.toArray()};
    int m = b.keys.size();
    this.infosetPlayer = b.infosetPlayer.toArray();
    this.infosetSize = b.infosetSize.toArray();
    this.infosetOffset = new int[m];
    int offset = 0;
    for (int i = 0; i < m; i++) {
      infosetOffset[i] = offset;
      offset += infosetSize[i];
    }
    this.totalActions = offset;
    int[] count = new int[m];
    for (int v = 0; v < n; v++) {
      if (infoset[v] >= 0) {
        count[infoset[v]]++;
      }
    }
    this.infosetNodes = new int[m][];
    for (int i = 0; i < m; i++) {
      infosetNodes[i] = new int[count[i]];
      count[i] = 0;
    }
    for (int v = 0; v < n; v++) {
      int i = infoset[v];
      if (i >= 0) {
        infosetNodes[i][count[i]++] = v;
      }
    }
    int[] perPlayer = new int[2];
    for (int v = 0; v < n; v++) {
      if (player[v] >= 0) {
        perPlayer[player[v]]++;
      }
    }
    this.playerNodes = new int[][] {new int[perPlayer[0]], new int[perPlayer[1]]};
    perPlayer = new int[2];
    for (int v = 0; v < n; v++) {
      if (player[v] >= 0) {
        playerNodes[player[v]][perPlayer[player[v]]++] = v;
      }
    }
    this.infosetKey = b.keys.toArray(new String[0]);
    List<List<String>> actions = new ArrayList<>(m);
    for (List<String> a : b.actionTexts) {
      actions.add(List.copyOf(a));
    }
    this.infosetActions = Collections.unmodifiableList(actions);
    Map<String, Integer> index = new HashMap<>(b.index);
    this.infosetIndex = Collections.unmodifiableMap(index);
    this.maxDepth = b.maxDepth;
    this.maxActions = b.maxActions;
    this.utilitySum = b.utilitySum;
    this.terminals = b.terminals;
  }

  /** Compiles {@code game} with at most {@link #DEFAULT_MAX_NODES} nodes. */
  public static GameTree compile(Game<?> game) {
    return compile(game, DEFAULT_MAX_NODES);
  }

  /**
   * Walks every history of {@code game} once and stores it as arrays.
   *
   * @throws IllegalArgumentException when the game's facts rule the solvers out, its
   *     information-state keys are inconsistent, or it has more than {@code maxNodes} nodes
   */
  public static GameTree compile(Game<?> game, int maxNodes) {
    if (maxNodes < 1) {
      throw new IllegalArgumentException("maxNodes must be ≥ 1, was " + maxNodes);
    }
    requireSolvable(game);
    return compileTyped(game, maxNodes);
  }

  /**
   * Refuses, from the game's declared facts, a game the CFR-family solvers cannot handle: not
   * two-player, not zero-sum or constant-sum, or without information-state keys.
   */
  public static void requireSolvable(Game<?> game) {
    String name = game.toString();
    if (game.numPlayers() != 2) {
      throw new IllegalArgumentException("CFR-family solvers need a two-player game; " + name + " has "
          + game.numPlayers() + " players");
    }
    GameType.UtilityKind u = game.utility();
    if (u != GameType.UtilityKind.ZERO_SUM && u != GameType.UtilityKind.CONSTANT_SUM) {
      throw new IllegalArgumentException("CFR-family solvers need a zero-sum or constant-sum game; " + name
          + " is " + u);
    }
    if (!game.type().has(GameType.Capability.INFORMATION_STATE_KEYS)) {
      throw new IllegalArgumentException("CFR-family solvers need information-state keys; " + name
          + " does not declare the capability INFORMATION_STATE_KEYS");
    }
  }

  private record Pending<A>(GameState<A> state, A firstMove, int parentEdge, int depth) {}

  private static <A> GameTree compileTyped(Game<A> game, int maxNodes) {
    String name = game.toString();
    ActionCodec<A> codec = game.codec();
    Builder b = new Builder();
    boolean zeroSum = game.utility() == GameType.UtilityKind.ZERO_SUM;
    ArrayDeque<Pending<A>> stack = new ArrayDeque<>();
    stack.push(new Pending<>(game.newInitialState(), null, -1, 0));
    while (!stack.isEmpty()) {
      Pending<A> p = stack.pop();
      GameState<A> s = p.state();
      int id = b.player.size;
      if (id >= maxNodes) {
        throw new IllegalArgumentException(name + " has more than " + maxNodes
            + " nodes; CFR-family solvers need a small finite game (raise maxNodes if it fits in memory)");
      }
      if (p.parentEdge() >= 0) {
        b.childNode.set(p.parentEdge(), id);
      }
      b.maxDepth = Math.max(b.maxDepth, p.depth());
      Turn turn = s.turn();
      int edge = b.childNode.size;
      if (p.firstMove() != null) {
        List<A> legal = legal(s, 1, name);
        b.decision(1, s.informationStateKey(1), legal, codec, edge, name);
        for (int e = 0; e < legal.size(); e++) {
          b.edge(0);
        }
        for (int e = legal.size() - 1; e >= 0; e--) {
          stack.push(new Pending<>(s.applyJoint(List.of(p.firstMove(), legal.get(e))), null, edge + e, p.depth() + 1));
        }
      } else if (turn.isTerminal()) {
        double[] r = s.returns();
        if (r.length != 2) {
          throw new IllegalArgumentException(name + " returned " + r.length + " returns for 2 players");
        }
        b.terminal(r, zeroSum, name, edge);
      } else if (turn.isChance()) {
        List<ChanceOutcome<A>> outcomes = s.chanceOutcomes();
        if (outcomes.isEmpty()) {
          throw new IllegalArgumentException(name + " has a chance node without outcomes: " + s);
        }
        double total = 0;
        for (ChanceOutcome<A> o : outcomes) {
          total += o.probability();
          b.edge(o.probability());
        }
        if (Math.abs(total - 1) > 1e-9) {
          throw new IllegalArgumentException(name + ": chance probabilities sum to " + total + " at " + s);
        }
        b.node(CHANCE, -1, edge, outcomes.size());
        for (int e = outcomes.size() - 1; e >= 0; e--) {
          stack.push(new Pending<>(s.apply(outcomes.get(e).action()), null, edge + e, p.depth() + 1));
        }
      } else if (turn.count() == 1) {
        int seat = turn.seat(0);
        List<A> legal = legal(s, seat, name);
        b.decision(seat, s.informationStateKey(seat), legal, codec, edge, name);
        for (int e = 0; e < legal.size(); e++) {
          b.edge(0);
        }
        for (int e = legal.size() - 1; e >= 0; e--) {
          stack.push(new Pending<>(s.apply(legal.get(e)), null, edge + e, p.depth() + 1));
        }
      } else if (turn.count() == 2 && turn.seat(0) == 0 && turn.seat(1) == 1) {
        List<A> legal = legal(s, 0, name);
        legal(s, 1, name);
        b.decision(0, s.informationStateKey(0), legal, codec, edge, name);
        for (int e = 0; e < legal.size(); e++) {
          b.edge(0);
        }
        for (int e = legal.size() - 1; e >= 0; e--) {
          stack.push(new Pending<>(s, legal.get(e), edge + e, p.depth() + 1));
        }
      } else {
        throw new IllegalArgumentException(name + ": unexpected turn " + turn + " in a two-player game");
      }
    }
    return new GameTree(b, name, game.type().versionedId());
  }

  private static <A> List<A> legal(GameState<A> s, int seat, String name) {
    if (s.hasOpenActions(seat)) {
      throw new IllegalArgumentException("CFR-family solvers need listed actions; in " + name + " seat " + seat
          + " has an open action space at move " + s.moveNumber());
    }
    List<A> legal = s.legalActions(seat);
    if (legal.isEmpty()) {
      throw new IllegalArgumentException(name + ": seat " + seat + " must move but has no legal actions at move "
          + s.moveNumber());
    }
    return legal;
  }

  /** Growable arrays filled while walking the game. */
  private static final class Builder {
    final IntList player = new IntList();
    final IntList firstChild = new IntList();
    final IntList childCount = new IntList();
    final IntList infoset = new IntList();
    final DoubleList utility0 = new DoubleList();
    final DoubleList utility1 = new DoubleList();
    final IntList childNode = new IntList();
    final DoubleList chanceProb = new DoubleList();
    final IntList infosetPlayer = new IntList();
    final IntList infosetSize = new IntList();
    final List<String> keys = new ArrayList<>();
    final List<List<?>> actions = new ArrayList<>();
    final List<List<String>> actionTexts = new ArrayList<>();
    final Map<String, Integer> index = new LinkedHashMap<>();
    int maxDepth;
    int maxActions;
    int terminals;
    double utilitySum = Double.NaN;

    void node(int who, int set, int first, int count) {
      player.add(who);
      infoset.add(set);
      firstChild.add(first);
      childCount.add(count);
      utility0.add(0);
      utility1.add(0);
    }

    void edge(double probability) {
      childNode.add(-1);
      chanceProb.add(probability);
    }

    void terminal(double[] r, boolean zeroSum, String name, int edge) {
      double sum = r[0] + r[1];
      if (Double.isNaN(utilitySum)) {
        utilitySum = sum;
      }
      if (zeroSum && Math.abs(sum) > 1e-9 || Math.abs(sum - utilitySum) > 1e-9) {
        throw new IllegalArgumentException(name + " declares " + (zeroSum ? "zero-sum" : "constant-sum")
            + " returns but returned " + Arrays.toString(r) + (zeroSum ? "" : " after a sum of " + utilitySum));
      }
      node(TERMINAL, -1, edge, 0);
      int id = player.size - 1;
      utility0.set(id, r[0]);
      utility1.set(id, r[1]);
      terminals++;
    }

    <A> void decision(int seat, String key, List<A> legal, ActionCodec<A> codec, int edge, String name) {
      Integer set = index.get(key);
      if (set == null) {
        set = keys.size();
        index.put(key, set);
        keys.add(key);
        infosetPlayer.add(seat);
        infosetSize.add(legal.size());
        actions.add(List.copyOf(legal));
        List<String> texts = new ArrayList<>(legal.size());
        for (A a : legal) {
          texts.add(codec.encode(a));
        }
        actionTexts.add(texts);
        maxActions = Math.max(maxActions, legal.size());
      } else if (infosetPlayer.get(set) != seat) {
        throw new IllegalArgumentException(name + ": information-state key '" + key + "' is used by both seats; "
            + "keys must tell the players apart");
      } else if (!actions.get(set).equals(legal)) {
        throw new IllegalArgumentException(name + ": information state '" + key + "' of seat " + seat + " has actions "
            + actions.get(set) + " in one state and " + legal + " in another; keys must identify information sets");
      }
      node(seat, set, edge, legal.size());
    }
  }

  private static final class IntList {
    int[] a = new int[1024];
    int size;

    void add(int v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[size++] = v;
    }

    int get(int i) {
      return a[i];
    }

    void set(int i, int v) {
      a[i] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(a, size);
    }
  }

  private static final class DoubleList {
    double[] a = new double[1024];
    int size;

    void add(double v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[size++] = v;
    }

    void set(int i, double v) {
      a[i] = v;
    }

    double[] toArray() {
      return Arrays.copyOf(a, size);
    }
  }

  /** The spec of the compiled game. */
  public String game() {
    return game;
  }

  /** The versioned id of the compiled game, for provenance. */
  public String versionedId() {
    return versionedId;
  }

  public int numNodes() {
    return player.length;
  }

  public int numTerminals() {
    return terminals;
  }

  public int numInfosets() {
    return infosetKey.length;
  }

  /** The acting player of node {@code n}: 0, 1, {@link #CHANCE} or {@link #TERMINAL}. */
  public int player(int n) {
    return player[n];
  }

  /** The sum of the two players' returns at every terminal node (0 for zero-sum games). */
  public double utilitySum() {
    return utilitySum;
  }

  public String infosetKey(int i) {
    return infosetKey[i];
  }

  public int infosetPlayer(int i) {
    return infosetPlayer[i];
  }

  /** Canonical text of the legal actions of information set {@code i}, in legal-action order. */
  public List<String> infosetActions(int i) {
    return infosetActions.get(i);
  }

  /** The number of the information set with this key, if the game has it. */
  public OptionalInt infoset(String key) {
    Integer i = infosetIndex.get(key);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** Uniform play at every information set. */
  public TabularPolicy uniformPolicy() {
    return policy(uniform());
  }

  double[] uniform() {
    double[] flat = new double[totalActions];
    for (int i = 0; i < infosetSize.length; i++) {
      Arrays.fill(flat, infosetOffset[i], infosetOffset[i] + infosetSize[i], 1.0 / infosetSize[i]);
    }
    return flat;
  }

  /** A tabular policy from probabilities laid out by information set (package use). */
  TabularPolicy policy(double[] flat) {
    Map<String, double[]> table = new LinkedHashMap<>();
    for (int i = 0; i < infosetKey.length; i++) {
      table.put(infosetKey[i], Arrays.copyOfRange(flat, infosetOffset[i], infosetOffset[i] + infosetSize[i]));
    }
    return TabularPolicy.of(table);
  }

  /**
   * The probabilities of {@code policy} laid out by information set.
   *
   * @throws IllegalArgumentException when the policy lacks an information set of this game or
   *     gives it the wrong number of probabilities
   */
  double[] flatten(TabularPolicy policy) {
    double[] flat = new double[totalActions];
    for (int i = 0; i < infosetKey.length; i++) {
      double[] p = policy.probabilitiesOrNull(infosetKey[i]);
      if (p == null) {
        throw new IllegalArgumentException("policy has no entry for information state '" + infosetKey[i] + "' of "
            + game);
      }
      if (p.length != infosetSize[i]) {
        throw new IllegalArgumentException("policy gives " + p.length + " probabilities for information state '"
            + infosetKey[i] + "', which has " + infosetSize[i] + " actions " + infosetActions.get(i));
      }
      System.arraycopy(p, 0, flat, infosetOffset[i], p.length);
    }
    return flat;
  }

  @Override
  public String toString() {
    return "GameTree{" + game + ": " + numNodes() + " nodes, " + terminals + " terminal, " + numInfosets()
        + " information sets}";
  }
}
