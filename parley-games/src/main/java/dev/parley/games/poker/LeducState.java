package dev.parley.games.poker;

import dev.parley.core.game.ChanceOutcome;
import dev.parley.core.game.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Immutable Leduc poker state, following OpenSpiel's {@code LeducState}: cards (−1 until dealt),
 * the betting round, each round's moves (two bits per move), each seat's chips in the pot, the
 * current bet level, and the raises and calls of the current round.
 */
final class LeducState implements PokerState {
  private static final char[] LETTERS = {'f', 'c', 'r'};

  private final LeducPoker game;
  private final int priv0;
  private final int priv1;
  private final int pub;
  private final int round;
  private final int seq1;
  private final int len1;
  private final int seq2;
  private final int len2;
  private final int stake0;
  private final int stake1;
  private final int level;
  private final int raises;
  private final int calls;
  private final int folded;
  /** Seat to act in a betting round; −1 while the dealer deals and when the hand is over. */
  private final int cur;
  private final boolean over;

  private LeducState(LeducPoker game, int priv0, int priv1, int pub, int round, int seq1, int len1, int seq2,
      int len2, int stake0, int stake1, int level, int raises, int calls, int folded, int cur) {
    this.game = game;
    this.priv0 = priv0;
    this.priv1 = priv1;
    this.pub = pub;
    this.round = round;
    this.seq1 = seq1;
    this.len1 = len1;
    this.seq2 = seq2;
    this.len2 = len2;
    this.stake0 = stake0;
    this.stake1 = stake1;
    this.level = level;
    this.raises = raises;
    this.calls = calls;
    this.folded = folded;
    this.cur = cur;
    this.over = folded >= 0 || round == 2 && roundComplete(raises, calls);
  }

  static LeducState initial(LeducPoker game) {
    return new LeducState(game, -1, -1, -1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 0, -1, -1);
  }

  /** OpenSpiel's ReadyForNextRound for two players still in. */
  private static boolean roundComplete(int raises, int calls) {
    return raises == 0 && calls == 2 || raises > 0 && calls == 1;
  }

  private boolean chance() {
    return !over && cur < 0;
  }

  private int stake(int seat) {
    return seat == 0 ? stake0 : stake1;
  }

  private int priv(int seat) {
    return seat == 0 ? priv0 : priv1;
  }

  private int dealtMask() {
    return bit(priv0) | bit(priv1) | bit(pub);
  }

  /** The mask bit of a dealt card; 0 for a card not yet dealt (−1). */
  private static int bit(int card) {
    return card < 0 ? 0 : 1 << card;
  }

  @Override
  public Turn turn() {
    if (over) {
      return Turn.TERMINAL;
    }
    return cur < 0 ? Turn.CHANCE : Turn.single(cur);
  }

  @Override
  public boolean facingBet(int seat) {
    return !over && seat == cur && level > stake(seat);
  }

  @Override
  public List<Integer> legalActions(int seat) {
    if (over || seat != cur) {
      return List.of();
    }
    boolean fold = level > stake(seat);
    boolean raise = raises < LeducPoker.MAX_RAISES;
    if (fold) {
      return raise ? LeducPoker.FOLD_CALL_RAISE : LeducPoker.FOLD_CALL;
    }
    return raise ? LeducPoker.CALL_RAISE : LeducPoker.CALL_ONLY;
  }

  @Override
  public Optional<String> check(int seat, Integer action) {
    if (over) {
      return Optional.of("the hand is over");
    }
    if (cur < 0) {
      return Optional.of("the dealer is dealing; player " + seat + " cannot move now");
    }
    if (seat != cur) {
      return Optional.of("it is player " + cur + "'s turn, not player " + seat + "'s");
    }
    if (action == null) {
      return Optional.of("no action given");
    }
    int a = action;
    if (a == LeducPoker.FOLD && level <= stake(seat)) {
      return Optional.of("fold is allowed only when facing a raise; call (check) instead");
    }
    if (a == LeducPoker.RAISE && raises >= LeducPoker.MAX_RAISES) {
      return Optional.of("at most " + LeducPoker.MAX_RAISES + " raises per round; call or fold");
    }
    if (a != LeducPoker.FOLD && a != LeducPoker.CALL && a != LeducPoker.RAISE) {
      return Optional.of("action " + action + " is not a move of player " + seat + "; legal: "
          + legalWords(seat));
    }
    return Optional.empty();
  }

