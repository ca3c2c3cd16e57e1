package dev.parley.games.poker;

import dev.parley.core.game.ChanceOutcome;
import dev.parley.core.game.GameState;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Leduc poker with OpenSpiel's rules ({@code leduc_poker}, two players; REFERENCE §1.9): six cards,
 * J, Q, K in two suits; ante 1 each; one private card each; two betting rounds, player 0 first in
 * each; raise size 2 in round 1 and 4 in round 2, at most 2 raises per round; fold only when facing
 * a bet; one public card after round 1; a private card that pairs the public card wins, otherwise
 * the higher private card; equal ranks split the pot. 936 information sets.
 *
 * <p>Actions are integers: {@link #FOLD}, {@link #CALL} (also a check), {@link #RAISE} (OpenSpiel's
 * ids) for players, and {@link #DEAL}{@code + c} for the chance player dealing card {@code c}
 * ({@code c / 2} is the rank J, Q, K; {@code c % 2} the suit s, h), to player 0, to player 1, then
 * face up.
 */
public final class LeducPoker extends PokerGame {
  public static final int FOLD = 0;
  public static final int CALL = 1;
  public static final int RAISE = 2;
  /** Chance action base: dealing card {@code c} is {@code DEAL + c}. */
  public static final int DEAL = PokerCodec.DEAL;
  /** Card names by card number; rank {@code c / 2}, suit {@code c % 2}. */
  public static final List<String> CARDS = List.of("Js", "Jh", "Qs", "Qh", "Ks", "Kh");
  /** Raise size in rounds 1 and 2. */
  static final int[] RAISE_SIZE = {2, 4};
  static final int MAX_RAISES = 2;

  public static final GameType TYPE = GameType.builder("leduc-poker")
      .description("Leduc poker: six cards, private and public card, two betting rounds (OpenSpiel rules)")
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

  static final String RULES = "You are playing Leduc poker against one opponent. The deck has six cards: J, Q"
      + " and K in two suits (s, h); K is highest. Each player puts 1 chip in the pot (the ante) and gets one"
      + " private card. There are two betting rounds; player 0 acts first in each. In a round you may call"
      + " (match the opponent's chips; with nothing to match, call is a check), raise (call, then add 2 chips"
      + " in round 1 or 4 chips in round 2; at most 2 raises per round), or fold when facing a raise (you lose"
      + " the chips you put in). A round ends when both players have checked or a raise has been called."
      + " After round 1 one public card is turned face up. At the showdown a private card of the same rank as"
      + " the public card (a pair) wins; otherwise the higher private card wins; equal ranks split the pot.\n";

  static final List<Integer> CALL_RAISE = List.of(CALL, RAISE);
  static final List<Integer> FOLD_CALL_RAISE = List.of(FOLD, CALL, RAISE);
  static final List<Integer> FOLD_CALL = List.of(FOLD, CALL);
  static final List<Integer> CALL_ONLY = List.of(CALL);

  /** Chance outcomes by the bit mask of cards already dealt. */
  private final List<List<ChanceOutcome<Integer>>> deals;
  private final LeducState initial;

  LeducPoker(Params params) {
    // ante 1, two raises of 2 and two raises of 4: at most 13 chips change hands (OpenSpiel)
    super(TYPE, params, new PokerCodec(List.of("fold", "call", "raise"), CARDS, Map.of(
        "check", new PokerCodec.Synonym(CALL, false),
        "bet", new PokerCodec.Synonym(RAISE, null))), RULES, FOLD_CALL_RAISE.size(), 13, true, LeducState.class);
    List<List<ChanceOutcome<Integer>>> byMask = new ArrayList<>();
    for (int mask = 0; mask < 1 << CARDS.size(); mask++) {
      int left = CARDS.size() - Integer.bitCount(mask);
      List<ChanceOutcome<Integer>> outcomes = new ArrayList<>();
      for (int c = 0; c < CARDS.size(); c++) {
        if ((mask & (1 << c)) == 0) {
          outcomes.add(new ChanceOutcome<>(DEAL + c, 1.0 / left));
        }
      }
      byMask.add(List.copyOf(outcomes));
    }
    this.deals = List.copyOf(byMask);
    this.initial = LeducState.initial(this);
  }

  @Override
  public GameState<Integer> newInitialState() {
    return initial;
  }

  List<ChanceOutcome<Integer>> deals(int dealtMask) {
    return deals.get(dealtMask);
  }

}
