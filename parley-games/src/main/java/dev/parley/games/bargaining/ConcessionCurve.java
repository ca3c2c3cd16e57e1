package dev.parley.games.bargaining;

/**
 * The time-dependent concession curve of Genius's {@code TimeDependentAgent} (Faratin, Sierra and
 * Jennings 1998; REFERENCE §2.2): at relative time {@code t ∈ [0, 1]} the target utility is
 *
 * <pre>  p(t) = P_min + (P_max − P_min)·(1 − f(t)),   f(t) = k + (1 − k)·t^(1/e)</pre>
 *
 * <p>e &lt; 1 concedes late (Boulware, e = 0.2), e = 1 linearly, e &gt; 1 early (Conceder, e = 2);
 * e = 0 never concedes (hardliner: {@code f(t) = k} for every t, as Genius treats it). k is the
 * share of the range conceded at once (Genius default 0).
 *
 * @param e the concession exponent, ≥ 0
 * @param k the initial concession, in [0, 1]
 */
public record ConcessionCurve(double e, double k) {
  /** Genius Boulware, e = 0.2. */
  public static final double BOULWARE = 0.2;
  /** Linear, e = 1. */
  public static final double LINEAR = 1;
  /** Genius Conceder, e = 2. */
  public static final double CONCEDER = 2;
  /** Hardliner, e = 0. */
  public static final double HARDLINER = 0;

  public ConcessionCurve {
    if (!(e >= 0) || Double.isInfinite(e)) {
      throw new IllegalArgumentException("e must be a finite number ≥ 0, was " + e);
    }
    if (!(k >= 0 && k <= 1)) {
      throw new IllegalArgumentException("k must be in [0, 1], was " + k);
    }
  }

  /** The curve with k = 0. */
  public static ConcessionCurve of(double e) {
    return new ConcessionCurve(e, 0);
  }

  /** {@code f(t) = k + (1 − k)·t^(1/e)}; {@code k} for e = 0. */
  public double f(double t) {
    if (!(t >= 0 && t <= 1)) {
      throw new IllegalArgumentException("t must be in [0, 1], was " + t);
    }
    if (e == 0) {
      return k;
    }
    return k + (1 - k) * Math.pow(t, 1 / e);
  }

  /** {@code 1 − f(t)}: the fraction of the range above the floor still demanded at time t (REFERENCE §9.6). */
  public double fractionAbove(double t) {
    return 1 - f(t);
  }

  /** {@code p(t) = P_min + (P_max − P_min)·(1 − f(t))}. */
  public double target(double pMin, double pMax, double t) {
    return pMin + (pMax - pMin) * fractionAbove(t);
  }
}
