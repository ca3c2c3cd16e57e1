package dev.parley.games.dond;

import dev.parley.core.game.Observation;
import dev.parley.core.game.ParseResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one seat knows in Deal or No Deal: the item counts, its own values, every move so far
 * (moves are public), the turn limit and whether the deal is complete. Never the other seat's
 * values. Scripted agents and the {@link WorkflowAdvisor} read a game through this view, built
 * from a {@link DondObservation} or from any observation's JSON fields ({@link #from(Observation)}),
 * so that an agent holding only the fields (a model-driven agent, the UI) gets the same view.
 *
 * @param seat 0 (player A, moves first) or 1 (player B)
 * @param counts the item counts, null until dealt
 * @param ownValues this seat's values per item, null until dealt
 * @param history the players' moves in order
 * @param maxTurns the most player moves before the negotiation ends without agreement
 * @param dealt true once the counts and both value vectors are dealt
 */
public record DondView(int seat, ItemVector counts, ItemVector ownValues, List<Move> history, int maxTurns,
    boolean dealt) {

  /** One player move: who made it and what it was. */
  public record Move(int seat, DondAction action) {
    public Move {
      Objects.requireNonNull(action, "action");
      if (seat != 0 && seat != 1) {
        throw new IllegalArgumentException("seat must be 0 or 1, was " + seat);
      }
      if (!action.isPlayerMove()) {
        throw new IllegalArgumentException("a player move cannot be a chance move: " + action);
      }
    }
  }

  /** How the negotiation ended. */
  public enum Outcome {
    AGREEMENT("agreement"), ENDED("ended"), TURN_LIMIT("turn limit");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public DondView {
    if (seat != 0 && seat != 1) {
      throw new IllegalArgumentException("seat must be 0 or 1, was " + seat);
    }
    history = List.copyOf(history);
    if (maxTurns < 1) {
      throw new IllegalArgumentException("maxTurns must be ≥ 1, was " + maxTurns);
    }
  }

  /** The seat that moves after {@code moves} player moves: strict alternation from seat 0. */
  public static int mover(int moves) {
    return moves % 2;
  }

  /** How the negotiation ended, or null while it goes on. */
  public Outcome outcome() {
    return outcomeOf(history, maxTurns);
  }

  static Outcome outcomeOf(List<Move> history, int maxTurns) {
    if (!history.isEmpty()) {
      DondAction.Kind last = history.get(history.size() - 1).action().kind();
      if (last == DondAction.Kind.ACCEPT) {
        return Outcome.AGREEMENT;
      }
      if (last == DondAction.Kind.END) {
        return Outcome.ENDED;
      }
    }
    return history.size() >= maxTurns ? Outcome.TURN_LIMIT : null;
  }

  public boolean over() {
    return outcome() != null;
  }

  /** True when this seat is to move. */
  public boolean myTurn() {
    return dealt && !over() && mover(history.size()) == seat;
  }

  /** Player moves left before the turn limit (counting both players). */
  public int movesLeft() {
    return Math.max(0, maxTurns - history.size());
  }

  /**
   * What this seat would get by accepting the other seat's standing proposal, or null when the last
   * move is not a proposal by the other seat (or the game is over).
   */
  public ItemVector standingOffer() {
    return standingOfferOf(history, seat, counts, over());
  }

  static ItemVector standingOfferOf(List<Move> history, int seat, ItemVector counts, boolean over) {
    if (over || history.isEmpty() || counts == null) {
      return null;
    }
    Move last = history.get(history.size() - 1);
    if (last.seat() == seat || last.action().kind() != DondAction.Kind.PROPOSE) {
      return null;
    }
    return counts.minus(last.action().items());
  }

  /** What this seat received under the agreement, or null when there was none. */
  public ItemVector agreedShare() {
    return agreedShareOf(history, seat, counts);
  }

  static ItemVector agreedShareOf(List<Move> history, int seat, ItemVector counts) {
    int n = history.size();
    if (n < 2 || history.get(n - 1).action().kind() != DondAction.Kind.ACCEPT) {
      return null;
    }
    Move proposal = history.get(n - 2);
    ItemVector kept = proposal.action().items();
    return proposal.seat() == seat ? kept : counts.minus(kept);
  }

  /** This seat's value of {@code bundle}. */
  public int value(ItemVector bundle) {
    if (ownValues == null) {
      throw new IllegalStateException("seat " + seat + " has no values yet");
    }
    return bundle.dot(ownValues);
  }

  /** The JSON-safe fields of an observation with this view (see {@link DondObservation#fields()}). */
  Map<String, Object> toFields(String gameId) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("game", gameId);
    f.put("seat", seat);
    f.put("counts", counts == null ? null : counts.toMap());
    f.put("your_values", ownValues == null ? null : ownValues.toMap());
    f.put("pool_value", DondInstance.POOL_VALUE);
    List<Map<String, Object>> h = new ArrayList<>(history.size());
    for (Move m : history) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("player", m.seat());
      e.put("action", DondCodec.text(m.action()));
      h.add(e);
    }
    f.put("history", h);
    f.put("max_turns", maxTurns);
    f.put("moves_left", movesLeft());
    f.put("dealt", dealt);
    f.put("your_turn", myTurn());
    ItemVector offer = standingOffer();
    if (offer == null) {
      f.put("standing_offer", null);
    } else {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("you_get", offer.toMap());
      o.put("they_get", counts.minus(offer).toMap());
      o.put("your_score", ownValues == null ? null : value(offer));
      f.put("standing_offer", o);
    }
    Outcome out = outcome();
    f.put("over", out != null);
    f.put("outcome", out == null ? null : out.label());
    ItemVector share = agreedShare();
    f.put("your_share", share == null ? null : share.toMap());
    f.put("your_return", share == null || ownValues == null ? 0 : value(share));
    return f;
  }

  /**
   * The view of whoever sees {@code observation}: read directly from a {@link DondObservation},
   * else from its fields.
   *
   * @throws IllegalArgumentException when the fields are not those of a Deal or No Deal observation
   */
  public static DondView from(Observation observation) {
    if (observation instanceof DondObservation o) {
      return o.view();
    }
    DondView v = tryFrom(observation.fields());
    if (v == null) {
      throw new IllegalArgumentException("not a deal-or-no-deal observation: fields " + observation.fields().keySet());
    }
    return v;
  }

  /** The view described by observation fields, or null when they do not describe one. */
  public static DondView tryFrom(Map<String, Object> fields) {
    if (fields == null || !(fields.get("seat") instanceof Number seat) || !(fields.get("history") instanceof List<?> h)
        || !(fields.get("max_turns") instanceof Number maxTurns)) {
      return null;
    }
    try {
      ItemVector counts = vector("counts", fields.get("counts"));
      ItemVector values = vector("your_values", fields.get("your_values"));
      List<Move> moves = new ArrayList<>(h.size());
      DondCodec codec = new DondCodec();
      for (Object o : h) {
        if (!(o instanceof Map<?, ?> m) || !(m.get("player") instanceof Number p)
            || !(m.get("action") instanceof String a) || !(codec.parse(a) instanceof ParseResult.Ok<DondAction> ok)) {
          return null;
        }
        moves.add(new Move(p.intValue(), ok.action()));
      }
      boolean dealt = fields.get("dealt") instanceof Boolean b ? b : counts != null && values != null;
      return new DondView(seat.intValue(), counts, values, moves, maxTurns.intValue(), dealt);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static ItemVector vector(String what, Object o) {
    if (o == null) {
      return null;
    }
    if (!(o instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException(what + " is not a map of item numbers: " + o);
    }
    return ItemVector.of(what, List.of(num(m, "books"), num(m, "hats"), num(m, "balls")));
  }

  private static Object num(Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing " + key);
    }
    return v;
  }
}
