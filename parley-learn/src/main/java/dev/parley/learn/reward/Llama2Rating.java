package dev.parley.learn.reward;

/**
 * The four preference ratings of Llama 2's reward-model data (Touvron et al. 2023, §3.2.2) and
 * the margins m(r) added to the logit of the binary ranking loss {@code ℓ(r_c − r_r − m(r))}: the
 * "small" margins 1, 2/3, 1/3, 0 and the "large" ones 3, 2, 1, 0 (REFERENCE §7 marks these values
 * unverified against the paper's table). Use with {@link FeaturePair#withMargin}.
 */
public enum Llama2Rating {
  /** Significantly better. */
  SIGNIFICANTLY_BETTER(1, 3),
  /** Better. */
  BETTER(2.0 / 3, 2),
  /** Slightly better. */
  SLIGHTLY_BETTER(1.0 / 3, 1),
  /** Negligibly better, or unsure. */
  NEGLIGIBLY_BETTER_OR_UNSURE(0, 0);

  /** Which of the paper's two margin tables. */
  public enum Scale {
    /** Margins 1, 2/3, 1/3, 0. */
    SMALL,
    /** Margins 3, 2, 1, 0. */
    LARGE
  }

  private final double small;
  private final double large;

  Llama2Rating(double small, double large) {
    this.small = small;
    this.large = large;
  }

  /** The margin m(r) of this rating on the given scale. */
  public double margin(Scale scale) {
    return scale == Scale.SMALL ? small : large;
  }
}
