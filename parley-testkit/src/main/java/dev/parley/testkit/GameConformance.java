package dev.parley.testkit;

import dev.parley.core.engine.Seeds;
import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.ChanceOutcome;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.GameState;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParseResult;
import dev.parley.core.game.Turn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The checks every game must pass (habit 2 of the house). Call {@link #check()} from a test for
 * each parameter set of a game:
 *
 * <ul>
 *   <li>the spec string round-trips through the registry to an equal game;
 *   <li>random play (seeded) reaches terminal states within the move limit;
 *   <li>legal actions are sorted (when comparable), free of duplicates, stable, legal by
 *       {@code check}, and survive {@code parse(encode(a))} and {@code parse(reply(a, observation))}
 *       (the answer a player following the format instructions writes);
 *   <li>chance outcomes are probabilities summing to 1;
 *   <li>{@code apply} leaves the original state unchanged;
 *   <li>observations are JSON-safe, and equal for states the seat cannot tell apart (same
 *       information-state key): no private information leaks;
 *   <li>the same seed replays the same episode, and replaying the actions' canonical text
 *       reproduces the same states (serialization round-trip);
 *   <li>terminal returns lie within [minReturn, maxReturn] and fit the utility kind.
 * </ul>
 */
public final class GameConformance<A> {
  private final Game<A> game;
  private GameRegistry registry;
  private int episodes = 100;
  private long seed = 1;
  private int maxMoves = 100_000;

  private GameConformance(Game<A> game) {
    this.game = Objects.requireNonNull(game, "game");
  }

  public static <A> GameConformance<A> of(Game<A> game) {
    return new GameConformance<>(game);
  }

  @SuppressWarnings("unchecked")
  public static GameConformance<Object> ofAny(Game<?> game) {
    return new GameConformance<>((Game<Object>) game);
  }

  /** Also check that the spec string loads an equal game from this registry. */
  public GameConformance<A> registry(GameRegistry r) {
    this.registry = r;
    return this;
  }

  public GameConformance<A> episodes(int n) {
    this.episodes = n;
    return this;
  }

  public GameConformance<A> seed(long s) {
    this.seed = s;
    return this;
  }

  public GameConformance<A> maxMoves(int m) {
    this.maxMoves = m;
    return this;
  }

  /**
   * What a passing run covered, for tests to assert on: episodes played, moves made (each seat's
   * part of a joint move and each chance move count once), and distinct (seat, information state)
   * pairs whose observations were compared for leaks.
   */
  public record Report(int episodes, long moves, int informationStates) {}

  /**
   * Runs every check; throws {@link AssertionError} naming the game, seed and move on failure, and
   * otherwise reports what was covered.
   */
  public Report check() {
    if (registry != null) {
      Game<?> again = registry.load(game.toString());
      require(again.equals(game) && again.toString().equals(game.toString()),
          "spec does not round-trip: " + game + " loads as " + again);
      require(again.hashCode() == game.hashCode(), "equal games with different hash codes: " + game);
    }
    int n = game.numPlayers();
    require(n >= game.type().minPlayers() && n <= game.type().maxPlayers(),
        "numPlayers " + n + " outside the type's range");
    Map<String, String> observedByKey = new HashMap<>();
    Double constantSum = null;
    long moves = 0;
    for (int e = 0; e < episodes; e++) {
      long s = Seeds.derive(seed, e);
      Trace<A> t = play(s, observedByKey);
      Trace<A> again = play(s, null);
      require(t.texts.equals(again.texts) && Arrays.equals(t.returns, again.returns),
          "seed " + s + " does not replay the same episode");
      replayFromText(t, s);
      double[] r = t.returns;
      require(r.length == n, "returns has " + r.length + " entries for " + n + " players");
      double sum = 0;
      for (double x : r) {
        require(x >= game.minReturn() - 1e-9 && x <= game.maxReturn() + 1e-9,
            "return " + x + " outside [" + game.minReturn() + ", " + game.maxReturn() + "] (seed " + s + ")");
        sum += x;
      }
      GameType.UtilityKind kind = game.utility();
      switch (kind) {
        case ZERO_SUM -> require(Math.abs(sum) < 1e-9, "zero-sum game returned " + Arrays.toString(r));
        case CONSTANT_SUM -> {
          if (constantSum == null) {
            constantSum = sum;
          }
          require(Math.abs(sum - constantSum) < 1e-9, "constant-sum game returned sums " + constantSum
              + " and " + sum);
        }
        case IDENTICAL -> {
          for (double x : r) {
            require(x == r[0], "identical-interest game returned " + Arrays.toString(r));
          }
        }
        default -> { }
      }
      moves += t.texts.size();
    }
    return new Report(episodes, moves, observedByKey.size());
  }

  private record Trace<A>(List<String> texts, double[] returns) {}

  private Trace<A> play(long s, Map<String, String> observedByKey) {
    SplittableRandom rng = new SplittableRandom(s);
    ActionCodec<A> codec = game.codec();
    GameState<A> state = game.newInitialState();
    List<String> texts = new ArrayList<>();
    int moves = 0;
    while (!state.isTerminal()) {
      require(moves++ < maxMoves, "no terminal state within " + maxMoves + " moves (seed " + s + ")");
      Turn turn = state.turn();
      String keyBefore = keys(state);
      double[] returnsBefore = state.returns();
      if (observedByKey != null) {
        checkObservations(state, observedByKey);
      }
      GameState<A> next;
      if (turn.isChance()) {
        List<ChanceOutcome<A>> outcomes = state.chanceOutcomes();
        require(!outcomes.isEmpty(), "chance node without outcomes");
        double total = 0;
        for (ChanceOutcome<A> o : outcomes) {
          total += o.probability();
          checkCodec(codec, o.action());
        }
        require(Math.abs(total - 1) < 1e-9, "chance probabilities sum to " + total);
        double u = rng.nextDouble();
        A pick = outcomes.get(outcomes.size() - 1).action();
        double c = 0;
        for (ChanceOutcome<A> o : outcomes) {
          c += o.probability();
          if (u < c) {
            pick = o.action();
            break;
          }
        }
        texts.add("chance:" + codec.encode(pick));
        next = state.apply(pick);
      } else {
        List<A> joint = new ArrayList<>();
        for (int i = 0; i < turn.count(); i++) {
          int seat = turn.seat(i);
          List<A> legal = state.legalActions(seat);
          require(legal.equals(state.legalActions(seat)), "legal actions not stable for seat " + seat);
          require(!legal.isEmpty() || state.hasOpenActions(seat),
              "seat " + seat + " must move but has no legal actions (state " + state + ")");
          require(!state.hasOpenActions(seat) || game.type().has(GameType.Capability.OPEN_ACTIONS),
              "seat " + seat + " has an open action space but the game type does not declare OPEN_ACTIONS");
          checkSortedDistinct(legal);
          Observation seen = legal.isEmpty() ? null : game.observe(state, seat);
          for (A a : legal) {
            require(state.check(seat, a).isEmpty(), "legal action " + a + " fails check: " + state.check(seat, a));
            checkCodec(codec, a);
            checkReply(codec, a, seen);
          }
          require(!legal.isEmpty(), "random play needs listed actions; seat " + seat + " has an open action space");
          A a = legal.get(rng.nextInt(legal.size()));
          joint.add(a);
          texts.add(seat + ":" + codec.encode(a));
        }
        next = joint.size() == 1 ? state.apply(joint.get(0)) : state.applyJoint(joint);
      }
      require(keys(state).equals(keyBefore) && Arrays.equals(state.returns(), returnsBefore),
          "apply changed the original state");
      state = next;
    }
    if (observedByKey != null) {
      checkObservations(state, observedByKey);
    }
    return new Trace<>(texts, state.returns());
  }

  private void replayFromText(Trace<A> t, long s) {
    ActionCodec<A> codec = game.codec();
    GameState<A> state = game.newInitialState();
    int i = 0;
    while (!state.isTerminal()) {
      Turn turn = state.turn();
      List<A> joint = new ArrayList<>();
      for (int k = 0; k < turn.count(); k++) {
        String text = t.texts.get(i++);
        String action = text.substring(text.indexOf(':') + 1);
        ParseResult<A> parsed = codec.parse(action);
        require(parsed instanceof ParseResult.Ok, "stored action '" + action + "' does not parse: " + parsed);
        joint.add(((ParseResult.Ok<A>) parsed).action());
      }
      state = joint.size() == 1 ? state.apply(joint.get(0)) : state.applyJoint(joint);
    }
    require(i == t.texts.size() && Arrays.equals(state.returns(), t.returns),
        "replaying the canonical action text does not reproduce the episode (seed " + s + ")");
  }

  private String keys(GameState<A> state) {
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < game.numPlayers(); p++) {
      sb.append(state.informationStateKey(p)).append('\u0001');
    }
    return sb.append(state.turn()).toString();
  }

  private void checkObservations(GameState<A> state, Map<String, String> observedByKey) {
    for (int p = 0; p < game.numPlayers(); p++) {
      Observation o = game.observe(state, p);
      require(o.seat() == p, "observation for seat " + p + " says seat " + o.seat());
      String text = o.text();
      require(text != null, "null observation text");
      Map<String, Object> fields = o.fields();
      JsonSafe.check(fields, "observation fields of seat " + p);
      String seen = text + "\u0000" + fields;
      String key = p + "\u0000" + state.informationStateKey(p);
      String earlier = observedByKey.putIfAbsent(key, seen);
      require(earlier == null || earlier.equals(seen), "seat " + p + " sees different things in two states it "
          + "cannot tell apart (information-state key " + state.informationStateKey(p) + "): private information leaks");
    }
  }

  private void checkCodec(ActionCodec<A> codec, A a) {
    String text = codec.encode(a);
    require(text != null && !text.isBlank(), "blank canonical text for " + a);
    ParseResult<A> back = codec.parse(text);
    require(back instanceof ParseResult.Ok<A> ok && ok.action().equals(a),
        "parse(encode(" + a + ")) = " + back + ", text '" + text + "'");
  }

  /** What a player following the format instructions writes for {@code a} reads back as {@code a}. */
  private void checkReply(ActionCodec<A> codec, A a, Observation seen) {
    String text = codec.reply(a, seen);
    require(text != null && !text.isBlank(), "blank reply for " + a);
    ParseResult<A> back = codec.parse(text);
    require(back instanceof ParseResult.Ok<A> ok && ok.action().equals(a),
        "parse(reply(" + a + ")) = " + back + ", reply '" + text + "'");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void checkSortedDistinct(List<A> legal) {
    for (int i = 1; i < legal.size(); i++) {
      A prev = legal.get(i - 1);
      A cur = legal.get(i);
      require(!prev.equals(cur), "legal actions repeat " + cur);
      if (prev instanceof Comparable c) {
        require(c.compareTo(cur) < 0, "legal actions not sorted: " + legal);
      }
    }
  }

  private void require(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(game + ": " + message);
    }
  }
}
