package dev.parley.analysis.ratings;

/**
 * The standard normal distribution to full double precision, also deep in the tails: density,
 * cumulative distribution (through {@code erfc}, so small probabilities keep their relative
 * accuracy) and quantile.
 *
 * <p>{@code erfc} uses the positive-term series {@code erf x = 2/√π·e^{−x²}·Σ 2ⁿx^{2n+1}/(1·3···(2n+1))}
 * (Abramowitz &amp; Stegun 7.1.6) below x = 2 and the continued fraction A&amp;S 7.1.14, evaluated by
 * the modified Lentz method, above; the quantile refines a starting guess (A&amp;S 26.2.23) with
 * Halley steps on the accurate cdf.
 */
public final class Normal {
  private static final double SQRT2 = Math.sqrt(2);
  private static final double INV_SQRT_PI = 1 / Math.sqrt(Math.PI);
  private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

  private Normal() {}

  /** Density φ(z). */
  public static double pdf(double z) {
    return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
  }

  /** Distribution function Φ(z). */
  public static double cdf(double z) {
    return 0.5 * erfc(-z / SQRT2);
  }

  /** Complementary error function, relative accuracy about 1e-15 wherever the result is normal. */
  public static double erfc(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x < 0) {
      return 2 - erfc(-x);
    }
    if (x < 2) {
      return 1 - erfSeries(x);
    }
    if (x > 27) {
      return 0;
    }
    return Math.exp(-x * x) * INV_SQRT_PI / lentz(x);
  }

  private static double erfSeries(double x) {
    double term = x;
    double sum = x;
    double twoX2 = 2 * x * x;
    for (int n = 1; n < 200; n++) {
      term *= twoX2 / (2 * n + 1);
      sum += term;
      if (term < 1e-17 * sum) {
        break;
      }
    }
    return 2 * INV_SQRT_PI * Math.exp(-x * x) * sum;
  }

  /** Value of {@code x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))}. */
  private static double lentz(double x) {
    final double tiny = 1e-300;
    double f = x;
    double c = f;
    double d = 0;
    for (int k = 1; k < 5000; k++) {
      double a = 0.5 * k;
      d = x + a * d;
      d = d == 0 ? tiny : d;
      c = x + a / c;
      c = c == 0 ? tiny : c;
      d = 1 / d;
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return f;
  }

  /** Quantile Φ⁻¹(p) for 0 &lt; p &lt; 1. */
  public static double quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p must be in (0, 1), was " + p);
    }
    double q = Math.min(p, 1 - p);
    double t = Math.sqrt(-2 * Math.log(q));
    double z = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t)
        / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
    // Halley steps on Φ(z) = q in the lower tail, where Φ keeps its relative accuracy
    for (int i = 0; i < 8; i++) {
      double err = cdf(z) - q;
      double u = err / pdf(z);
      double step = u / (1 + 0.5 * z * u);
      z -= step;
      if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(z))) {
        break;
      }
    }
    return p < 0.5 ? z : (p == 0.5 ? 0 : -z);
  }
}
