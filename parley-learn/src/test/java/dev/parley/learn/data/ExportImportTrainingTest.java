package dev.parley.learn.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.learn.losses.DpoLoss;
import dev.parley.learn.policy.PolicySpace;
import dev.parley.learn.policy.SoftmaxPolicy;
import dev.parley.learn.preference.PreferenceMatrix;
import dev.parley.learn.preference.PreferenceOracle;
import dev.parley.learn.preference.WeightedPair;
import dev.parley.learn.train.OfflineDpo;
import dev.parley.learn.train.PreferenceProblem;
import dev.parley.learn.train.Sampling;
import dev.parley.learn.train.TrainingResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset drawn in the lab, exported as TRL JSONL, read back and trained on gives the same policy. */
class ExportImportTrainingTest {

  @Test
  void trainingOnTheImportedDatasetEqualsTrainingOnTheOriginal(@TempDir Path dir) throws Exception {
    Map<String, List<String>> prompts = new LinkedHashMap<>();
    prompts.put("Offer for the balloon?", List.of(" 8", " 10", " 12"));
    prompts.put("Counter-offer?", List.of(" accept", " 11", " walk away"));
    PolicySpace space = PolicySpace.of(prompts);
    PreferenceOracle oracle = PreferenceOracle.of(space,
        List.of(PreferenceMatrix.bradleyTerry(0, 1, 0.5), PreferenceMatrix.intransitiveExample()));
    PreferenceProblem problem = PreferenceProblem.startingAtReference(oracle, SoftmaxPolicy.uniform(space));
    OfflineDpo sampled = new OfflineDpo(OfflineDpo.Config.expected(0.5).withData(Sampling.labels(300)).withSeed(12));
    List<WeightedPair> pairs = sampled.dataset(problem);

    Path file = dir.resolve("prefs.jsonl");
    TrlJsonl.withMetadata().write(Datasets.fromPairs(space, pairs, RecordMetadata.of(Source.SYNTHETIC)).records(), file);
    List<WeightedPair> imported = Datasets.toPairs(Dataset.of(TrlJsonl.withMetadata().read(file, PreferenceRecord.class)),
        space);

    assertThat(imported).isEqualTo(pairs);
    TrainingResult original = new OfflineDpo(OfflineDpo.Config.onPairs(new DpoLoss(0.5), pairs, 200, 1)).train(problem);
    TrainingResult fromFile = new OfflineDpo(OfflineDpo.Config.onPairs(new DpoLoss(0.5), imported, 200, 1)).train(problem);
    assertThat(fromFile).isEqualTo(original);
    assertThat(original.last().probabilities(0)[1]).isGreaterThan(1.0 / 3);
  }
}