  private String legalWords(int seat) {
    List<String> words = new ArrayList<>();
    for (int a : legalActions(seat)) {
      words.add(game.codec().encode(a));
    }
    return String.join(", ", words);
  }

  @Override
  public List<ChanceOutcome<Integer>> chanceOutcomes() {
    return chance() ? game.deals(dealtMask()) : List.of();
  }

  @Override
  public LeducState apply(Integer action) {
    if (chance()) {
      int c = action == null ? -1 : action - LeducPoker.DEAL;
      if (c < 0 || c >= LeducPoker.CARDS.size() || (dealtMask() & (1 << c)) != 0) {
        throw new IllegalArgumentException("the dealer must deal a card still in the deck, got "
            + (action == null ? "no action" : "action " + action));
      }
      if (priv0 < 0) {
        return new LeducState(game, c, -1, -1, round, seq1, len1, seq2, len2, stake0, stake1, level, raises, calls,
            folded, -1);
      }
      if (priv1 < 0) {
        return new LeducState(game, priv0, c, -1, round, seq1, len1, seq2, len2, stake0, stake1, level, raises, calls,
            folded, 0);
      }
      return new LeducState(game, priv0, priv1, c, round, seq1, len1, seq2, len2, stake0, stake1, level, raises,
          calls, folded, 0);
    }
    Optional<String> problem = check(cur, action);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    int a = action;
    int s1 = seq1;
    int l1 = len1;
    int s2 = seq2;
    int l2 = len2;
    if (round == 1) {
      s1 |= a << (2 * l1++);
    } else {
      s2 |= a << (2 * l2++);
    }
    int st0 = stake0;
    int st1 = stake1;
    if (a == LeducPoker.FOLD) {
      return new LeducState(game, priv0, priv1, pub, round, s1, l1, s2, l2, st0, st1, level, raises, calls, cur, -1);
    }
    if (a == LeducPoker.CALL) {
      if (cur == 0) {
        st0 = level;
      } else {
        st1 = level;
      }
      int c = calls + 1;
      if (!roundComplete(raises, c)) {
        return new LeducState(game, priv0, priv1, pub, round, s1, l1, s2, l2, st0, st1, level, raises, c, -1, 1 - cur);
      }
      if (round == 1) {
        return new LeducState(game, priv0, priv1, pub, 2, s1, l1, s2, l2, st0, st1, level, 0, 0, -1, -1);
      }
      return new LeducState(game, priv0, priv1, pub, round, s1, l1, s2, l2, st0, st1, level, raises, c, -1, -1);
    }
    int lv = level + LeducPoker.RAISE_SIZE[round - 1];
    if (cur == 0) {
      st0 = lv;
    } else {
      st1 = lv;
    }
    return new LeducState(game, priv0, priv1, pub, round, s1, l1, s2, l2, st0, st1, lv, raises + 1, 0, -1, 1 - cur);
  }

  @Override
  public double[] returns() {
    double r = returns0();
    return new double[] {r, r == 0 ? 0 : -r};
  }

  @Override
  public double returns(int seat) {
    double r = returns0();
    return seat == 0 || r == 0 ? r : -r;
  }

  /** Player 0's return: the loser's chips go to the winner; a tie splits the pot (0 each). */
  private double returns0() {
    if (!over) {
      return 0;
    }
    if (folded >= 0) {
      return folded == 0 ? -stake0 : stake1;
    }
    int h0 = handRank(priv0);
    int h1 = handRank(priv1);
    return h0 > h1 ? stake1 : h0 < h1 ? -stake0 : 0;
  }

