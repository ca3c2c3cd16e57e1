package dev.parley.learn.train;

import dev.parley.learn.policy.PolicySpace;
import dev.parley.learn.policy.SoftmaxPolicy;
import dev.parley.learn.preference.PreferenceMatrix;
import dev.parley.learn.preference.PreferenceOracle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems of REFERENCE §9.8 and a transitive one. */
final class Problems {
  private Problems() {}

  static final PreferenceOracle INTRANSITIVE = PreferenceOracle.single(PreferenceMatrix.intransitiveExample());
  static final SoftmaxPolicy UNIFORM = SoftmaxPolicy.uniform(INTRANSITIVE.space());
  /** μ uniform, π_0 = (0.6, 0.3, 0.1), as in REFERENCE §9.8. */
  static final PreferenceProblem RPS = new PreferenceProblem(INTRANSITIVE, UNIFORM, SoftmaxPolicy.of(0.6, 0.3, 0.1));
  static final double[][] VON_NEUMANN = {{2.0 / 9, 3.0 / 9, 4.0 / 9}};
  static final double[][] NASH_TAU_01 = {{0.27435063, 0.27924156, 0.44640781}};

  static final double[] REWARDS = {1, 0, -0.5};
  static final PreferenceOracle TRANSITIVE = PreferenceOracle.single(PreferenceMatrix.bradleyTerry(REWARDS));
  static final SoftmaxPolicy MU = SoftmaxPolicy.of(0.5, 0.3, 0.2);
  /** Bradley–Terry preferences of rewards (1, 0, −0.5), reference μ = (0.5, 0.3, 0.2), starting at μ. */
  static final PreferenceProblem BT = PreferenceProblem.startingAtReference(TRANSITIVE, MU);

  /** {@code μ(y)·exp(r(y)/β)}, normalised. */
  static double[][] klOptimum(double beta) {
    double[] p = new double[3];
    double sum = 0;
    double[] mu = MU.probabilities(0);
    for (int i = 0; i < 3; i++) {
      p[i] = mu[i] * Math.exp(REWARDS[i] / beta);
      sum += p[i];
    }
    for (int i = 0; i < 3; i++) {
      p[i] /= sum;
    }
    return new double[][] {p};
  }

  /** Two contexts: the intransitive preference and the transitive one (uniform references). */
  static PreferenceProblem twoContexts() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("x1", List.of("a", "b", "c"));
    m.put("x2", List.of("a", "b", "c"));
    PolicySpace space = PolicySpace.of(m);
    PreferenceOracle oracle = PreferenceOracle.of(space,
        List.of(PreferenceMatrix.intransitiveExample(), PreferenceMatrix.bradleyTerry(REWARDS)));
    SoftmaxPolicy initial = SoftmaxPolicy.ofProbabilities(space, new double[][] {{0.6, 0.3, 0.1}, {0.6, 0.3, 0.1}});
    return new PreferenceProblem(oracle, SoftmaxPolicy.uniform(space), initial);
  }
}
