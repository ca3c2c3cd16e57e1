package dev.parley.games.bargaining;

import java.util.List;
import java.util.SplittableRandom;

/** The offer-planning rules of the scripted negotiators. Prices are in cents; F = first offer, L = limit. */
final class Tactics {
  private Tactics() {}

  /**
   * Genius's time-dependent tactic (REFERENCE §2.2): the planned offer at relative time t is
   * {@code L + (F − L)·(1 − f(t))} with {@code f(t) = k + (1 − k)·t^(1/e)}, t from
   * {@link BargainingObservation#time()}.
   */
  static final class TimeDependent implements Negotiator.Tactic {
    private ConcessionCurve curve;

    TimeDependent(double e, double k) {
      this.curve = new ConcessionCurve(e, k);
    }

    double e() {
      return curve.e();
    }

    @Override
    public double plan(BargainingObservation o, double first, double limit, SplittableRandom rng) {
      return curve.target(limit, first, o.time());
    }

    /** {@code e ← e·(1 + s)}, at most 50; a hardliner (e = 0) told to speed up gets e = s. */
    @Override
    public void adjustSpeed(double s) {
      double e = curve.e();
      curve = new ConcessionCurve(e == 0 ? Math.max(0, s) : Math.min(50, Math.max(0, e * (1 + s))), curve.k());
    }
  }

  /**
   * Tit-for-tat concession: the first message after the opening offers F; after that it concedes
   * {@code reciprocity} times what the other side conceded between its last two offers, plus
   * {@code kindness} times the range |F − L| (so two tit-for-tat agents still move), never past L.
   */
  static final class TitForTat implements Negotiator.Tactic {
    private double reciprocity;
    private double kindness;

    TitForTat(double reciprocity, double kindness) {
      this.reciprocity = reciprocity;
      this.kindness = kindness;
    }

    @Override
    public double plan(BargainingObservation o, double first, double limit, SplittableRandom rng) {
      if (o.messagesSent() == 0) {
        return first;
      }
      int sign = o.seat() == BargainingGame.SELLER ? 1 : -1;
      List<Long> theirs = o.offersBy(1 - o.seat());
      int n = theirs.size();
      double conceded = n >= 2 ? sign * (theirs.get(n - 1) - theirs.get(n - 2)) : 0;
      double step = Math.max(0, reciprocity * conceded) + kindness * Math.abs(first - limit);
      double next = o.myOfferCents() - sign * step;
      return sign > 0 ? Math.max(limit, next) : Math.min(limit, next);
    }

    /** Scales reciprocity and kindness by {@code 1 + s}. */
    @Override
    public void adjustSpeed(double s) {
      reciprocity = Math.min(10, reciprocity * (1 + s));
      kindness = Math.min(1, kindness * (1 + s));
    }
  }

  /**
   * Random bluffer: the first message after the opening offers F; after that each offer concedes a
   * uniformly random share in [0, 2·step] (capped at 1) of the gap between its standing offer and
   * L. Before an offer it tells a made-up story about a better price elsewhere with probability
   * {@code bluff}; from its second message on it walks away with probability {@code walk}.
   */
  static final class Bluffer implements Negotiator.Tactic {
    private double step;
    private final double bluff;
    private final double walk;

    Bluffer(double step, double bluff, double walk) {
      this.step = step;
      this.bluff = bluff;
      this.walk = walk;
    }

    @Override
    public double plan(BargainingObservation o, double first, double limit, SplittableRandom rng) {
      if (o.messagesSent() == 0) {
        return first;
      }
      double mine = o.myOfferCents();
      double share = Math.min(1, rng.nextDouble() * 2 * step);
      return mine - share * (mine - limit);
    }

    @Override
    public boolean walk(BargainingObservation o, SplittableRandom rng) {
      return walk > 0 && o.messagesSent() > 0 && rng.nextDouble() < walk;
    }

    @Override
    public double bluffProbability() {
      return bluff;
    }

    /** Scales the mean step by {@code 1 + s} (at most 1). */
    @Override
    public void adjustSpeed(double s) {
      step = Math.min(1, step * (1 + s));
    }
  }
}