  /** A pair with the public card beats any single card; single cards compare by rank. */
  private int handRank(int card) {
    int rank = card / 2;
    return rank == pub / 2 ? 10 + rank : rank;
  }

  private boolean showdown() {
    return over && folded < 0;
  }

  @Override
  public int moveNumber() {
    return (priv0 >= 0 ? 1 : 0) + (priv1 >= 0 ? 1 : 0) + (pub >= 0 ? 1 : 0) + len1 + len2;
  }

  /**
   * {@code p<seat>|<cards>|<round 1 moves>} and, once the public card is up,
   * {@code |<public card>|<round 2 moves>}: private cards in deal order, the seat's own by name and
   * the other as {@code ??} until a showdown shows it; moves as {@code f}/{@code c}/{@code r}.
   * Example: {@code p0|Qs??|rc|Kh|c}.
   */
  @Override
  public String informationStateKey(int seat) {
    StringBuilder sb = new StringBuilder(20).append('p').append(seat).append('|');
    boolean shown = showdown();
    for (int s = 0; s < 2; s++) {
      int c = priv(s);
      if (c >= 0) {
        sb.append(s == seat || shown ? LeducPoker.CARDS.get(c) : "??");
      }
    }
    sb.append('|');
    appendMoves(sb, seq1, len1);
    if (pub >= 0) {
      sb.append('|').append(LeducPoker.CARDS.get(pub)).append('|');
      appendMoves(sb, seq2, len2);
    }
    return sb.toString();
  }

  private static void appendMoves(StringBuilder sb, int seq, int len) {
    for (int i = 0; i < len; i++) {
      sb.append(LETTERS[(seq >>> (2 * i)) & 3]);
    }
  }

  @Override
  public TableView view(int seat) {
    List<Bet> bets = new ArrayList<>();
    int[] stakes = {1, 1};
    int lv = 1;
    for (int r = 1; r <= 2; r++) {
      int seq = r == 1 ? seq1 : seq2;
      int len = r == 1 ? len1 : len2;
      for (int i = 0; i < len; i++) {
        int mover = i % 2;
        int a = (seq >>> (2 * i)) & 3;
        if (a == LeducPoker.FOLD) {
          bets.add(new Bet(r, mover, "fold", "folded"));
        } else if (a == LeducPoker.CALL) {
          int amount = lv - stakes[mover];
          stakes[mover] = lv;
          bets.add(new Bet(r, mover, "call", amount == 0 ? "checked" : "called " + chips(amount)));
        } else {
          int size = LeducPoker.RAISE_SIZE[r - 1];
          lv += size;
          stakes[mover] = lv;
          bets.add(new Bet(r, mover, "raise", "raised by " + size));
        }
      }
    }
    List<String> legal = new ArrayList<>();
    for (int a : legalActions(seat)) {
      legal.add(game.codec().encode(a));
    }
    int own = priv(seat);
    return new TableView(seat,
        own >= 0 ? LeducPoker.CARDS.get(own) : null,
        pub >= 0 ? LeducPoker.CARDS.get(pub) : null,
        showdown() ? LeducPoker.CARDS.get(priv(1 - seat)) : null,
        round,
        bets,
        stake0 + stake1,
        stake(seat),
        stake(1 - seat),
        over ? -1 : cur,
        legal,
        over ? (folded >= 0 ? "fold" : "showdown") : null,
        returns(seat));
  }

  private static String chips(int n) {
    return n + (n == 1 ? " chip" : " chips");
  }

  @Override
  public String toString() {
    StringBuilder moves = new StringBuilder();
    appendMoves(moves, seq1, len1);
    moves.append('/');
    appendMoves(moves, seq2, len2);
    return "LeducState{cards " + name(priv0) + " " + name(priv1) + ", public " + name(pub) + ", round " + round
        + ", moves " + moves + ", pot " + stake0 + "+" + stake1 + (over ? ", over" : "") + "}";
  }

  private static String name(int card) {
    return card < 0 ? "-" : LeducPoker.CARDS.get(card);
  }
}
