package dev.parley.games.bargaining;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.agent.AgentProvider;
import dev.parley.core.agent.AgentType;
import dev.parley.core.game.Game;
import dev.parley.core.game.ParamSpec;
import dev.parley.core.game.ParamType;
import dev.parley.core.game.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Scripted agents of the bargaining game:
 *
 * <ul>
 *   <li>{@code boulware}, {@code linear}, {@code conceder}, {@code hardliner}: Genius's
 *       time-dependent negotiator (REFERENCE §2.2) with e = 0.2, 1, 2 and 0 by default; any of
 *       them takes {@code e} and {@code k};
 *   <li>{@code tit-for-tat}: concedes as much as the other side just conceded
 *       ({@code reciprocity}), plus a little ({@code kindness});
 *   <li>{@code bluffer}: random concessions ({@code step}), made-up outside offers
 *       ({@code bluff}), optional random walk-aways ({@code walk});
 *   <li>{@code regex-moderator}: the keyword moderator of free-text mode.
 * </ul>
 *
 * <p>Every negotiator also takes {@code first_offer} and {@code limit} in dollars (default: its
 * opening price, and the seller's reserve or cost / the buyer's value or the seller's opening)
 * and {@code accept_margin}. Between campaign episodes they act on these keys of
 * {@link dev.parley.core.agent.Feedback#adjustments()}, all unitless, none a price:
 * {@value #CONCESSION_SPEED} (relative change of concession speed: e, reciprocity and kindness,
 * or step are multiplied by 1 + value), {@value #FIRST_OFFER} and {@value #LIMIT} (move the first
 * offer / the limit by that fraction of the range between them; positive = more demanding), and
 * {@value #ACCEPT_MARGIN} (added to the share of the range by which an offer must beat the
 * agent's own planned offer before it accepts).
 */
public final class Negotiators implements AgentProvider {
  /** Adjustment key: relative change of concession speed (negative = concede more slowly). */
  public static final String CONCESSION_SPEED = "concession_speed";
  /** Adjustment key: shift of the first offer as a fraction of the range (positive = more ambitious). */
  public static final String FIRST_OFFER = "first_offer";
  /** Adjustment key: shift of the limit as a fraction of the range (positive = hold out for more). */
  public static final String LIMIT = "limit";
  /** Adjustment key: change of the acceptance margin, a fraction of the range (positive = pickier). */
  public static final String ACCEPT_MARGIN = "accept_margin";

  static final ParamSpec FIRST = new ParamSpec("first_offer", ParamType.DOUBLE, null, 0.01, 1e9, List.of(),
      "first offer after the opening, in dollars (default: the seat's opening price)");
  static final ParamSpec LIMIT_P = new ParamSpec("limit", ParamType.DOUBLE, null, 0.01, 1e9, List.of(),
      "least favourable price it agrees to, in dollars (default: seller reserve or cost; buyer value or the "
          + "seller's opening price)");
  static final ParamSpec MARGIN = ParamSpec.real("accept_margin", 0, -0.25, 0.5,
      "share of the range by which the other side's offer must beat its own planned offer before it accepts");
  static final ParamSpec K = ParamSpec.real("k", 0, 0, 1, "share of the range conceded at once (Genius k)");

  @Override
  public List<AgentType> agentTypes() {
    List<AgentType> t = new ArrayList<>();
    t.add(timeDependent("boulware", ConcessionCurve.BOULWARE, Phrasebook.BOULWARE,
        "Genius Boulware: time-dependent concession with e = 0.2, concedes late"));
    t.add(timeDependent("linear", ConcessionCurve.LINEAR, Phrasebook.LINEAR,
        "time-dependent concession with e = 1, concedes at a steady pace"));
    t.add(timeDependent("conceder", ConcessionCurve.CONCEDER, Phrasebook.CONCEDER,
        "Genius Conceder: time-dependent concession with e = 2, concedes early"));
    t.add(timeDependent("hardliner", ConcessionCurve.HARDLINER, Phrasebook.HARDLINER,
        "hardliner: time-dependent with e = 0, always offers its first offer"));
    t.add(new Type("tit-for-tat", "tit-for-tat concession: mirrors the other side's last concession",
        List.of(ParamSpec.real("reciprocity", 1, 0, 10, "share of the other side's last concession it returns"),
            ParamSpec.real("kindness", 0.05, 0, 1, "extra concession each turn, as a share of its range"),
            FIRST, LIMIT_P, MARGIN),
        Phrasebook.TIT_FOR_TAT, p -> new Tactics.TitForTat(p.real("reciprocity"), p.real("kindness"))));
    t.add(new Type("bluffer", "random bluffer: random concessions and made-up outside offers",
        List.of(ParamSpec.real("step", 0.3, 0, 1, "mean share of the gap to its limit conceded each turn"),
            ParamSpec.real("bluff", 0.5, 0, 1, "probability of a made-up outside offer before an offer"),
            ParamSpec.real("walk", 0, 0, 1, "probability of walking away at each message after its first"),
            FIRST, LIMIT_P, MARGIN),
        Phrasebook.BLUFFER, p -> new Tactics.Bluffer(p.real("step"), p.real("bluff"), p.real("walk"))));
    t.add(new ModeratorType());
    return t;
  }

  private static Type timeDependent(String name, double e, Phrasebook phrases, String description) {
    return new Type(name, description,
        List.of(ParamSpec.real("e", e, 0, 50, "concession exponent: < 1 Boulware, 1 linear, > 1 conceder, 0 hardliner"),
            K, FIRST, LIMIT_P, MARGIN),
        phrases, p -> new Tactics.TimeDependent(p.real("e"), p.real("k")));
  }

  private static Optional<String> bargaining(Game<?> game) {
    return game instanceof BargainingGame ? Optional.empty()
        : Optional.of("it plays bargaining, not " + game.type().id());
  }

  private record Type(String name, String description, List<ParamSpec> parameters, Phrasebook phrases,
      Function<Params, Negotiator.Tactic> tactic) implements AgentType {

    @Override
    public Optional<String> incompatibility(Game<?> game) {
      return bargaining(game);
    }

    /** Checks that prices are whole cents before any run starts. */
    @Override
    public Params normalize(Params params) {
      cents(params, "first_offer");
      cents(params, "limit");
      return params;
    }

    private long cents(Params params, String name) {
      return params.has(name) ? Money.centsOf("agent " + name(), name, params.real(name)) : -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> Agent<A> create(Params params, Game<A> game, AgentEnvironment environment) {
      long first = cents(params, "first_offer");
      long limit = cents(params, "limit");
      return (Agent<A>) new Negotiator(params.toSpec(name).toString(), tactic.apply(params), phrases, first, limit,
          params.real("accept_margin"));
    }
  }

  private static final class ModeratorType implements AgentType {
    @Override
    public String name() {
      return "regex-moderator";
    }

    @Override
    public String description() {
      return "keyword moderator of free-text bargaining: judges the last message for agreement or leaving";
    }

    @Override
    public List<ParamSpec> parameters() {
      return List.of();
    }

    @Override
    public Optional<String> incompatibility(Game<?> game) {
      if (game instanceof BargainingGame b && !b.freeText()) {
        return Optional.of("it moderates bargaining in mode=free-text; this game is structured and has no moderator");
      }
      return bargaining(game);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> Agent<A> create(Params params, Game<A> game, AgentEnvironment environment) {
      return (Agent<A>) new RegexModerator();
    }
  }
}
