package dev.parley.learn.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.llm.ChatMessage;
import dev.parley.learn.data.Content;
import dev.parley.learn.data.PreferenceRecord;
import dev.parley.learn.data.RecordMetadata;
import dev.parley.learn.data.Source;
import dev.parley.learn.losses.Logistic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RewardConsistencyTest {
  /** A buyer's view of a bargaining state: lower price and more rounds left are better. */
  private static final NumericFields FIELDS = NumericFields.of("price", "rounds_left", "offer.quantity");
  private static final Map<String, Object> BASE = Map.of("price", 50, "rounds_left", 4, "offer", Map.of("quantity", 2));

  private static List<ContrastPair> contrasts() {
    return List.of(ContrastPair.vary(FIELDS, BASE, "price", 40, 60),
        ContrastPair.vary(FIELDS, BASE, "price", 10, 11),
        ContrastPair.vary(FIELDS, BASE, "rounds_left", 5, 3),
        ContrastPair.vary(FIELDS, BASE, "offer.quantity", 3, 1));
  }

  @Test
  void reportsTheShareOfContrastPairsWhoseBetterSideWins() {
    RewardConsistency good = RewardConsistency.check(RewardModel.linear(-1, 0.5, 0.2), contrasts());
    RewardConsistency wrongRounds = RewardConsistency.check(RewardModel.linear(-1, -0.5, 0.2), contrasts());
    RewardConsistency blindToQuantity = RewardConsistency.check(RewardModel.linear(-1, 0.5, 0), contrasts());

    assertThat(good.share()).isEqualTo(1);
    assertThat(wrongRounds.share()).isEqualTo(0.75);
    assertThat(wrongRounds.byAttribute()).containsEntry("rounds_left", new RewardConsistency.Tally(1, 0))
        .containsEntry("price", new RewardConsistency.Tally(2, 2));
    assertThat(blindToQuantity.byAttribute().get("offer.quantity").share()).isZero(); // a tie is inconsistent
    assertThat(good.byAttribute().keySet()).containsExactly("offer.quantity", "price", "rounds_left");
  }

  @Test
  void contrastPairsDifferInOneFieldOnly() {
    ContrastPair p = ContrastPair.vary(FIELDS, BASE, "offer.quantity", 3, 1);

    assertThat(p.attribute()).isEqualTo("offer.quantity");
    assertThat(p.better()).containsExactly(50, 4, 3);
    assertThat(p.worse()).containsExactly(50, 4, 1);
    assertThat(BASE.get("offer")).isEqualTo(Map.of("quantity", 2));
    assertThatThrownBy(() -> ContrastPair.vary(FIELDS, BASE, "colour", "red", "blue"))
        .hasMessage("field 'colour' does not change the features (red vs blue)");
    assertThatThrownBy(() -> ContrastPair.of("x", new double[] {1}, new double[] {1}))
        .hasMessage("better and worse of 'x' must differ, both were [1.0]");
  }

  @Test
  void aTrainedModelIsConsistentOnStructuredContrasts() {
    // Preferences from a hidden buyer utility over observation fields; the fitted model is then checked on
    // contrasts built around random states.
    SplittableRandom rnd = new SplittableRandom(21);
    double[] truth = {-0.1, 0.8, 0.5};
    List<FeaturePair> pairs = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      double[] a = FIELDS.features(state(rnd));
      double[] b = FIELDS.features(state(rnd));
      boolean aWins = rnd.nextDouble() < Logistic.sigmoid(Vectors.dot(truth, a) - Vectors.dot(truth, b));
      pairs.add(aWins ? FeaturePair.of(a, b) : FeaturePair.of(b, a));
    }
    List<FeaturePair> train = pairs.subList(0, 1500);
    List<FeaturePair> test = pairs.subList(1500, 2000);
    NetworkReward model = new BradleyTerryRewardTrainer(BradleyTerryRewardTrainer.Config.linear(1e-4)).fit(train).model();
    List<ContrastPair> contrasts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Map<String, Object> base = state(rnd);
      contrasts.add(ContrastPair.vary(FIELDS, base, "price", 30, 70));
      contrasts.add(ContrastPair.vary(FIELDS, base, "rounds_left", 6, 2));
      contrasts.add(ContrastPair.vary(FIELDS, base, "offer.quantity", 4, 1));
    }
    RewardConsistency report = RewardConsistency.check(model, contrasts);
    PreferenceMetrics heldOut = PreferenceMetrics.of(model, test);
    System.out.printf("Bargaining-fields BT: held-out accuracy %.4f, consistency %.3f %s%n", heldOut.accuracy(),
        report.share(), report.byAttribute());

    assertThat(report.share()).isEqualTo(1);
    assertThat(heldOut.accuracy()).isGreaterThan(0.8);
  }

  private static Map<String, Object> state(SplittableRandom rnd) {
    return Map.of("price", rnd.nextInt(20, 81), "rounds_left", rnd.nextInt(0, 8), "offer",
        Map.of("quantity", rnd.nextInt(1, 5)));
  }

  @Test
  void heldOutMetricsCountTiesAsHalfAndSkipUndecidedPairs() {
    RewardModel identity = RewardModel.linear(1);
    List<FeaturePair> pairs = List.of(
        FeaturePair.of(new double[] {2}, new double[] {1}), // correct, Δ = 1
        FeaturePair.of(new double[] {0}, new double[] {1}), // wrong, Δ = −1
        FeaturePair.of(new double[] {1}, new double[] {1}), // tie, Δ = 0
        FeaturePair.soft(new double[] {3}, new double[] {1}, 0.5), // undecided, Δ = 2
        FeaturePair.soft(new double[] {0}, new double[] {2}, 0.2)); // p < ½ and Δ = −2: correct
    PreferenceMetrics m = PreferenceMetrics.of(identity, pairs);

    assertThat(m.pairs()).isEqualTo(5);
    assertThat(m.decided()).isEqualTo(4);
    assertThat(m.accuracy()).isEqualTo(2.5 / 4);
    double expected = (Logistic.loss(1) + Logistic.loss(-1) + Logistic.loss(0)
        + 0.5 * Logistic.loss(2) + 0.5 * Logistic.loss(-2) + 0.2 * Logistic.loss(-2) + 0.8 * Logistic.loss(2)) / 5;
    assertThat(m.logLoss()).isCloseTo(expected, within(1e-15));
  }

  @Test
  void trlPreferenceRowsBecomeFeaturePairs() {
    HashedBagOfWords text = new HashedBagOfWords(32, 1, false, 0);
    RecordMetadata meta = RecordMetadata.of(Source.JUDGE).withProbability(0.7).withJudge("judge-a");
    PreferenceRecord row = new PreferenceRecord(Content.text("Offer?"), Content.text(" I accept 40"),
        Content.text(" I walk away"), 0.5, meta);
    PreferenceRecord chat = new PreferenceRecord(Content.messages(ChatMessage.user("Offer?")),
        Content.messages(ChatMessage.assistant("I accept 40")), Content.messages(ChatMessage.assistant("I walk away")),
        null, null);

    FeaturePair pair = PreferenceFeatures.pair(row, text);
    assertThat(pair.chosen()).containsExactly(text.features("Offer?\n I accept 40"));
    assertThat(pair.rejected()).containsExactly(text.features("Offer?\n I walk away"));
    assertThat(pair.margin()).isEqualTo(0.5);
    assertThat(pair.probability()).isEqualTo(0.7);
    FeaturePair chatPair = PreferenceFeatures.pair(chat, text);
    assertThat(chatPair.chosen()).containsExactly(pair.chosen());
    assertThat(chatPair.probability()).isEqualTo(1);
    assertThat(PreferenceFeatures.annotated(List.of(row), text, r -> r.metadata().judge()).get(0).annotator())
        .isEqualTo("judge-a");
  }
}
