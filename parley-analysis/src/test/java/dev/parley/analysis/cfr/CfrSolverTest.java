package dev.parley.analysis.cfr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.game.GameRegistry;
import org.junit.jupiter.api.Test;

/** CFR and CFR+ against OpenSpiel's published exploitabilities (REFERENCE §9.11). */
class CfrSolverTest {
  static final GameRegistry REGISTRY = GameRegistry.discover();
  static final GameTree KUHN = GameTree.compile(REGISTRY.load("kuhn-poker"));
  static final GameTree LEDUC = GameTree.compile(REGISTRY.load("leduc-poker"));

  static final int[] KUHN_AT = {1, 2, 3, 5, 10, 100, 200, 300, 1000};
  static final double[] KUHN_CFR = {0.4583333333, 0.2708333333, 0.1944444444, 0.1213888889, 0.0686987938,
      0.0082259773, 0.0033296031, 0.0030339606, 0.0009376166};
  static final double[] KUHN_CFR_PLUS = {0.4583333333, 0.2638888889, 0.1413170163, 0.0733445295, 0.0326870907,
      0.0011944041, 0.0002949605, 0.0004334009, 0.0000873653};

  static final int[] LEDUC_AT = {1, 2, 10, 101, 201, 301, 401, 501, 1000};
  static final double[] LEDUC_CFR = {2.3736111, 2.0613194, 0.8885790, 0.0939493, 0.0533379, 0.0355078, 0.0261679,
      0.0214263, 0.0118178};
  static final double[] LEDUC_CFR_PLUS = {2.3736111, 2.0579167, 0.6104389, 0.0132878, 0.0049205, 0.0022793,
      0.0012242, 0.0009303, 0.0002572};

  /** Runs the solver to each checkpoint and returns the exploitabilities found there. */
  static double[] trace(CfrSolver solver, int[] at) {
    double[] found = new double[at.length];
    for (int i = 0; i < at.length; i++) {
      solver.iterate((int) (at[i] - solver.iterations()));
      found[i] = Exploitability.exploitability(solver.tree(), solver.averagePolicy());
    }
    return found;
  }

  @Test
  void kuhnCfrMatchesOpenSpielToTenDecimals() {
    CfrSolver cfr = CfrSolver.create(KUHN, CfrSolver.Variant.CFR);
    double[] found = trace(cfr, KUHN_AT);
    for (int i = 0; i < KUHN_AT.length; i++) {
      assertThat(found[i]).as("CFR exploitability after %d iterations", KUHN_AT[i]).isCloseTo(KUHN_CFR[i], within(6e-11));
    }
  }

  @Test
  void kuhnCfrPlusMatchesOpenSpielToTenDecimals() {
    CfrSolver plus = CfrSolver.create(KUHN, CfrSolver.Variant.CFR_PLUS);
    double[] found = trace(plus, KUHN_AT);
    for (int i = 0; i < KUHN_AT.length; i++) {
      assertThat(found[i]).as("CFR+ exploitability after %d iterations", KUHN_AT[i])
          .isCloseTo(KUHN_CFR_PLUS[i], within(6e-11));
    }
  }

  @Test
  void kuhnAveragePolicyValuesMatchOpenSpiel() {
    CfrSolver cfr = CfrSolver.create(KUHN, CfrSolver.Variant.CFR);
    cfr.iterate(300);
    assertThat(Exploitability.values(KUHN, cfr.averagePolicy())[0]).isCloseTo(-0.0557513, within(6e-8));
    CfrSolver plus = CfrSolver.create(KUHN, CfrSolver.Variant.CFR_PLUS);
    plus.iterate(200);
    assertThat(Exploitability.values(KUHN, plus.averagePolicy())[0]).isCloseTo(-1.0 / 18, within(1e-3));
    assertThat(Exploitability.exploitability(KUHN, plus.averagePolicy())).isLessThanOrEqualTo(0.001);
    plus.iterate(800);
    assertThat(Exploitability.values(KUHN, plus.averagePolicy())[0]).isCloseTo(-0.0555559, within(6e-8));
  }

  @Test
  void leducCfrMatchesOpenSpielToSevenDecimals() {
    double[] found = trace(CfrSolver.create(LEDUC, CfrSolver.Variant.CFR), LEDUC_AT);
    for (int i = 0; i < LEDUC_AT.length; i++) {
      assertThat(found[i]).as("CFR exploitability after %d iterations", LEDUC_AT[i]).isCloseTo(LEDUC_CFR[i], within(6e-8));
    }
  }

  @Test
  void leducCfrPlusMatchesOpenSpielToSevenDecimals() {
    CfrSolver plus = CfrSolver.create(LEDUC, CfrSolver.Variant.CFR_PLUS);
    double[] found = trace(plus, LEDUC_AT);
    for (int i = 0; i < LEDUC_AT.length; i++) {
      assertThat(found[i]).as("CFR+ exploitability after %d iterations", LEDUC_AT[i])
          .isCloseTo(LEDUC_CFR_PLUS[i], within(6e-8));
    }
    assertThat(Exploitability.values(LEDUC, plus.averagePolicy())[0]).isCloseTo(-0.0855935, within(6e-8));
  }
}
