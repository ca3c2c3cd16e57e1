package dev.parley.games.negotiation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The outcomes of a negotiation as points of utility space, with each party's reservation value
 * (its utility when there is no agreement), and the standard outcome metrics over them (REFERENCE
 * §3.1; Genius and NegMAS definitions; worked vectors in §9.5). Any negotiation game can build one
 * from its agreements' utilities and ask how good one agreement (or the disagreement) was.
 *
 * <p>Notation: U is the set of outcome points, r the reservation vector, {@code max_i} and
 * {@code min_i} party i's best and worst utility over U ({@link #ideal()}, {@link #worst()}), and
 * {@code d_i = max(r_i, min_i)} the disagreement point that NegMAS uses for its Nash and Kalai
 * points ({@link #disagreement()}); d = r whenever every reservation value is at least the worst
 * outcome. A point is individually rational when {@code u_i ≥ d_i} for every i.
 *
 * <p>Solution points are sets: every frontier point that attains the optimum (within a relative
 * tolerance of 1e-12) is returned, in the order the outcomes were given, and distances to a
 * solution are distances to the nearest of its points. Immutable.
 */
public final class OutcomeSet {
  private static final double TIE = 1e-12;

  private final List<UtilityPoint> outcomes;
  private final UtilityPoint reservation;
  private final int parties;
  private final UtilityPoint ideal;
  private final UtilityPoint worst;
  private final UtilityPoint disagreement;
  private final List<UtilityPoint> frontier;

  private OutcomeSet(List<UtilityPoint> outcomes, UtilityPoint reservation) {
    this.outcomes = outcomes;
    this.reservation = reservation;
    this.parties = reservation.size();
    double[] hi = new double[parties];
    double[] lo = new double[parties];
    Arrays.fill(hi, Double.NEGATIVE_INFINITY);
    Arrays.fill(lo, Double.POSITIVE_INFINITY);
    for (UtilityPoint p : outcomes) {
      for (int i = 0; i < parties; i++) {
        hi[i] = Math.max(hi[i], p.get(i));
        lo[i] = Math.min(lo[i], p.get(i));
      }
    }
    double[] d = new double[parties];
    for (int i = 0; i < parties; i++) {
      d[i] = Math.max(reservation.get(i), lo[i]);
    }
    this.ideal = UtilityPoint.of(hi);
    this.worst = UtilityPoint.of(lo);
    this.disagreement = UtilityPoint.of(d);
    LinkedHashSet<UtilityPoint> front = new LinkedHashSet<>();
    for (UtilityPoint p : outcomes) {
      if (!dominatedInSet(p)) {
        front.add(p);
      }
    }
    this.frontier = List.copyOf(front);
  }

  /**
   * The outcome set {@code outcomes} with reservation values {@code reservation}.
   *
   * @throws IllegalArgumentException when there is no outcome or a point has another number of
   *     parties than the reservation vector
   */
  public static OutcomeSet of(List<UtilityPoint> outcomes, UtilityPoint reservation) {
    Objects.requireNonNull(outcomes, "outcomes");
    Objects.requireNonNull(reservation, "reservation");
    if (outcomes.isEmpty()) {
      throw new IllegalArgumentException("outcomes must not be empty");
    }
    for (int k = 0; k < outcomes.size(); k++) {
      UtilityPoint p = Objects.requireNonNull(outcomes.get(k), "outcome " + k);
      if (p.size() != reservation.size()) {
        throw new IllegalArgumentException("outcome " + k + " " + p + " has " + p.size()
            + " utilities; the reservation " + reservation + " has " + reservation.size());
      }
    }
    return new OutcomeSet(List.copyOf(outcomes), reservation);
  }

  /** The outcomes as given. */
  public List<UtilityPoint> outcomes() {
    return outcomes;
  }

  /** Each party's utility when there is no agreement. */
  public UtilityPoint reservation() {
    return reservation;
  }

  /** Number of parties. */
  public int parties() {
    return parties;
  }

  /** The ideal point: {@code max_i} for every party. */
  public UtilityPoint ideal() {
    return ideal;
  }

  /** Every party's worst outcome utility {@code min_i}. */
  public UtilityPoint worst() {
    return worst;
  }

  /** NegMAS's disagreement point {@code d_i = max(r_i, min_i)}. */
  public UtilityPoint disagreement() {
    return disagreement;
  }

  /**
   * The Pareto frontier: the distinct outcome points that no outcome weakly dominates (at least as
   * good for every party, strictly better for one), in the order given.
   */
  public List<UtilityPoint> paretoFrontier() {
    return frontier;
  }

  /** True when no outcome weakly dominates {@code point} (which need not be an outcome). */
  public boolean isParetoOptimal(UtilityPoint point) {
    requireParties(point);
    return !dominatedInSet(point);
  }

  /** Euclidean distance from {@code point} to the nearest frontier point (Genius "Dist. to Pareto"). */
  public double distanceToPareto(UtilityPoint point) {
    return distanceTo(frontier, point);
  }

  /**
   * Nash bargaining points: individually rational frontier points maximising
   * {@code Π_i (u_i − d_i)} (Nash 1950, with NegMAS's disagreement point). Empty when no frontier
   * point is individually rational.
   */
  public List<UtilityPoint> nashPoints() {
    return argmax(rationalFrontier(), p -> {
      double prod = 1;
      for (int i = 0; i < parties; i++) {
        prod *= p.get(i) - disagreement.get(i);
      }
      return prod;
    });
  }

  /**
   * Kalai (egalitarian) points as in NegMAS {@code kalai_points}: individually rational frontier
   * points maximising the smallest gain {@code min_i (u_i − d_i)}.
   */
  public List<UtilityPoint> kalaiPoints() {
    return argmax(rationalFrontier(), p -> {
      double m = Double.POSITIVE_INFINITY;
      for (int i = 0; i < parties; i++) {
        m = Math.min(m, p.get(i) - disagreement.get(i));
      }
      return m;
    });
  }

  /** NegMAS's "modified Kalai" points: frontier points maximising the smallest utility {@code min_i u_i}. */
  public List<UtilityPoint> modifiedKalaiPoints() {
    return argmax(frontier, p -> {
      double m = Double.POSITIVE_INFINITY;
      for (int i = 0; i < parties; i++) {
        m = Math.min(m, p.get(i));
      }
      return m;
    });
  }

  /**
   * Kalai–Smorodinsky points (Kalai and Smorodinsky 1975): individually rational frontier points
   * maximising the smallest relative gain toward the ideal point,
   * {@code min_i (u_i − d_i)/(max_i − d_i)}; a party with {@code max_i = d_i} can gain nothing and
   * is left out of the minimum.
   */
  public List<UtilityPoint> kalaiSmorodinskyPoints() {
    return argmax(rationalFrontier(), p -> {
      double m = Double.POSITIVE_INFINITY;
      for (int i = 0; i < parties; i++) {
        double range = ideal.get(i) - disagreement.get(i);
        if (range > 0) {
          m = Math.min(m, (p.get(i) - disagreement.get(i)) / range);
        }
      }
      return m == Double.POSITIVE_INFINITY ? 0 : m;
    });
  }

  /** Frontier points of greatest social welfare {@code Σ_i u_i}. */
  public List<UtilityPoint> maxWelfarePoints() {
    return argmax(frontier, UtilityPoint::welfare);
  }

  /** The greatest social welfare over the outcomes. */
  public double maxWelfare() {
    return maxWelfarePoints().get(0).welfare();
  }

  public double distanceToNash(UtilityPoint point) {
    return distanceTo(nashPoints(), point);
  }

  public double distanceToKalai(UtilityPoint point) {
    return distanceTo(kalaiPoints(), point);
  }

  public double distanceToModifiedKalai(UtilityPoint point) {
    return distanceTo(modifiedKalaiPoints(), point);
  }

  public double distanceToKalaiSmorodinsky(UtilityPoint point) {
    return distanceTo(kalaiSmorodinskyPoints(), point);
  }

  /** Social welfare of {@code point}: {@code Σ_i u_i}. */
  public double welfare(UtilityPoint point) {
    requireParties(point);
    return point.welfare();
  }

  /**
   * NegMAS's advantage of every party: {@code (u_i − r_i)/(max_i − r_i)}, the share of the gain
   * over its reservation value that the party could have had; 0 for a party with
   * {@code max_i ≤ r_i} (nothing to gain). NegMAS's default tournament score is its mean.
   */
  public double[] advantage(UtilityPoint point) {
    requireParties(point);
    double[] a = new double[parties];
    for (int i = 0; i < parties; i++) {
      double range = ideal.get(i) - reservation.get(i);
      a[i] = range <= 0 ? 0 : (point.get(i) - reservation.get(i)) / range;
    }
    return a;
  }

  /** NegMAS's normaliser of distances: {@code d_max = sqrt(Σ_i (max_i − min_i)²)}. */
  public double maxDistance() {
    return ideal.distance(worst);
  }

  /**
   * NegMAS-style optimality scores of {@code point} (REFERENCE §3.1): for the Pareto frontier and
   * the Nash, Kalai, modified-Kalai and Kalai–Smorodinsky points, {@code max(0, 1 − dist/d_max)};
   * max-welfare optimality {@code welfare / max welfare}; fairness the largest of the Nash, Kalai
   * and Kalai–Smorodinsky optimalities. A solution with no point (no individually rational
   * outcome) scores 0; when {@code d_max = 0} a score is 1 at distance 0 and 0 otherwise; when the
   * greatest welfare is not positive, max-welfare optimality is 1 if the point attains it, else 0.
   */
  public Optimality optimality(UtilityPoint point) {
    requireParties(point);
    double dMax = maxDistance();
    double pareto = score(distanceToPareto(point), dMax);
    double nash = score(distanceToNash(point), dMax);
    double kalai = score(distanceToKalai(point), dMax);
    double modified = score(distanceToModifiedKalai(point), dMax);
    double ks = score(distanceToKalaiSmorodinsky(point), dMax);
    double best = maxWelfare();
    double welfare = point.welfare();
    double maxWelfare = best > 0 ? welfare / best : (welfare >= best ? 1 : 0);
    return new Optimality(pareto, nash, kalai, modified, ks, maxWelfare, Math.max(nash, Math.max(kalai, ks)));
  }

  /**
   * The concession rate of one party's offer sequence (Baarslag, Hindriks and Jonker 2011):
   *
   * <pre>CR = clamp((max_p − min_t u_p(o_t)) / (max_p − u_p(fc)), 0, 1)</pre>
   *
   * where {@code o_1..o_T} are the party's own offers (points of utility space, any order), {@code
   * max_p} its best outcome utility, and {@code fc} the full-concession outcome: the outcome best
   * for the other parties together (greatest sum of their utilities; ties broken by the party's
   * own utility, highest first). 0 means the party never asked for less than its best outcome, 1
   * that it went down to (or below) what it would get by giving the others everything they could
   * want. A party that made no offer, or that has no room to concede ({@code max_p = u_p(fc)}),
   * scores 0.
   *
   * @param party the conceding party's index
   * @param offers the party's offers in utility space
   */
  public double concessionRate(int party, List<UtilityPoint> offers) {
    if (party < 0 || party >= parties) {
      throw new IllegalArgumentException("party must be in [0, " + (parties - 1) + "], was " + party);
    }
    if (offers.isEmpty()) {
      return 0;
    }
    double lowest = Double.POSITIVE_INFINITY;
    for (UtilityPoint o : offers) {
      requireParties(o);
      lowest = Math.min(lowest, o.get(party));
    }
    double best = ideal.get(party);
    double full = fullConcession(party).get(party);
    if (best <= full) {
      return 0;
    }
    return Math.max(0, Math.min(1, (best - lowest) / (best - full)));
  }

  /** The outcome best for everyone but {@code party} (ties: best for {@code party}). */
  public UtilityPoint fullConcession(int party) {
    UtilityPoint pick = null;
    double pickOthers = Double.NEGATIVE_INFINITY;
    for (UtilityPoint p : outcomes) {
      double others = p.welfare() - p.get(party);
      if (pick == null || others > pickOthers || others == pickOthers && p.get(party) > pick.get(party)) {
        pick = p;
        pickOthers = others;
      }
    }
    return pick;
  }

  private static double score(double distance, double dMax) {
    if (distance == Double.POSITIVE_INFINITY) {
      return 0;
    }
    if (dMax == 0) {
      return distance == 0 ? 1 : 0;
    }
    return Math.max(0, 1 - distance / dMax);
  }

  private double distanceTo(List<UtilityPoint> targets, UtilityPoint point) {
    requireParties(point);
    double best = Double.POSITIVE_INFINITY;
    for (UtilityPoint t : targets) {
      best = Math.min(best, t.distance(point));
    }
    return best;
  }

  private List<UtilityPoint> rationalFrontier() {
    List<UtilityPoint> r = new ArrayList<>();
    for (UtilityPoint p : frontier) {
      boolean ok = true;
      for (int i = 0; i < parties && ok; i++) {
        ok = p.get(i) >= disagreement.get(i);
      }
      if (ok) {
        r.add(p);
      }
    }
    return r;
  }

  private static List<UtilityPoint> argmax(List<UtilityPoint> candidates, ToDoubleFunction<UtilityPoint> f) {
    double best = Double.NEGATIVE_INFINITY;
    for (UtilityPoint p : candidates) {
      best = Math.max(best, f.applyAsDouble(p));
    }
    double tolerance = TIE * Math.max(1, Math.abs(best));
    List<UtilityPoint> r = new ArrayList<>();
    for (UtilityPoint p : candidates) {
      if (f.applyAsDouble(p) >= best - tolerance) {
        r.add(p);
      }
    }
    return List.copyOf(r);
  }

  private boolean dominatedInSet(UtilityPoint p) {
    for (UtilityPoint q : outcomes) {
      if (q.dominates(p)) {
        return true;
      }
    }
    return false;
  }

  private void requireParties(UtilityPoint point) {
    Objects.requireNonNull(point, "point");
    if (point.size() != parties) {
      throw new IllegalArgumentException("point " + point + " has " + point.size() + " utilities; this outcome"
          + " set has " + parties + " parties");
    }
  }

  @Override
  public String toString() {
    return "OutcomeSet{" + outcomes.size() + " outcomes, reservation " + reservation + ", frontier " + frontier + "}";
  }
}
