package dev.parley.games.dond;

import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Step;
import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.ChanceOutcome;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParamSpec;
import dev.parley.core.game.Params;
import dev.parley.core.game.ParseResult;
import dev.parley.core.spec.Spec;
import dev.parley.games.negotiation.OutcomeSet;
import dev.parley.games.negotiation.UtilityPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Deal or No Deal (Lewis et al. 2017; REFERENCE §1.4): two players split a pool of books, hats and
 * balls. Each has private non-negative integer values per item type, with the whole pool worth 10
 * to each. Seat 0 (player A) moves first and the seats alternate; on its turn a seat proposes a full
 * split ({@code propose books=B hats=H balls=L}: what the proposer keeps, the other gets the rest),
 * accepts the other's standing proposal, rejects it without counter-proposing, or ends the
 * negotiation. Agreement means both seats confirmed the same split: one proposed it, the other
 * accepted it; each then scores its own value of what it receives, computed by the engine. An end,
 * or {@code max_turns} player moves without agreement, scores 0 for both.
 *
 * <p>The instance is either dealt by the explicit chance player from {@link DondGenerator}'s
 * distribution (three chance moves: counts, A's values, B's values) or fixed by parameters:
 * {@code counts=[1,1,3]} alone (chance deals the values), or with {@code values_a=[1,3,2]} and
 * {@code values_b=[1,0,3]}. The spec round-trips either way. A spec that fixes the values names
 * both players' values, so it must not be shown to the players; observations and
 * information-state keys never reveal the other seat's values.
 */
public final class DealOrNoDeal implements Game<DondAction> {
  static final ParamSpec COUNTS = ParamSpec.numbers("counts", null,
      "item counts [books,hats,balls]; dealt by the chance player when absent");
  static final ParamSpec VALUES_A = ParamSpec.numbers("values_a", null,
      "player A's (seat 0) value per item [books,hats,balls], pool worth 10; needs counts and values_b");
  static final ParamSpec VALUES_B = ParamSpec.numbers("values_b", null,
      "player B's (seat 1) value per item [books,hats,balls], pool worth 10; needs counts and values_a");
  static final ParamSpec MAX_TURNS = ParamSpec.integer("max_turns", 50, 1, 10_000,
      "player moves (both seats together) before the negotiation ends without agreement");

  public static final GameType TYPE = GameType.builder("deal-or-no-deal")
      .description("Deal or No Deal: split books, hats and balls with private values (Lewis et al. 2017)")
      .dynamics(GameType.Dynamics.SEQUENTIAL)
      .chance(GameType.Chance.EXPLICIT)
      .information(GameType.Information.IMPERFECT)
      .utility(GameType.UtilityKind.GENERAL_SUM)
      .rewardModel(GameType.RewardModel.TERMINAL)
      .players(2, 2)
      .parameters(List.of(COUNTS, VALUES_A, VALUES_B, MAX_TURNS))
      .capabilities(GameType.Capability.TEXT_OBSERVATIONS, GameType.Capability.INFORMATION_STATE_KEYS)
      .build();

  private final Params params;
  private final String spec;
  private final ItemVector counts;
  private final ItemVector valuesA;
  private final ItemVector valuesB;
  private final int maxTurns;
  private final String rules;
  private final DondCodec codec = new DondCodec();
  private final DondState initial;
  private final Map<ItemVector, List<DondAction>> proposals = new ConcurrentHashMap<>();
  private final Map<ItemVector, List<ChanceOutcome<DondAction>>> firstValues = new ConcurrentHashMap<>();
  private final Map<List<ItemVector>, List<ChanceOutcome<DondAction>>> secondValues = new ConcurrentHashMap<>();
  private final List<ChanceOutcome<DondAction>> countOutcomes;

