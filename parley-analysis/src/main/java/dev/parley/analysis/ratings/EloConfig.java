package dev.parley.analysis.ratings;

/**
 * Online Elo: step size {@code k}, expected score {@code 1/(1 + base^((R_B − R_A)/scale))}, every
 * player starting at {@code initial}. REFERENCE §4.1.
 */
public record EloConfig(double k, double base, double scale, double initial) {

  /** Chatbot Arena (FastChat) settings: K = 4, base 10, scale 400, initial 1000. */
  public static final EloConfig CHATBOT_ARENA = new EloConfig(4, 10, 400, 1000);

  public EloConfig {
    if (!(k > 0) || Double.isInfinite(k)) {
      throw new IllegalArgumentException("k must be a positive finite number, was " + k);
    }
    if (!(base > 1) || Double.isInfinite(base)) {
      throw new IllegalArgumentException("base must be a finite number > 1, was " + base);
    }
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be a positive finite number, was " + scale);
    }
    if (!Double.isFinite(initial)) {
      throw new IllegalArgumentException("initial must be finite, was " + initial);
    }
  }

  /** The same settings with step size {@code k}. */
  public EloConfig withK(double newK) {
    return new EloConfig(newK, base, scale, initial);
  }
}
