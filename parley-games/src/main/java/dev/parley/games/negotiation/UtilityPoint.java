package dev.parley.games.negotiation;

import java.util.Arrays;

/**
 * One point of utility space: party i's utility is {@link #get(int) get(i)}. Immutable; equal
 * when every coordinate is equal.
 */
public final class UtilityPoint {
  private final double[] u;

  private UtilityPoint(double[] u) {
    this.u = u;
  }

  /**
   * A point with the given utilities, one per party.
   *
   * @throws IllegalArgumentException when there are no utilities or one is not finite
   */
  public static UtilityPoint of(double... utilities) {
    if (utilities == null || utilities.length == 0) {
      throw new IllegalArgumentException("utilities must name at least one party, were "
          + Arrays.toString(utilities));
    }
    for (int i = 0; i < utilities.length; i++) {
      if (!Double.isFinite(utilities[i])) {
        throw new IllegalArgumentException("utility of party " + i + " must be finite, was " + utilities[i]);
      }
    }
    double[] copy = new double[utilities.length];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = utilities[i] + 0.0; // −0 becomes 0, so equal points are equal
    }
    return new UtilityPoint(copy);
  }

  /** Number of parties. */
  public int size() {
    return u.length;
  }

  /** Party {@code party}'s utility. */
  public double get(int party) {
    return u[party];
  }

  /** A fresh copy of the utilities. */
  public double[] toArray() {
    return u.clone();
  }

  /** Social welfare: the sum of the utilities. */
  public double welfare() {
    double s = 0;
    for (double x : u) {
      s += x;
    }
    return s;
  }

  /** Euclidean distance to {@code other} (same number of parties). */
  public double distance(UtilityPoint other) {
    requireSameSize(other);
    double s = 0;
    for (int i = 0; i < u.length; i++) {
      double d = u[i] - other.u[i];
      s += d * d;
    }
    return Math.sqrt(s);
  }

  /**
   * True when this point weakly dominates {@code other}: at least as good for every party and
   * strictly better for one.
   */
  public boolean dominates(UtilityPoint other) {
    requireSameSize(other);
    boolean strict = false;
    for (int i = 0; i < u.length; i++) {
      if (u[i] < other.u[i]) {
        return false;
      }
      strict |= u[i] > other.u[i];
    }
    return strict;
  }

  void requireSameSize(UtilityPoint other) {
    if (other.u.length != u.length) {
      throw new IllegalArgumentException("points of " + u.length + " and " + other.u.length + " parties");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UtilityPoint p && Arrays.equals(p.u, u);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(u);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < u.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(u[i]);
    }
    return sb.append(')').toString();
  }
}
