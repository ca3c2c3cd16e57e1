package dev.parley.core.campaign;

/**
 * Mean of a sample with a two-sided 95% Student-t confidence interval. Values that are NaN (a
 * price when there was no deal) are left out and counted in {@link #missing()}.
 */
public record Summary(long n, long missing, double mean, double low, double high) {

  /** Accumulates values with Welford's update; not thread-safe. */
  public static final class Builder {
    private long n;
    private long missing;
    private double mean;
    private double m2;

    public void add(double x) {
      if (Double.isNaN(x)) {
        missing++;
        return;
      }
      n++;
      double d = x - mean;
      mean += d / n;
      m2 += d * (x - mean);
    }

    public Summary build() {
      if (n == 0) {
        return new Summary(0, missing, Double.NaN, Double.NaN, Double.NaN);
      }
      if (n == 1) {
        return new Summary(1, missing, mean, Double.NaN, Double.NaN);
      }
      double se = Math.sqrt(m2 / (n - 1) / n);
      double t = tQuantile975(n - 1);
      return new Summary(n, missing, mean, mean - t * se, mean + t * se);
    }
  }

  /** 97.5% quantiles of Student's t for 1..30 degrees of freedom. */
  private static final double[] T975 = {12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624,
      2.306004, 2.262157, 2.228139, 2.200985, 2.178813, 2.160369, 2.144787, 2.131450, 2.119905, 2.109816, 2.100922,
      2.093024, 2.085963, 2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.045230,
      2.042272};

  /**
   * The 97.5% quantile of Student's t with {@code df} degrees of freedom: tabulated up to 30, then
   * the Cornish–Fisher expansion around the normal quantile (error below 1e-5 there).
   */
  public static double tQuantile975(long df) {
    if (df < 1) {
      throw new IllegalArgumentException("df must be ≥ 1, was " + df);
    }
    if (df <= T975.length) {
      return T975[(int) df - 1];
    }
    double z = 1.959963985;
    double v = df;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    double z7 = z5 * z * z;
    return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
  }
}
