package dev.parley.learn.train;

import dev.parley.learn.policy.PolicySpace;
import dev.parley.learn.policy.SoftmaxPolicy;
import dev.parley.learn.preference.PreferenceOracle;
import java.util.Objects;

/**
 * What a trainer learns from: the preference oracle over a policy space, the reference policy μ
 * (π_ref; the KL anchor of the regularised methods and the sampling policy of offline data), and the
 * initial policy π_0.
 *
 * @param oracle the per-context preference {@code P(y ≻ y'|x)}
 * @param reference the reference policy μ
 * @param initial the initial policy π_0
 */
public record PreferenceProblem(PreferenceOracle oracle, SoftmaxPolicy reference, SoftmaxPolicy initial) {

  public PreferenceProblem {
    Objects.requireNonNull(oracle, "oracle");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(initial, "initial");
    if (!reference.space().equals(oracle.space())) {
      throw new IllegalArgumentException("reference space " + reference.space() + " differs from the oracle's "
          + oracle.space());
    }
    if (!initial.space().equals(oracle.space())) {
      throw new IllegalArgumentException("initial space " + initial.space() + " differs from the oracle's "
          + oracle.space());
    }
  }

  /** A problem whose initial policy is the reference. */
  public static PreferenceProblem startingAtReference(PreferenceOracle oracle, SoftmaxPolicy reference) {
    return new PreferenceProblem(oracle, reference, reference);
  }

  public PolicySpace space() {
    return oracle.space();
  }
}
