package dev.parley.games.bargaining;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.Decision;
import dev.parley.core.agent.Feedback;
import dev.parley.core.agent.MatchContext;
import dev.parley.core.game.Observation;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A scripted buyer or seller: a {@link Tactic} plans the next offer between the agent's first
 * offer F (its best price) and its limit L (the least favourable price it agrees to); the agent
 * accepts when the other side's standing offer is at least as good as the offer it would make now
 * (Genius's AC_next), plus an optional margin; otherwise it offers the planned price. It talks
 * from its family's {@link Phrasebook}, seeded from {@link MatchContext#random()}. In free-text
 * mode the same decisions are written as messages (an offer names its price last; acceptance and
 * walking away name none).
 *
 * <p>F defaults to the seat's scripted opening price; L to the seller's reserve (else its cost)
 * or the buyer's value (else the seller's opening price). Between episodes of a campaign the
 * agent keeps its tuning and applies the structured adjustments of {@link Feedback} (see
 * {@link Negotiators} for the keys), so a campaign can coach it without any model.
 */
final class Negotiator implements Agent<BargainAction> {
  private final String spec;
  private final Tactic tactic;
  private final Phrasebook phrases;
  private final long firstOffer;
  private final long limit;
  private double firstShift;
  private double limitShift;
  private double acceptMargin;
  private SplittableRandom rng;

  /** How a negotiator plans its next offer; {@link #adjustSpeed} scales its concession speed. */
  interface Tactic {
    /** The offer (cents, may be fractional) at this turn, between {@code first} and {@code limit}. */
    double plan(BargainingObservation o, double first, double limit, SplittableRandom rng);

    /** True when it leaves now instead of moving. */
    default boolean walk(BargainingObservation o, SplittableRandom rng) {
      return false;
    }

    /** Speeds up ({@code s > 0}) or slows down ({@code s < 0}) concessions by the relative change s. */
    void adjustSpeed(double s);

    /** Probability of putting a bluff before an offer. */
    default double bluffProbability() {
      return 0;
    }
  }

  /**
   * @param firstOffer cents, or −1 for the seat's opening price
   * @param limit cents, or −1 for the default limit
   */
  Negotiator(String spec, Tactic tactic, Phrasebook phrases, long firstOffer, long limit, double acceptMargin) {
    this.spec = spec;
    this.tactic = tactic;
    this.phrases = phrases;
    this.firstOffer = firstOffer;
    this.limit = limit;
    this.acceptMargin = acceptMargin;
  }

  @Override
  public void begin(MatchContext context) {
    rng = context.random();
  }

  @Override
  public Decision<BargainAction> act(Observation observation, List<BargainAction> legalActions) {
    if (rng == null) {
      throw new IllegalStateException(spec + " asked to act before begin()");
    }
    if (!(observation instanceof BargainingObservation o) || !o.isNegotiator()) {
      return Decision.failed(spec + " negotiates as buyer or seller; it cannot sit in seat " + observation.seat(),
          null);
    }
    int seat = o.seat();
    double[] range = range(o);
    if (range == null) {
      return Decision.failed(spec + " as " + o.role() + ": first_offer " + Money.dollars(firstOffer(o))
          + " is on the wrong side of its limit " + Money.dollars(baseLimit(o)), null);
    }
    double f = range[0];
    double l = range[1];
    int sign = seat == BargainingGame.SELLER ? 1 : -1;
    long planned = clamp(Math.round(tactic.plan(o, f, l, rng)), f, l, o.game().maxPriceCents());
    long theirs = o.theirOfferCents();
    boolean withinLimit = sign * (theirs - l) >= -1e-9;
    if (withinLimit && sign * (theirs - planned) >= acceptMargin * Math.abs(f - l) - 1e-9) {
      String talk = phrases.accept(rng);
      return Decision.of(o.game().freeText() ? BargainAction.say(talk) : BargainAction.accept(talk));
    }
    if (tactic.walk(o, rng)) {
      String talk = phrases.walk(rng);
      return Decision.of(o.game().freeText() ? BargainAction.say(talk) : BargainAction.walk(talk));
    }
    String talk = phrases.offer(seat, o.game().item(), planned, rng);
    if (phrases.bluffs() && tactic.bluffProbability() > 0 && rng.nextDouble() < tactic.bluffProbability()) {
      long fake = Math.max(1, planned + sign * Math.round((0.1 + 0.4 * rng.nextDouble()) * Math.abs(f - l)));
      talk = phrases.bluff(seat, o.game().item(), fake, rng) + " " + talk;
    }
    return Decision.of(o.game().freeText() ? BargainAction.say(talk) : BargainAction.offer(planned, talk));
  }

  /** {F, L} in cents after the adjustments, or null when the parameters put F beyond L. */
  double[] range(BargainingObservation o) {
    double f0 = firstOffer(o);
    double l0 = baseLimit(o);
    int sign = o.seat() == BargainingGame.SELLER ? 1 : -1;
    double r = f0 - l0;
    if (sign * r < 0) {
      return null;
    }
    double lShift = Math.min(limitShift, 1 + firstShift - 0.05);
    double max = o.game().maxPriceCents();
    double f = Math.max(1, Math.min(max, f0 + firstShift * r));
    double l = Math.max(1, Math.min(max, l0 + lShift * r));
    return new double[] {f, l};
  }

  private long firstOffer(BargainingObservation o) {
    return firstOffer >= 0 ? firstOffer : o.game().openingCents(o.seat());
  }

  private long baseLimit(BargainingObservation o) {
    if (limit >= 0) {
      return limit;
    }
    if (o.seat() == BargainingGame.SELLER) {
      return o.reserveCents() >= 0 ? o.reserveCents() : o.costCents();
    }
    return o.valueCents() >= 0 ? o.valueCents() : o.game().sellerOpeningCents();
  }

  private static long clamp(long planned, double f, double l, long max) {
    double lo = Math.min(f, l);
    double hi = Math.max(f, l);
    long p = Math.max((long) Math.ceil(lo - 1e-9), Math.min((long) Math.floor(hi + 1e-9), planned));
    return Math.max(1, Math.min(max, p));
  }

  /**
   * Applies the structured adjustments of a critic (unknown keys are ignored):
   * {@code concession_speed} scales the tactic's concession speed by {@code 1 + s};
   * {@code first_offer} and {@code limit} move F and L by that fraction of the range F − L
   * (positive = more demanding); {@code accept_margin} adds to the share of the range by which
   * the other side's offer must beat the planned offer before it is accepted.
   */
  @Override
  public void receive(Feedback feedback) {
    Map<String, Double> a = feedback.adjustments();
    Double s = a.get(Negotiators.CONCESSION_SPEED);
    if (s != null && Double.isFinite(s)) {
      tactic.adjustSpeed(Math.max(-0.9, Math.min(2, s)));
    }
    Double first = a.get(Negotiators.FIRST_OFFER);
    if (first != null && Double.isFinite(first)) {
      firstShift = Math.max(-0.5, Math.min(1, firstShift + first));
    }
    Double lim = a.get(Negotiators.LIMIT);
    if (lim != null && Double.isFinite(lim)) {
      limitShift = Math.max(-0.5, Math.min(0.9, limitShift + lim));
    }
    Double m = a.get(Negotiators.ACCEPT_MARGIN);
    if (m != null && Double.isFinite(m)) {
      acceptMargin = Math.max(-0.25, Math.min(0.5, acceptMargin + m));
    }
  }

  Tactic tactic() {
    return tactic;
  }

  double acceptMargin() {
    return acceptMargin;
  }

  @Override
  public String toString() {
    return spec;
  }
}
