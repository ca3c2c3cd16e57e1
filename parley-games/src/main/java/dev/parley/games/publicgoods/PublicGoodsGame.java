package dev.parley.games.publicgoods;

import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Step;
import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.ActionIndex;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParamSpec;
import dev.parley.core.game.Params;
import dev.parley.core.game.ParseResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The repeated linear public goods game, as TextArena's PublicGoods plays it (REFERENCE §1.3.5;
 * defaults: 3 players, endowment 20, multiplier 1.5, 3 rounds). Every round each player receives a
 * fresh endowment {@code E} and all players choose at once how many whole coins {@code c_i ∈ 0..E} to
 * put in a common pot; the pot {@code m · Σ c_j} is shared equally, so player i's payoff for the round
 * is {@code E − c_i + m · Σ c_j / n}. Returns are the sums of the round payoffs, and after each round
 * every contribution and payoff is public.
 *
 * <p>The game is a social dilemma when {@code 1 < m < n}: each coin contributed returns only
 * {@code m/n < 1} to its giver (so contributing nothing is dominant in every round, and in the
 * finitely repeated game), while the group earns most when everyone contributes everything. Any
 * {@code m > 0} is accepted: with {@code m ≤ 1} contributing destroys value and with {@code m ≥ n}
 * contributing pays even for oneself, which makes useful controls.
 *
 * <p>Actions are the contributions themselves, integers {@code 0..E}, written {@code contribute 7};
 * they are also the dense action index. The default action (used by the default-action policy for
 * illegal moves) is the first legal one, contributing nothing. Seats are named {@code player 1} …
 * {@code player n}.
 */
public final class PublicGoodsGame implements Game<Integer> {
  static final ParamSpec PLAYERS = ParamSpec.integer("players", 3, 2, 16, "number of players");
  static final ParamSpec ENDOWMENT = ParamSpec.integer("endowment", 20, 1, 10_000,
      "coins each player receives at the start of every round");
  static final ParamSpec MULTIPLIER = ParamSpec.real("multiplier", 1.5, 0, 1000,
      "factor applied to the pot before it is shared; > 0, and 1 < multiplier < players for a social dilemma");
  static final ParamSpec ROUNDS = ParamSpec.integer("rounds", 3, 1, 10_000, "number of rounds");

  public static final GameType TYPE = GameType.builder("public-goods")
      .description("Public goods game: each round every player contributes part of a fresh endowment to a pot"
          + " that is multiplied and shared equally (TextArena PublicGoods)")
      .dynamics(GameType.Dynamics.SIMULTANEOUS)
      .chance(GameType.Chance.NONE)
      .information(GameType.Information.IMPERFECT)
      .utility(GameType.UtilityKind.GENERAL_SUM)
      .rewardModel(GameType.RewardModel.STEPWISE)
      .players(2, 16)
      .parameters(List.of(PLAYERS, ENDOWMENT, MULTIPLIER, ROUNDS))
      .capabilities(GameType.Capability.TEXT_OBSERVATIONS, GameType.Capability.INFORMATION_STATE_KEYS,
          GameType.Capability.DENSE_ACTION_INDEX)
      .build();

  private final Params params;
  private final String spec;
  private final int players;
  private final int endowment;
  private final double multiplier;
  private final int rounds;
  private final List<Integer> contributions;
  private final PublicGoodsCodec codec;
  private final PublicGoodsState initial;

  PublicGoodsGame(Params params) {
    this.params = params;
    this.players = params.intValue("players");
    this.endowment = params.intValue("endowment");
    this.multiplier = params.real("multiplier");
    this.rounds = params.intValue("rounds");
    if (!(multiplier > 0)) {
      throw new IllegalArgumentException("parameter 'multiplier' of game public-goods: must be > 0, was "
          + params.text("multiplier"));
    }
    Integer[] all = new Integer[endowment + 1];
    for (int c = 0; c <= endowment; c++) {
      all[c] = c;
    }
    this.contributions = List.of(all);
    this.spec = params.toSpec(TYPE.id()).toString();
    this.codec = new PublicGoodsCodec(this);
    this.initial = PublicGoodsState.initial(this);
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
    return players;
  }

  /** Coins each player receives at the start of every round. */
  public int endowment() {
    return endowment;
  }

  /** Factor applied to the pot before it is shared. */
  public double multiplier() {
    return multiplier;
  }

  public int rounds() {
    return rounds;
  }

  /** What one contributed coin adds to every player's payoff: the marginal per-capita return {@code m/n}. */
  public double perCapitaReturn() {
    return multiplier / players;
  }

  /** True when {@code 1 < m < n}: contributing nothing is dominant, contributing everything is best for the group. */
  public boolean isSocialDilemma() {
    return multiplier > 1 && multiplier < players;
  }