  DealOrNoDeal(Params params) {
    this.maxTurns = params.intValue("max_turns");
    this.counts = params.has("counts") ? ItemVector.of("parameter 'counts'", list(params, "counts")) : null;
    boolean hasA = params.has("values_a");
    boolean hasB = params.has("values_b");
    if (hasA != hasB) {
      throw new IllegalArgumentException("parameters 'values_a' and 'values_b' go together; only "
          + (hasA ? "values_a" : "values_b") + " was given");
    }
    if (hasA && counts == null) {
      throw new IllegalArgumentException("parameters 'values_a' and 'values_b' need 'counts' (e.g. counts=[1,1,3])");
    }
    if (counts != null && counts.total() < 1) {
      throw new IllegalArgumentException("parameter 'counts' must hold at least one item, was " + counts);
    }
    this.valuesA = hasA ? ItemVector.of("parameter 'values_a'", list(params, "values_a")) : null;
    this.valuesB = hasB ? ItemVector.of("parameter 'values_b'", list(params, "values_b")) : null;
    if (hasA) {
      DondInstance.requirePoolValue("parameter 'values_a':", counts, valuesA);
      DondInstance.requirePoolValue("parameter 'values_b':", counts, valuesB);
    } else if (counts != null && DondGenerator.firstValues(counts).isEmpty()) {
      throw new IllegalArgumentException("parameter 'counts' " + counts + ": no integer values make this pool worth "
          + DondInstance.POOL_VALUE + " to both players with every item worth something to one of them");
    }
    Map<String, String> canonical = new LinkedHashMap<>();
    if (counts != null) {
      canonical.put("counts", counts.toString());
    }
    if (hasA) {
      canonical.put("values_a", valuesA.toString());
      canonical.put("values_b", valuesB.toString());
    }
    canonical.put("max_turns", Integer.toString(maxTurns));
    this.params = Params.bind("game " + TYPE.id(), TYPE.parameters(), canonical);
    this.spec = Spec.of(TYPE.id(), canonical).toString();
    this.rules = rulesText(maxTurns);
    this.countOutcomes = uniform(DondGenerator.countsSupport(), DondAction::dealCounts);
    this.initial = DondState.initial(this, counts, valuesA, valuesB);
  }

  private static List<?> list(Params params, String name) {
    Object v = params.numbers(name);
    if (!(v instanceof List<?> l)) {
      throw new IllegalArgumentException("parameter '" + name + "' must be a list [books,hats,balls], was "
          + params.text(name));
    }
    return l;
  }

  private static String rulesText(int maxTurns) {
    return "You are negotiating with another player over how to split a pool of items: books, hats and balls. "
        + "Each of you has private values for each kind of item; your values make the whole pool worth "
        + DondInstance.POOL_VALUE + " points to you, and the other player's values make it worth "
        + DondInstance.POOL_VALUE + " to them, but the two of you may value the items very differently and neither"
        + " sees the other's values. Player 0 moves first, then the players alternate. On your turn you may"
        + " propose a split (saying how many of each item you keep; the other player gets the rest), accept the"
        + " other player's standing proposal, reject it without proposing, or end the negotiation. When a"
        + " proposal is accepted the game ends and each player scores the value, to them, of the items they"
        + " receive. If the negotiation is ended, or no proposal is accepted within " + maxTurns + " moves (both"
        + " players' moves together), nobody scores anything.\n";
  }

