package dev.parley.learn.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.critic.Judgement;
import dev.parley.core.llm.ChatMessage;
import dev.parley.learn.data.Content;
import dev.parley.learn.data.Dataset;
import dev.parley.learn.data.PreferenceRecord;
import dev.parley.learn.data.RecordMetadata;
import dev.parley.learn.data.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelabelingTest {
  static final Dataset<PreferenceRecord> PAIRS = OutcomePairsTest.PAIRS;

  static String text(Content c) {
    return ((Content.Text) c).text();
  }

  /** A hand-made outcome row: chosen scored 5, rejected 2. */
  static PreferenceRecord row() {
    RecordMetadata m = RecordMetadata.fromEpisode(Source.OUTCOME, "run/4", "bargaining-v1", 9, List.of("a", "b"), null)
        .withAttributes(Map.of(Attributes.CHOSEN + Attributes.OUTCOME, "5.0",
            Attributes.REJECTED + Attributes.OUTCOME, "2.0", Attributes.CHOSEN + Attributes.STEP, "3",
            Attributes.REJECTED + Attributes.STEP, "7", Attributes.CONTEXT_KEY, "k"))
        .withProbability(0.9);
    return new PreferenceRecord(Content.text("Seller, your move."), Content.text("offer 18.00"),
        Content.text("walk"), 3.0, m);
  }

  @Test
  void rewardAugmentedRelabelingConditionsOnBothScores() {
    Dataset<PreferenceRecord> out = Relabeling.rewardAugmented(Dataset.of(List.of(row())), PairScorer.outcomes(),
        Relabeling.Augmentation.DEFAULT);
    assertThat(out.size()).isEqualTo(2);
    PreferenceRecord high = out.records().get(0);
    PreferenceRecord low = out.records().get(1);
    assertThat(text(high.prompt())).isEqualTo("Seller, your move.\n\nTarget score: 5.00");
    assertThat(text(high.chosen())).isEqualTo("offer 18.00");
    assertThat(text(low.prompt())).isEqualTo("Seller, your move.\n\nTarget score: 2.00");
    assertThat(text(low.chosen())).isEqualTo("walk");
    assertThat(text(low.rejected())).isEqualTo("offer 18.00");
    for (PreferenceRecord r : out.records()) {
      assertThat(r.metadata().source()).isEqualTo(Source.RELABELED);
      assertThat(r.metadata().splitKey()).contains("run/4");
      assertThat(r.metadata().attributes()).containsEntry(Attributes.ORIGINAL_SOURCE, "outcome")
          .containsEntry(Attributes.ORIGINAL_PROBABILITY, "0.9").containsEntry(Attributes.ORIGINAL_MARGIN, "3.0")
          .containsEntry(Attributes.RELABEL_METHOD, "reward-augmented").containsEntry(Attributes.RELABEL_BY, "outcome");
    }
    // The lower-conditioned row swaps the sides, and their descriptions with them.
    assertThat(low.metadata().attributes()).containsEntry(Attributes.RELABEL_FLIPPED, "true")
        .containsEntry(Attributes.CHOSEN + Attributes.STEP, "7").containsEntry(Attributes.RELABEL_TARGET, "lower")
        .containsEntry(Attributes.RELABEL_TARGET_SCORE, "2.0");
    assertThat(high.metadata().attributes()).containsEntry(Attributes.RELABEL_FLIPPED, "false")
        .containsEntry(Attributes.CHOSEN + Attributes.STEP, "3");

    Dataset<PreferenceRecord> fromRun = Relabeling.rewardAugmented(PAIRS, PairScorer.outcomes(),
        Relabeling.Augmentation.DEFAULT);
    assertThat(fromRun.size()).isEqualTo(2 * PAIRS.size());
    Dataset.Split<PreferenceRecord> split = fromRun.splitByGroup(0.5, 3);
    assertThat(split.train().size() % 2).isZero();
  }

  @Test
  void conversationalPromptsAreConditionedInTheirLastMessage() {
    PreferenceRecord r = new PreferenceRecord(Content.messages(ChatMessage.system("s"), ChatMessage.user("u")),
        Content.messages(ChatMessage.assistant("x")), Content.messages(ChatMessage.assistant("y")), null, null);
    Dataset<PreferenceRecord> out = Relabeling.rewardAugmented(Dataset.of(List.of(r)),
        PairScorer.ofReward("len", (p, c) -> ((Content.Messages) c).messages().get(0).content().equals("x") ? 1 : 0),
        new Relabeling.Augmentation(" [score {score}]", 0));
    assertThat(((Content.Messages) out.records().get(0).prompt()).messages())
        .containsExactly(ChatMessage.system("s"), ChatMessage.user("u [score 1]"));
    assertThat(out.records().get(0).metadata().attributes()).containsEntry(Attributes.ORIGINAL_SOURCE, "none");
    assertThatThrownBy(() -> new Relabeling.Augmentation("no placeholder", 2)).hasMessageContaining("{score}");
  }

  @Test
  void aRewardFunctionRelabelsAndKeepsBothLabels() {
    PairScorer shorter = PairScorer.ofReward("shorter", (p, c) -> -text(c).length());
    Dataset<PreferenceRecord> out = Relabeling.byScores(Dataset.of(List.of(row())), shorter);
    PreferenceRecord r = out.records().get(0);
    assertThat(text(r.chosen())).isEqualTo("walk");
    assertThat(r.margin()).isEqualTo(7.0);
    assertThat(r.metadata().probability()).isCloseTo(1 / (1 + Math.exp(-7)), within(1e-12));
    assertThat(r.metadata().judge()).isEqualTo("shorter");
    assertThat(r.metadata().attributes()).containsEntry(Attributes.RELABEL_FLIPPED, "true")
        .containsEntry(Attributes.CHOSEN + Attributes.OUTCOME, "2.0")
        .containsEntry(Attributes.REJECTED + Attributes.OUTCOME, "5.0")
        .containsEntry(Attributes.ORIGINAL_SOURCE, "outcome").containsEntry(Attributes.ORIGINAL_MARGIN, "3.0")
        .containsEntry(Attributes.RELABEL_CHOSEN_SCORE, "-4.0");

    Dataset<PreferenceRecord> agree = Relabeling.byScores(PAIRS, PairScorer.outcomes());
    assertThat(agree.records()).allSatisfy(x ->
        assertThat(x.metadata().attributes()).containsEntry(Attributes.RELABEL_FLIPPED, "false"));
    assertThat(agree.records().get(0).margin()).isCloseTo(PAIRS.records().get(0).margin(), within(1e-12));
  }

  @Test
  void aJudgeRelabelsWithSwappedOrdersAndTheOriginalJudgeIsKept() {
    PreferenceRecord judged = row().withMetadata(row().metadata().withJudge("llm:old")
        .withAttributes(Map.of(Attributes.JUDGE_P, "0.8", Attributes.CHOSEN + Attributes.STEP, "3")));
    Dataset<PreferenceRecord> out = Relabeling.byJudge(Dataset.of(List.of(judged)),
        q -> new Judgement(q.optionA().equals("walk") ? 0.9 : 0.2, "walking is safe", "p", "raw", "fake:new"),
        "safer?", 4);
    PreferenceRecord r = out.records().get(0);
    // p(offer ≻ walk) = (0.2 + 1 − 0.9)/2 = 0.15: flipped, P(walk ≻ offer) = 0.85, order bias 0.2 + 0.9 − 1 = 0.1.
    assertThat(text(r.chosen())).isEqualTo("walk");
    assertThat(r.metadata().probability()).isCloseTo(0.85, within(1e-12));
    assertThat(r.metadata().judge()).isEqualTo("fake:new");
    assertThat(r.metadata().attributes()).containsEntry(Attributes.ORIGINAL_JUDGE, "llm:old")
        .containsEntry("original." + Attributes.JUDGE_P, "0.8").containsEntry(Attributes.JUDGE_A, "rejected")
        .containsEntry(Attributes.REJECTED + Attributes.STEP, "3").containsEntry(Attributes.RELABEL_METHOD, "judge");
    assertThat(Double.parseDouble(r.metadata().attributes().get(Attributes.JUDGE_ORDER_BIAS)))
        .isCloseTo(0.1, within(1e-12));
  }
}
