package dev.parley.games.dond;

import dev.parley.core.game.ChanceOutcome;
import dev.parley.core.game.GameState;
import dev.parley.core.game.Turn;
import dev.parley.games.dond.DondView.Move;
import dev.parley.games.dond.DondView.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Immutable Deal or No Deal state: the instance as dealt so far (null parts not yet dealt) and the
 * players' moves. Seats alternate strictly from seat 0; the standing proposal is the last move when
 * it is a proposal. Terminal after an accept (agreement on the accepted proposal), an end, or
 * {@code max_turns} player moves.
 */
final class DondState implements GameState<DondAction> {
  private final DealOrNoDeal game;
  private final ItemVector counts;
  private final ItemVector valuesA;
  private final ItemVector valuesB;
  private final int chanceMoves;
  private final List<Move> moves;
  /** Cache of the mover's legal actions (an immutable list; a benign race may compute it twice). */
  private List<DondAction> legal;

  private DondState(DealOrNoDeal game, ItemVector counts, ItemVector valuesA, ItemVector valuesB, int chanceMoves,
      List<Move> moves) {
    this.game = game;
    this.counts = counts;
    this.valuesA = valuesA;
    this.valuesB = valuesB;
    this.chanceMoves = chanceMoves;
    this.moves = moves;
  }

  /** The first state: whatever the parameters fix is already in place; chance deals the rest. */
  static DondState initial(DealOrNoDeal game, ItemVector counts, ItemVector valuesA, ItemVector valuesB) {
    return new DondState(game, counts, valuesA, valuesB, 0, List.of());
  }

  private boolean dealt() {
    return valuesB != null;
  }

  ItemVector counts() {
    return counts;
  }

  ItemVector values(int seat) {
    return seat == 0 ? valuesA : valuesB;
  }

  List<Move> moves() {
    return moves;
  }

  /** The whole instance once dealt, else empty. */
  Optional<DondInstance> instance() {
    return dealt() ? Optional.of(new DondInstance(counts, valuesA, valuesB)) : Optional.empty();
  }

  Outcome outcome() {
    return DondView.outcomeOf(moves, game.maxTurns());
  }

  /** What seat 0 receives under the agreement, or null when there is none. */
  ItemVector agreement() {
    return DondView.agreedShareOf(moves, 0, counts);
  }

  /** What {@code seat} would get by accepting the standing proposal, or null when none stands for it. */
  ItemVector standingOfferFor(int seat) {
    return DondView.standingOfferOf(moves, seat, counts, outcome() != null);
  }

  private int mover() {
    return DondView.mover(moves.size());
  }

  @Override
  public Turn turn() {
    if (!dealt()) {
      return Turn.CHANCE;
    }
    return outcome() != null ? Turn.TERMINAL : Turn.single(mover());
  }

  @Override
  public List<DondAction> legalActions(int seat) {
    if (!dealt() || outcome() != null || seat != mover()) {
      return List.of();
    }
    List<DondAction> l = legal;
    if (l == null) {
      ItemVector offer = standingOfferFor(seat);
      List<DondAction> all = new ArrayList<>(game.proposals(counts).size() + 3);
      for (DondAction p : game.proposals(counts)) {
        if (!p.items().equals(offer)) { // keeping exactly the offer is written accept
          all.add(p);
        }
      }
      if (offer != null) {
        all.add(DondAction.ACCEPT);
        all.add(DondAction.REJECT);
      }
      all.add(DondAction.END);
      l = List.copyOf(all);
      legal = l;
    }
    return l;
  }

  @Override
  public Optional<String> check(int seat, DondAction action) {
    if (!dealt()) {
      return Optional.of("the items and values are being dealt; player " + seat + " cannot move now");
    }
    if (outcome() != null) {
      return Optional.of("the negotiation is over");
    }
    if (seat != mover()) {
      return Optional.of("it is player " + mover() + "'s turn, not player " + seat + "'s");
    }
    if (action == null) {
      return Optional.of("no action given");
    }
    ItemVector offer = standingOfferFor(seat);
    return switch (action.kind()) {
      case PROPOSE -> {
        ItemVector keep = action.items();
        for (int k = 0; k < ItemVector.TYPES; k++) {
          if (keep.get(k) > counts.get(k)) {
            yield Optional.of("you cannot keep " + keep.get(k) + " " + ItemVector.NAMES.get(k) + ": there "
                + (counts.get(k) == 1 ? "is only 1 " + ItemVector.SINGULAR.get(k)
                    : "are only " + counts.get(k) + " " + ItemVector.NAMES.get(k)));
          }
        }
        if (keep.equals(offer)) {
          yield Optional.of("that is exactly the other player's standing proposal (you would keep "
              + keep.describe() + "); to agree to it, answer accept");
        }
        yield Optional.empty();
      }
      case ACCEPT, REJECT -> offer == null
          ? Optional.of("there is no proposal from the other player to " + (action.kind() == DondAction.Kind.ACCEPT
              ? "accept" : "reject") + "; propose a split or end")
          : Optional.empty();
      case END -> Optional.empty();
      default -> Optional.of("'" + DondCodec.text(action) + "' is a move of the chance player");
    };
  }