  @Override
  public GameType type() {
    return TYPE;
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public int numPlayers() {
    return 2;
  }

  @Override
  public GameState<DondAction> newInitialState() {
    return initial;
  }

  @Override
  public Observation observe(GameState<DondAction> state, int seat) {
    if (seat != 0 && seat != 1) {
      throw new IllegalArgumentException("seat must be 0 or 1, was " + seat);
    }
    if (!(state instanceof DondState s)) {
      throw new IllegalArgumentException("not a deal-or-no-deal state: " + state);
    }
    return new DondObservation(this, s, seat);
  }

  @Override
  public ActionCodec<DondAction> codec() {
    return codec;
  }

  @Override
  public String rules() {
    return rules;
  }

  @Override
  public double minReturn() {
    return 0;
  }

  @Override
  public double maxReturn() {
    return DondInstance.POOL_VALUE;
  }

  /** Reject the standing proposal if there is one, else end: the moves that commit to nothing. */
  @Override
  public Optional<DondAction> defaultAction(GameState<DondAction> state, int seat) {
    if (state.check(seat, DondAction.END).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(state.check(seat, DondAction.REJECT).isEmpty() ? DondAction.REJECT : DondAction.END);
  }

  /** The player-move limit. */
  public int maxTurns() {
    return maxTurns;
  }

  /** The instance when the parameters fix it completely. */
  public Optional<DondInstance> fixedInstance() {
    return valuesA == null ? Optional.empty() : Optional.of(new DondInstance(counts, valuesA, valuesB));
  }

  /**
   * Metrics of an episode for {@code seat} (Hua et al. 2024, REFERENCE §3.1): {@code agreement}
   * (1/0), {@code score} and {@code other_score} (the seats' returns), {@code total},
   * {@code pareto_optimal} and {@code envy_free} (1/0; 0 without agreement), {@code nash_distance}
   * (Euclidean distance in score space from the outcome — (0, 0) without agreement — to the nearest
   * Nash bargaining point of the instance's splits, disagreement point (0, 0)),
   * {@code concession_rate} (of the seat's own proposals, {@link OutcomeSet#concessionRate}; 0 when it
   * made none), {@code turns}
   * (player moves), {@code difficulty} (−‖v_A − v_B‖₁), {@code max_total} (greatest total over all
   * splits) and, when some split is envy-free, {@code best_total} (Hua et al.'s "best possible"
   * total). The episode is replayed from its steps; an episode cut short before the deal has only
   * {@code agreement}, {@code score}, {@code other_score}, {@code total} and {@code turns}.
   */
  @Override
  public Map<String, Double> metrics(Episode episode, int seat) {
    if (seat != 0 && seat != 1) {
      throw new IllegalArgumentException("seat must be 0 or 1, was " + seat);
    }
    DondState s = replay(episode);
    ItemVector toFirst = s.agreement();
    double own = episode.returnOf(seat);
    double other = episode.returnOf(1 - seat);
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("agreement", toFirst == null ? 0.0 : 1.0);
    m.put("score", own);
    m.put("other_score", other);
    m.put("total", own + other);
    Optional<DondInstance> inst = s.instance();
    if (inst.isPresent()) {
      DondInstance d = inst.get();
      m.put("pareto_optimal", toFirst != null && d.isParetoOptimal(toFirst) ? 1.0 : 0.0);
      m.put("envy_free", toFirst != null && d.isEnvyFree(toFirst) ? 1.0 : 0.0);
      OutcomeSet outcomes = d.outcomeSet();
      UtilityPoint reached = toFirst == null ? UtilityPoint.of(0, 0)
          : UtilityPoint.of(d.score(0, toFirst), d.score(1, toFirst));
      m.put("nash_distance", outcomes.distanceToNash(reached));
      List<UtilityPoint> offers = new ArrayList<>();
      for (DondView.Move mv : s.moves()) {
        if (mv.seat() == seat && mv.action().kind() == DondAction.Kind.PROPOSE) {
          ItemVector first = seat == 0 ? mv.action().items() : d.counts().minus(mv.action().items());
          offers.add(UtilityPoint.of(d.score(0, first), d.score(1, first)));
        }
      }
      m.put("concession_rate", outcomes.concessionRate(seat, offers));
    }
    m.put("turns", (double) s.moves().size());
    if (inst.isPresent()) {
      DondInstance d = inst.get();
      m.put("difficulty", (double) d.difficulty());
      m.put("max_total", (double) d.maxTotal());
      List<DondInstance.SplitAnalysis> best = d.bestPossible();
      if (!best.isEmpty()) {
        m.put("best_total", (double) best.get(0).total());
      }
    }
    return m;
  }

  /** The state an episode of this game reached, replayed from its steps' canonical action text. */
  DondState replay(Episode episode) {
    GameState<DondAction> s = initial;
    for (Step step : episode.steps()) {
      ParseResult<DondAction> r = codec.parse(step.action());
      if (!(r instanceof ParseResult.Ok<DondAction> ok)) {
        throw new IllegalArgumentException("episode " + episode.id() + ", move " + step.move() + ": '" + step.action()
            + "' is not an action of " + spec + ": " + r);
      }
      s = s.apply(ok.action());
    }
    return (DondState) s;
  }

  List<DondAction> proposals(ItemVector c) {
    return proposals.computeIfAbsent(c, k -> {
      List<DondAction> l = new ArrayList<>();
      for (ItemVector keep : DondInstance.splitsOf(k)) {
        l.add(DondAction.propose(keep));
      }
      return List.copyOf(l);
    });
  }

  List<ChanceOutcome<DondAction>> countOutcomes() {
    return countOutcomes;
  }

  List<ChanceOutcome<DondAction>> firstValueOutcomes(ItemVector c) {
    return firstValues.computeIfAbsent(c, k -> uniform(DondGenerator.firstValues(k), v -> DondAction.dealValues(0, v)));
  }

  List<ChanceOutcome<DondAction>> secondValueOutcomes(ItemVector c, ItemVector a) {
    return secondValues.computeIfAbsent(List.of(c, a),
        k -> uniform(DondGenerator.secondValues(c, a), v -> DondAction.dealValues(1, v)));
  }

  private static List<ChanceOutcome<DondAction>> uniform(List<ItemVector> support,
      Function<ItemVector, DondAction> action) {
    List<ChanceOutcome<DondAction>> out = new ArrayList<>(support.size());
    for (ItemVector v : support) {
      out.add(new ChanceOutcome<>(action.apply(v), 1.0 / support.size()));
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DealOrNoDeal g && g.spec.equals(spec);
  }

  @Override
  public int hashCode() {
    return spec.hashCode();
  }

  @Override
  public String toString() {
    return spec;
  }
}
