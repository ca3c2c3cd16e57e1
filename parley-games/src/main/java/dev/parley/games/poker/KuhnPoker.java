package dev.parley.games.poker;

import dev.parley.core.game.ChanceOutcome;
import dev.parley.core.game.GameState;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Kuhn poker (Kuhn 1950) with OpenSpiel's rules (REFERENCE §1.9): deck J &lt; Q &lt; K, ante 1 each,
 * one private card each; player 0 passes or bets 1; after a pass player 1 passes (showdown for 1)
 * or bets, then player 0 folds or calls; after a bet player 1 folds or calls. Terminal histories
 * pp, bp, bb, pbp, pbb; 12 information sets; game value −1/18 for player 0.
 *
 * <p>Actions are integers: {@link #PASS} and {@link #BET} (OpenSpiel's ids) for players, and
 * {@link #DEAL}{@code + c} for the chance player dealing card {@code c} (0 = J, 1 = Q, 2 = K), first
 * to player 0, then to player 1.
 */
public final class KuhnPoker extends PokerGame {
  public static final int PASS = 0;
  public static final int BET = 1;
  /** Chance action base: dealing card {@code c} is {@code DEAL + c}. */
  public static final int DEAL = PokerCodec.DEAL;
  /** Card names by card number. */
  public static final List<String> CARDS = List.of("J", "Q", "K");

  public static final GameType TYPE = GameType.builder("kuhn-poker")
      .description("Kuhn poker: three cards, one private card each, one betting round (OpenSpiel rules)")
      .dynamics(GameType.Dynamics.SEQUENTIAL)
      .chance(GameType.Chance.EXPLICIT)
      .information(GameType.Information.IMPERFECT)
      .utility(GameType.UtilityKind.ZERO_SUM)
      .rewardModel(GameType.RewardModel.TERMINAL)
      .players(2, 2)
      .parameters(List.of())
      .capabilities(GameType.Capability.TEXT_OBSERVATIONS, GameType.Capability.INFORMATION_STATE_KEYS,
          GameType.Capability.DENSE_ACTION_INDEX)
      .build();

  static final String RULES = "You are playing Kuhn poker against one opponent. The deck has three cards: J, Q"
      + " and K (K is highest). Each player puts 1 chip in the pot (the ante) and gets one private card; the"
      + " third card is not used. Player 0 acts first and may pass or bet 1 chip. If player 0 passes, player 1"
      + " may pass (showdown: the higher card wins the pot of 2) or bet 1 chip; after that bet player 0 must"
      + " pass (fold, losing the ante) or bet (call: showdown for a pot of 4). If player 0 bets, player 1 must"
      + " pass (fold) or bet (call: showdown for a pot of 4). Facing a bet, pass means fold and bet means call.\n";

  static final List<Integer> MOVES = List.of(PASS, BET);

  private final List<ChanceOutcome<Integer>> firstDeal;
  private final List<List<ChanceOutcome<Integer>>> secondDeal;
  private final KuhnState initial;

  KuhnPoker(Params params) {
    // returns lie in [-2, 2]: the ante and one bet
    super(TYPE, params, new PokerCodec(List.of("pass", "bet"), CARDS, Map.of(
        "check", new PokerCodec.Synonym(PASS, false),
        "fold", new PokerCodec.Synonym(PASS, true),
        "call", new PokerCodec.Synonym(BET, true))), RULES, MOVES.size(), 2, false, KuhnState.class);
    List<ChanceOutcome<Integer>> first = new ArrayList<>();
    List<List<ChanceOutcome<Integer>>> second = new ArrayList<>();
    for (int c = 0; c < CARDS.size(); c++) {
      first.add(new ChanceOutcome<>(DEAL + c, 1.0 / CARDS.size()));
      List<ChanceOutcome<Integer>> rest = new ArrayList<>();
      for (int d = 0; d < CARDS.size(); d++) {
        if (d != c) {
          rest.add(new ChanceOutcome<>(DEAL + d, 1.0 / (CARDS.size() - 1)));
        }
      }
      second.add(List.copyOf(rest));
    }
    this.firstDeal = List.copyOf(first);
    this.secondDeal = List.copyOf(second);
    this.initial = KuhnState.initial(this);
  }

  @Override
  public GameState<Integer> newInitialState() {
    return initial;
  }

  List<ChanceOutcome<Integer>> firstDeal() {
    return firstDeal;
  }

  List<ChanceOutcome<Integer>> secondDeal(int firstCard) {
    return secondDeal.get(firstCard);
  }

}
