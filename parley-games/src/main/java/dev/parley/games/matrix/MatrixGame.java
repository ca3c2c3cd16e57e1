package dev.parley.games.matrix;

import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.ActionIndex;
import dev.parley.core.game.ChanceOutcome;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import dev.parley.core.game.GameType;
import dev.parley.core.game.GameType.UtilityKind;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParamSpec;
import dev.parley.core.game.Params;
import dev.parley.core.spec.Spec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A two-player matrix game, played once ({@code matrix}) or repeated ({@code repeated}): N rounds
 * of simultaneous moves with the same partner, both choices and payoffs revealed after each round
 * (Akata et al. 2023). Options are shown under neutral labels ({@code J}/{@code F} for two actions);
 * the logged action is always the canonical action name. Optional explicit chance: a continuation
 * probability after each round, and a shuffled order in which the options are mentioned.
 *
 * <p>Actions are integers: {@code 0..k−1} for player moves, and for chance {@link #ORDER}{@code +r}
 * (mention order rotated by r), {@link #STOP} and {@link #CONTINUE}.
 */
public final class MatrixGame implements Game<Integer> {
  /** Chance action base: option mention order rotated by {@code action − ORDER}. */
  public static final int ORDER = 1000;
  /** Chance action: the repeated game ends after this round. */
  public static final int STOP = 2000;
  /** Chance action: another round is played. */
  public static final int CONTINUE = 2001;

  static final ParamSpec STAGE = ParamSpec.text("stage", "pd",
      "stage game: pd, pd-akata, bos, bos-hua, stag-hunt, stag-hunt-ordinal, chicken, wait-go, "
          + "matching-pennies, rps, cournot, rg-1 … rg-144, or custom with payoffs");
  static final ParamSpec PAYOFFS = ParamSpec.numbers("payoffs", null,
      "custom payoffs [[[row,column],...],...]: one list per row action, one [row, column] pair per column action");
  static final ParamSpec ACTIONS = ParamSpec.list("actions", null,
      "canonical action names of a custom game (default a1, a2, ...)");
  static final ParamSpec LABELS = ParamSpec.list("labels", null,
      "neutral option labels shown to players (default [J,F] for two actions, else the action names)");
  static final ParamSpec ROUNDS = ParamSpec.integer("rounds", 10, 1, 1_000_000,
      "number of rounds (the most rounds when continuation < 1)");
  static final ParamSpec CONTINUATION_P = ParamSpec.real("continuation", 1, 0, 1,
      "probability that another round follows each round (1 = exactly `rounds` rounds)");
  static final ParamSpec ORDER_P = ParamSpec.choice("order", "fixed", List.of("fixed", "shuffled"),
      "order in which options are mentioned each round; shuffled is decided by the chance player");

  /** One-shot matrix game. */
  public static final GameType MATRIX_TYPE = GameType.builder("matrix")
      .description("Two-player normal-form game played once, simultaneous moves")
      .dynamics(GameType.Dynamics.SIMULTANEOUS)
      .information(GameType.Information.IMPERFECT)
      .utility(UtilityKind.GENERAL_SUM)
      .rewardModel(GameType.RewardModel.TERMINAL)
      .parameters(List.of(STAGE, PAYOFFS, ACTIONS, LABELS))
      .capabilities(GameType.Capability.TEXT_OBSERVATIONS, GameType.Capability.INFORMATION_STATE_KEYS,
          GameType.Capability.DENSE_ACTION_INDEX)
      .build();

  /** Repeated matrix game. */
  public static final GameType REPEATED_TYPE = GameType.builder("repeated")
      .description("Two-player matrix game repeated with the same partner; history revealed each round")
      .dynamics(GameType.Dynamics.SIMULTANEOUS)
      .chance(GameType.Chance.EXPLICIT)
      .information(GameType.Information.IMPERFECT)
      .utility(UtilityKind.GENERAL_SUM)
      .rewardModel(GameType.RewardModel.STEPWISE)
      .parameters(List.of(STAGE, PAYOFFS, ACTIONS, LABELS, ROUNDS, CONTINUATION_P, ORDER_P))
      .capabilities(GameType.Capability.TEXT_OBSERVATIONS, GameType.Capability.INFORMATION_STATE_KEYS,
          GameType.Capability.DENSE_ACTION_INDEX)
      .build();

  private final GameType type;
  private final Params params;
  private final StageGame stage;
  private final int rounds;
  private final double continuation;
  private final boolean shuffled;
  private final List<String> names;
  private final List<String> labels;
  private final List<List<Integer>> legal;
  private final List<ChanceOutcome<Integer>> orderOutcomes;
  private final List<ChanceOutcome<Integer>> continueOutcomes;
  private final String spec;
  private final MatrixCodec codec;
  private final MatrixState initial;

  MatrixGame(GameType type, Params params) {
    this.type = type;
    boolean repeated = type == REPEATED_TYPE;
    this.rounds = repeated ? params.intValue("rounds") : 1;
    this.continuation = repeated ? params.real("continuation") : 1;
    if (continuation <= 0) {
      throw new IllegalArgumentException("parameter 'continuation' of game repeated: must be > 0, was "
          + params.text("continuation"));
    }
    this.shuffled = repeated && params.text("order").equals("shuffled");
    this.stage = resolveStage(params);
    int k = Math.max(stage.rows(), stage.columns());
    List<String> n = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      n.add(i < stage.rows() ? stage.rowActions().get(i) : stage.columnActions().get(i));
    }
    this.names = List.copyOf(n);
    this.labels = resolveLabels(params, names);
    this.legal = List.of(range(stage.rows()), range(stage.columns()));
    List<ChanceOutcome<Integer>> orders = new ArrayList<>();
    for (int r = 0; r < k; r++) {
      orders.add(new ChanceOutcome<>(ORDER + r, 1.0 / k));
    }
    this.orderOutcomes = List.copyOf(orders);
    this.continueOutcomes = List.of(new ChanceOutcome<>(CONTINUE, continuation),
        new ChanceOutcome<>(STOP, 1 - continuation));
    Map<String, String> canonical = new LinkedHashMap<>();
    canonical.put("stage", stage.name());
    if (stage.name().equals("custom")) {
      canonical.put("payoffs", stage.payoffsText());
      canonical.put("actions", "[" + String.join(",", names) + "]");
    }
    canonical.put("labels", "[" + String.join(",", labels) + "]");
    if (repeated) {
      canonical.put("rounds", Integer.toString(rounds));
      canonical.put("continuation", Params.formatNumber(continuation));
      canonical.put("order", params.text("order"));
    }
    this.params = Params.bind("game " + type.id(), type.parameters(), canonical);
    this.spec = Spec.of(type.id(), canonical).toString();
    this.codec = new MatrixCodec(this);
    this.initial = MatrixState.initial(this);
  }

  private static List<Integer> range(int n) {
    Integer[] a = new Integer[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return List.of(a);
  }

  private static StageGame resolveStage(Params params) {
    String name = params.text("stage");
    if (!params.has("payoffs")) {
      if (name.equals("custom")) {
        throw new IllegalArgumentException("stage=custom needs payoffs=[[[row,column],...],...]");
      }
      if (params.has("actions")) {
        throw new IllegalArgumentException("parameter 'actions' names the actions of a custom game; "
            + "stage " + name + " has its own: " + StageGames.get(name).rowActions());
      }
      return StageGames.get(name);
    }
    if (!name.equals("custom") && !name.equals(STAGE.defaultValue())) {
      throw new IllegalArgumentException("payoffs= defines a custom game; drop stage=" + name
          + " or write stage=custom");
    }
    double[][][] cells = cells(params.numbers("payoffs"));
    int k = Math.max(cells.length, cells[0].length);
    List<String> actions;
    if (params.has("actions")) {
      actions = params.list("actions");
      if (actions.size() != k) {
        throw new IllegalArgumentException("parameter 'actions': " + actions.size() + " names for " + k
            + " actions");
      }
      checkDistinct("actions", actions);
    } else {
      List<String> a = new ArrayList<>();
      for (int i = 1; i <= k; i++) {
        a.add("a" + i);
      }
      actions = a;
    }
    return StageGame.ofCells("custom", "Custom matrix game", "", actions.subList(0, cells.length),
        actions.subList(0, cells[0].length), cells);
  }

  private static double[][][] cells(Object numbers) {
    String expected = "payoffs: expected [[[row,column],...],...] — one list per row action, each holding one"
        + " [row payoff, column payoff] pair per column action";
    if (!(numbers instanceof List<?> rows) || rows.isEmpty()) {
      throw new IllegalArgumentException(expected);
    }
    double[][][] cells = new double[rows.size()][][];
    int width = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (!(rows.get(i) instanceof List<?> row) || row.isEmpty()) {
        throw new IllegalArgumentException(expected + " (row " + (i + 1) + ")");
      }
      if (width >= 0 && row.size() != width) {
        throw new IllegalArgumentException("payoffs: row " + (i + 1) + " has " + row.size()
            + " cells, row 1 has " + width);
      }
      width = row.size();
      cells[i] = new double[width][];
      for (int j = 0; j < width; j++) {
        if (!(row.get(j) instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof Double)
            || !(pair.get(1) instanceof Double)) {
          throw new IllegalArgumentException(expected + " (cell " + (i + 1) + "," + (j + 1) + ")");
        }
        cells[i][j] = new double[] {(Double) pair.get(0), (Double) pair.get(1)};
      }
    }
    return cells;
  }

  private static List<String> resolveLabels(Params params, List<String> names) {
    List<String> labels;
    if (params.has("labels")) {
      labels = params.list("labels");
      if (labels.size() != names.size()) {
        throw new IllegalArgumentException("parameter 'labels': " + labels.size() + " labels for "
            + names.size() + " actions " + names);
      }
      checkDistinct("labels", labels);
      for (int i = 0; i < labels.size(); i++) {
        for (int j = 0; j < names.size(); j++) {
          if (i != j && labels.get(i).equalsIgnoreCase(names.get(j))) {
            throw new IllegalArgumentException("parameter 'labels': label " + labels.get(i)
                + " is the name of another action (" + names.get(j) + "); pick labels that cannot be confused");
          }
        }
      }
    } else {
      boolean neutral = names.size() == 2 && !names.get(0).equalsIgnoreCase("F")
          && !names.get(1).equalsIgnoreCase("J");
      labels = neutral ? List.of("J", "F") : names;
    }
    return labels;
  }

  private static void checkDistinct(String what, List<String> items) {
    Set<String> seen = new HashSet<>();
    for (String s : items) {
      if (!seen.add(s.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("parameter '" + what + "': '" + s + "' appears twice");
      }
      if (s.startsWith("order:") || s.equals("stop") || s.equals("continue")) {
        throw new IllegalArgumentException("parameter '" + what + "': '" + s + "' is reserved for chance moves");
      }
    }
  }

  @Override
  public GameType type() {
    return type;
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
  public GameState<Integer> newInitialState() {
    return initial;
  }

  @Override
  public Observation observe(GameState<Integer> state, int seat) {
    if (seat != 0 && seat != 1) {
      throw new IllegalArgumentException("seat must be 0 or 1, was " + seat);
    }
    return new MatrixObservation(this, (MatrixState) state, seat);
  }

  @Override
  public ActionCodec<Integer> codec() {
    return codec;
  }

  @Override
  public Optional<ActionIndex<Integer>> actionIndex() {
    return Optional.of(ActionIndex.integers(names.size()));
  }

  @Override
  public UtilityKind utility() {
    UtilityKind k = stage.utilityKind();
    if (k == UtilityKind.CONSTANT_SUM && continuation < 1) {
      return UtilityKind.GENERAL_SUM;
    }
    return k;
  }

  @Override
  public String rules() {
    return MatrixObservation.rules(this, 0, 0);
  }

  @Override
  public double minReturn() {
    double m = stage.minPayoff();
    return Math.min(m, m * rounds);
  }

  @Override
  public double maxReturn() {
    double m = stage.maxPayoff();
    return Math.max(m, m * rounds);
  }

  public StageGame stage() {
    return stage;
  }

  public int rounds() {
    return rounds;
  }

  public double continuation() {
    return continuation;
  }

  public boolean shuffled() {
    return shuffled;
  }

  public boolean repeated() {
    return type == REPEATED_TYPE;
  }

  /** Canonical action names, index = action. */
  public List<String> actionNames() {
    return names;
  }

  /** Neutral labels shown to players, index = action. */
  public List<String> labels() {
    return labels;
  }

  /** Number of actions of {@code seat}. */
  public int actionCount(int seat) {
    return seat == 0 ? stage.rows() : stage.columns();
  }

  List<Integer> legal(int seat) {
    return legal.get(seat);
  }

  List<ChanceOutcome<Integer>> orderOutcomes() {
    return orderOutcomes;
  }

  List<ChanceOutcome<Integer>> continueOutcomes() {
    return continueOutcomes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MatrixGame g && g.spec.equals(spec);
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
