package dev.parley.learn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.analysis.cfr.TabularPolicy;
import dev.parley.learn.policy.PolicySpace;
import dev.parley.learn.policy.SoftmaxPolicy;
import dev.parley.learn.preference.PreferenceMatrix;
import dev.parley.learn.preference.PreferenceOracle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Softmax policies over game actions, one context per information state. */
class InformationStateTrainingTest {

  @Test
  void nashMethodsTrainEveryInformationStateAndExportATabularPolicy() {
    Map<String, List<String>> actions = new LinkedHashMap<>();
    actions.put("seller|t=0", List.of("offer 12", "offer 10", "walk"));
    actions.put("buyer|t=1|offer 10", List.of("accept", "counter 9"));
    PolicySpace space = PolicySpace.informationStates(actions);
    PreferenceOracle oracle = PreferenceOracle.of(space,
        List.of(PreferenceMatrix.intransitiveExample(), PreferenceMatrix.bradleyTerry(0.3, 0)));
    PreferenceProblem problem = PreferenceProblem.startingAtReference(oracle, SoftmaxPolicy.uniform(space));

    TrainingResult inpo = new Inpo(Inpo.Config.closedForm(1, 0.1, 500)).train(problem);
    TrainingResult mwu = new Sppo(Sppo.Config.multiplicativeWeights(0.1, 20_000)).train(problem);

    assertThat(oracle.regularisedExploitability(inpo.last(), 0.1, problem.reference())).isLessThan(1e-9);
    assertThat(oracle.exploitability(mwu.average())).isLessThan(3e-3);
    TabularPolicy tabular = inpo.last().toTabularPolicy();
    assertThat(tabular.keys()).containsExactly("seller|t=0", "buyer|t=1|offer 10");
    assertThat(tabular.probabilities("seller|t=0").orElseThrow())
        .containsExactly(Problems.NASH_TAU_01[0], within(1e-8));
    assertThat(tabular.probabilities("buyer|t=1|offer 10").orElseThrow()[0]).isGreaterThan(0.5);
  }
}