  @Override
  public List<ChanceOutcome<DondAction>> chanceOutcomes() {
    if (counts == null) {
      return game.countOutcomes();
    }
    if (valuesA == null) {
      return game.firstValueOutcomes(counts);
    }
    return valuesB == null ? game.secondValueOutcomes(counts, valuesA) : List.of();
  }

  @Override
  public DondState apply(DondAction action) {
    if (!dealt()) {
      return deal(action);
    }
    Optional<String> problem = check(mover(), action);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    List<Move> next = new ArrayList<>(moves.size() + 1);
    next.addAll(moves);
    next.add(new Move(mover(), action));
    return new DondState(game, counts, valuesA, valuesB, chanceMoves, List.copyOf(next));
  }

  private DondState deal(DondAction action) {
    DondAction.Kind expected = counts == null ? DondAction.Kind.DEAL_COUNTS
        : valuesA == null ? DondAction.Kind.DEAL_VALUES_A : DondAction.Kind.DEAL_VALUES_B;
    if (action == null || action.kind() != expected) {
      throw new IllegalArgumentException("the dealer must play a " + expected.name().toLowerCase(Locale.ROOT)
          + " move now, got " + (action == null ? "no action" : "'" + DondCodec.text(action) + "'"));
    }
    ItemVector v = action.items();
    return switch (expected) {
      case DEAL_COUNTS -> {
        if (v.total() < 1 || DondGenerator.firstValues(v).isEmpty()) {
          throw new IllegalArgumentException("counts " + v + " admit no pair of value vectors worth 10");
        }
        yield new DondState(game, v, null, null, chanceMoves + 1, moves);
      }
      case DEAL_VALUES_A -> {
        DondInstance.requirePoolValue("values_a", counts, v);
        yield new DondState(game, counts, v, null, chanceMoves + 1, moves);
      }
      default -> {
        DondInstance.requirePoolValue("values_b", counts, v);
        yield new DondState(game, counts, valuesA, v, chanceMoves + 1, moves);
      }
    };
  }

  @Override
  public double[] returns() {
    ItemVector toFirst = agreement();
    if (toFirst == null) {
      return new double[] {0, 0};
    }
    return new double[] {toFirst.dot(valuesA), counts.minus(toFirst).dot(valuesB)};
  }

  @Override
  public int moveNumber() {
    return chanceMoves + moves.size();
  }

  /**
   * {@code p<seat>|<counts>|<own values>|<dealing|ready>|<moves>}: the counts and the seat's own
   * values ({@code -} until dealt), whether the deal is complete, and every move as
   * {@code seat:action}. The other seat's values never appear. Example:
   * {@code p1|1,1,3|1,0,3|ready|0:propose books=1 hats=0 balls=2;1:reject}.
   */
  @Override
  public String informationStateKey(int seat) {
    ItemVector own = values(seat);
    StringBuilder sb = new StringBuilder(48 + 32 * moves.size()).append('p').append(seat).append('|')
        .append(counts == null ? "-" : counts.csv()).append('|')
        .append(own == null ? "-" : own.csv()).append('|')
        .append(dealt() ? "ready" : "dealing").append('|');
    for (int i = 0; i < moves.size(); i++) {
      if (i > 0) {
        sb.append(';');
      }
      Move m = moves.get(i);
      sb.append(m.seat()).append(':').append(DondCodec.text(m.action()));
    }
    return sb.toString();
  }

  /** What {@code seat} knows here. */
  DondView view(int seat) {
    return new DondView(seat, counts, values(seat), moves, game.maxTurns(), dealt());
  }

  @Override
  public String toString() {
    return "DondState{counts " + (counts == null ? "-" : counts) + ", values_a " + (valuesA == null ? "-" : valuesA)
        + ", values_b " + (valuesB == null ? "-" : valuesB) + ", moves " + moves.size() + "}";
  }
}
