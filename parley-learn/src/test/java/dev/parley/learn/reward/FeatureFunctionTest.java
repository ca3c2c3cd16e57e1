package dev.parley.learn.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.game.Observation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureFunctionTest {
  private static final String TEXT = "the offer is fair, the price is low";

  @Test
  void tokensAreLowerCasedRunsOfLettersAndDigits() {
    assertThat(HashedBagOfWords.tokens("Hello, World! it's 42 Ärger")).containsExactly("hello", "world", "it", "s", "42",
        "ärger");
    assertThat(HashedBagOfWords.tokens(" ,;")).isEmpty();
  }

  @Test
  void hashedBagOfWordsIsPinnedAcrossRuns() {
    // Pinned values: the hash (FNV-1a + MurmurHash3 finaliser) must never change, or stored features break.
    assertThat(new HashedBagOfWords(8, 1, false, 0).features(TEXT)).containsExactly(0, -2, -1, -2, 0, 0, -1, 0);
    assertThat(new HashedBagOfWords(8, 2, false, 0).features(TEXT)).containsExactly(0, -2, 0, -3, -1, 0, 1, 0);
    assertThat(new HashedBagOfWords(8, 1, false, 7).features(TEXT)).containsExactly(1, 0, 2, -2, -1, 0, -1, 1);
  }

  @Test
  void hashedBagOfWordsProperties() {
    HashedBagOfWords unigrams = new HashedBagOfWords(64, 1, false, 0);
    HashedBagOfWords bigrams = HashedBagOfWords.of(64);

    assertThat(unigrams.features("price low offer fair")).containsExactly(unigrams.features("Fair OFFER, low price"));
    assertThat(bigrams.features("price low offer fair")).isNotEqualTo(bigrams.features("fair offer low price"));
    double[] v = bigrams.features(TEXT);
    assertThat(Math.sqrt(Vectors.dot(v, v))).isCloseTo(1, within(1e-12));
    assertThat(bigrams.features("")).containsOnly(0.0);
    assertThatThrownBy(() -> new HashedBagOfWords(0, 1, true, 0)).hasMessage("dimension must be ≥ 1, was 0");
    assertThatThrownBy(() -> new HashedBagOfWords(8, 4, true, 0)).hasMessage("maxNgram must be in [1, 3], was 4");
  }

  @Test
  void numericFieldsReadNestedNumbersAndBooleans() {
    Map<String, Object> fields = Map.of("price", 42, "turn", 3L, "offer", Map.of("price", 10.5), "accepted", true,
        "seller", "alice");
    NumericFields f = NumericFields.of("price", "offer.price", "accepted");

    assertThat(f.dimension()).isEqualTo(3);
    assertThat(f.features(fields)).containsExactly(42, 10.5, 1);
    assertThatThrownBy(() -> NumericFields.of("bid").features(fields))
        .hasMessage("field 'bid' is missing (set a fill value with withMissing)");
    assertThat(NumericFields.of("bid", "turn").withMissing(-1).features(fields)).containsExactly(-1, 3);
    assertThatThrownBy(() -> NumericFields.of("seller").features(fields))
        .hasMessage("field 'seller' must be a number or a boolean, was String 'alice'");
    assertThatThrownBy(() -> NumericFields.of("price.amount").features(fields))
        .hasMessage("field 'price.amount' is not reachable: a parent is Integer 42, not a map");
    assertThatThrownBy(() -> NumericFields.of("price", "price")).hasMessage("paths must be distinct, were [price, price]");
    assertThatThrownBy(() -> NumericFields.of("offer..price"))
        .hasMessage("paths[0] must be a dotted path of non-empty names, was 'offer..price'");
  }

  @Test
  void numericFieldsStandardiseOnASample() {
    List<Map<String, ?>> sample = List.of(Map.of("p", 10, "c", 1), Map.of("p", 20, "c", 1), Map.of("p", 30, "c", 1));
    NumericFields f = NumericFields.of("p", "c").standardisedOn(sample);

    double sd = Math.sqrt(200.0 / 3);
    assertThat(f.features(Map.of("p", 30, "c", 1))).containsExactly(new double[] {10 / sd, 0}, within(1e-12));
  }

  @Test
  void observationsAreFeaturisedThroughTheirFields() {
    Observation obs = new Observation() {
      @Override
      public int seat() {
        return 0;
      }

      @Override
      public String text() {
        return "Your offer: 12";
      }

      @Override
      public Map<String, Object> fields() {
        return Map.of("offer", 12, "round", 2);
      }
    };

    assertThat(NumericFields.of("round", "offer").ofObservations().features(obs)).containsExactly(2, 12);
    FeatureFunction<Observation> both = FeatureFunction.concat(List.of(NumericFields.of("offer").ofObservations(),
        new HashedBagOfWords(4, 1, false, 0).compose(Observation::text)));
    assertThat(both.dimension()).isEqualTo(5);
    assertThat(both.features(obs)[0]).isEqualTo(12);
  }

  @Test
  void embeddingFunctionsAreCheckedAndCopied() {
    double[] shared = {1, 2, 3};
    FeatureFunction<String> embedding = FeatureFunction.of(3, s -> shared);
    double[] v = embedding.features("x");
    v[0] = 99;

    assertThat(shared[0]).isEqualTo(1);
    assertThatThrownBy(() -> FeatureFunction.<String>of(2, s -> shared).features("x"))
        .hasMessage("embedding must have 2 features, has 3");
    assertThatThrownBy(() -> FeatureFunction.<String>of(1, s -> new double[] {Double.NaN}).features("x"))
        .hasMessage("embedding[0] must be finite, was NaN");
    FeaturePair pair = FeatureFunction.<Integer>of(1, i -> new double[] {i}).pair(3, 1);
    assertThat(pair.chosen()).containsExactly(3);
    assertThat(pair.rejected()).containsExactly(1);
  }
}