  /**
   * Each player's payoff for one round, {@code E − c_i + m · Σ c_j / n}.
   *
   * @throws IllegalArgumentException when there is not one contribution per player, or one lies outside 0..E
   */
  public double[] roundPayoffs(int... contributions) {
    if (contributions.length != players) {
      throw new IllegalArgumentException("contributions: expected " + players + " (one per player), got "
          + contributions.length);
    }
    long sum = 0;
    for (int i = 0; i < players; i++) {
      int c = contributions[i];
      if (c < 0 || c > endowment) {
        throw new IllegalArgumentException("contribution of " + seatName(i) + ": " + c + " is outside 0.."
            + endowment);
      }
      sum += c;
    }
    double share = share(sum);
    double[] payoffs = new double[players];
    for (int i = 0; i < players; i++) {
      payoffs[i] = endowment - contributions[i] + share;
    }
    return payoffs;
  }

  /** Each player's share of a pot into which {@code total} coins were contributed: {@code m · total / n}. */
  double share(long total) {
    return total * multiplier / players;
  }

  /** The highest sum of all players' returns: everyone contributes everything when {@code m > 1}, nothing otherwise. */
  public double maxGroupReturn() {
    return (double) rounds * players * endowment * Math.max(1, multiplier);
  }

  @Override
  public GameState<Integer> newInitialState() {
    return initial;
  }

  @Override
  public Observation observe(GameState<Integer> state, int seat) {
    if (seat < 0 || seat >= players) {
      throw new IllegalArgumentException("seat must be in 0.." + (players - 1) + ", was " + seat);
    }
    if (!(state instanceof PublicGoodsState s) || !s.game.equals(this)) {
      throw new IllegalArgumentException("not a state of " + spec + ": " + state);
    }
    return new PublicGoodsObservation(this, s, seat);
  }

  @Override
  public ActionCodec<Integer> codec() {
    return codec;
  }

  /** {@code player 1} … {@code player n}. */
  @Override
  public String seatName(int seat) {
    return "player " + (seat + 1);
  }

  @Override
  public String rules() {
    return PublicGoodsObservation.rules(this);
  }

  @Override
  public Optional<ActionIndex<Integer>> actionIndex() {
    return Optional.of(ActionIndex.integers(endowment + 1));
  }

  /**
   * The lowest return: per round {@code E · min(1, m/n)} (contribute everything while nobody else
   * contributes when {@code m < n}; contribute nothing otherwise).
   */
  @Override
  public double minReturn() {
    return rounds * endowment * Math.min(1, perCapitaReturn());
  }

  /**
   * The highest return: per round {@code max(E + (n−1)·E·m/n, E·m)} (contribute nothing while
   * everyone else contributes everything when {@code m < n}; everyone contributes everything
   * otherwise).
   */
  @Override
  public double maxReturn() {
    double free = endowment + (players - 1) * endowment * perCapitaReturn();
    return rounds * Math.max(free, endowment * multiplier);
  }

  /**
   * For {@code seat}: {@code contribution_rate} (mean share of the endowment it contributed per
   * round played; 0 when no round was played), {@code return}, {@code group_return} (sum of every
   * seat's return), {@code efficiency} (group return / {@link #maxGroupReturn()}) and
   * {@code rounds} (rounds played). Contributions are read from the episode's steps.
   *
   * @throws IllegalArgumentException for a seat outside the game or a step that is no contribution
   */
  @Override
  public Map<String, Double> metrics(Episode episode, int seat) {
    if (seat < 0 || seat >= players) {
      throw new IllegalArgumentException("seat must be in 0.." + (players - 1) + ", was " + seat);
    }
    if (episode.returns().size() != players) {
      throw new IllegalArgumentException("episode " + episode.id() + " has " + episode.returns().size()
          + " seats; " + spec + " has " + players);
    }
    long contributed = 0;
    int played = 0;
    for (Step step : episode.steps()) {
      if (step.seat() != seat) {
        continue;
      }
      ParseResult<Integer> r = codec.parse(step.action());
      if (!(r instanceof ParseResult.Ok<Integer> ok) || ok.action() < 0 || ok.action() > endowment) {
        throw new IllegalArgumentException("episode " + episode.id() + ", move " + step.move() + ": '"
            + step.action() + "' is not a contribution of " + spec);
      }
      contributed += ok.action();
      played++;
    }
    double group = 0;
    for (double r : episode.returns()) {
      group += r;
    }
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("contribution_rate", played == 0 ? 0.0 : contributed / ((double) played * endowment));
    m.put("return", episode.returnOf(seat));
    m.put("group_return", group);
    m.put("efficiency", group / maxGroupReturn());
    m.put("rounds", (double) played);
    return m;
  }

  /** Every contribution {@code 0..E}, ascending. */
  List<Integer> contributions() {
    return contributions;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublicGoodsGame g && g.spec.equals(spec);
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
