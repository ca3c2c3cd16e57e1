package dev.parley.learn.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.learn.policy.PolicySpace;
import dev.parley.learn.preference.WeightedPair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetTest {

  /** Rows of 40 episodes, 1 to 4 rows each, with one exact duplicate per episode. */
  private static Dataset<PreferenceRecord> rows() {
    List<PreferenceRecord> out = new ArrayList<>();
    for (int e = 0; e < 40; e++) {
      RecordMetadata meta = RecordMetadata.fromEpisode(Source.OUTCOME, "run/" + e, "bargaining/balloon-v1", e,
          List.of("a", "b"), null);
      for (int k = 0; k <= e % 4; k++) {
        out.add(PreferenceRecord.of("state " + e, "offer " + k, "walk away", meta));
      }
      out.add(PreferenceRecord.of("state " + e, "offer 0", "walk away", meta.withJudge("duplicate")));
    }
    return Dataset.of(out);
  }

  @Test
  void groupSplitNeverLeaksAnEpisode() {
    Dataset<PreferenceRecord> data = rows();
    Dataset.Split<PreferenceRecord> split = data.splitByGroup(0.25, 17);

    Set<String> train = episodes(split.train());
    Set<String> test = episodes(split.test());
    assertThat(train).doesNotContainAnyElementsOf(test);
    assertThat(test).hasSize(10);
    assertThat(train).hasSize(30);
    assertThat(split.train().size() + split.test().size()).isEqualTo(data.size());
    assertThat(data.splitByGroup(0.25, 17)).isEqualTo(split);
    assertThat(episodes(data.splitByGroup(0.25, 18).test())).isNotEqualTo(test);
  }

  private static Set<String> episodes(Dataset<PreferenceRecord> d) {
    Set<String> s = new HashSet<>();
    d.records().forEach(r -> s.add(r.metadata().episodeId()));
    return s;
  }

  @Test
  void splitNeedsAGroupForEveryRow() {
    Dataset<PreferenceRecord> data = Dataset.of(List.of(PreferenceRecord.of("a", "b", "c", null)));

    assertThatThrownBy(() -> data.splitByGroup(0.5, 1)).hasMessageContaining("row 0 has no group key");
    assertThatThrownBy(() -> data.split(1.5, 1, r -> "g")).hasMessageContaining("testFraction");
  }

  @Test
  void deduplicateIgnoresMetadataAndKeepsTheFirstRow() {
    Dataset<PreferenceRecord> unique = rows().deduplicate();

    assertThat(unique.size()).isEqualTo(rows().size() - 40);
    assertThat(unique.records()).allSatisfy(r -> assertThat(r.metadata().judge()).isNull());
  }

  @Test
  void filterKeepsOrder() {
    Dataset<PreferenceRecord> walk = rows().filter(r -> r.metadata().seed() < 2);

    assertThat(walk.records()).extracting(r -> r.metadata().episodeId())
        .containsExactly("run/0", "run/0", "run/1", "run/1", "run/1");
  }

  @Test
  void unpairAndPromptsFollowTrl() {
    Dataset<PreferenceRecord> one = Dataset.of(List.of(PreferenceRecord.of("p", " y", " n", null),
        PreferenceRecord.of("p", " y2", " n", null)));

    assertThat(Datasets.unpair(one).records()).containsExactly(
        new UnpairedRecord(Content.text("p"), Content.text(" y"), true, null),
        new UnpairedRecord(Content.text("p"), Content.text(" n"), false, null),
        new UnpairedRecord(Content.text("p"), Content.text(" y2"), true, null),
        new UnpairedRecord(Content.text("p"), Content.text(" n"), false, null));
    assertThat(Datasets.prompts(one).records()).containsExactly(new PromptRecord(Content.text("p"), null));
  }

  @Test
  void indexPairsRoundTripThroughRows() {
    PolicySpace space = PolicySpace.single("x", List.of("y1", "y2", "y3"));
    List<WeightedPair> pairs = List.of(new WeightedPair(0, 0, 1, 1), new WeightedPair(0, 2, 0, 0.25));
    Dataset<PreferenceRecord> data = Datasets.fromPairs(space, pairs, RecordMetadata.of(Source.SYNTHETIC));

    assertThat(data.records().get(0).metadata().attributes()).isEmpty();
    assertThat(data.records().get(1).metadata().attributes()).containsEntry(Datasets.WEIGHT_ATTRIBUTE, "0.25");
    assertThat(data.records().get(1).margin()).isNull();
    assertThat(Datasets.toPairs(data, space)).isEqualTo(pairs);
    assertThatThrownBy(() -> Datasets.toPairs(Dataset.of(List.of(PreferenceRecord.of("x", "y1", "y9", null))), space))
        .hasMessageContaining("row 0").hasMessageContaining("'y9'");
  }
}
