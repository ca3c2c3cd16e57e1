package dev.parley.games.dond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.games.dond.DondInstance.SplitAnalysis;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** REFERENCE §9.5 (Deal or No Deal example of Hua et al.) and the generator of §1.4. */
class DondInstanceTest {
  static final ItemVector COUNTS = ItemVector.of(1, 1, 3);
  static final DondInstance FIRST = new DondInstance(COUNTS, ItemVector.of(1, 3, 2), ItemVector.of(1, 0, 3));
  static final DondInstance SECOND = new DondInstance(COUNTS, ItemVector.of(0, 4, 2), ItemVector.of(1, 0, 3));

  @Test
  void theFirstExampleHas16Splits2EnvyFreeAnd8ParetoOptimal() {
    List<SplitAnalysis> all = FIRST.analyse();
    assertThat(all).hasSize(16);
    assertThat(all.stream().filter(SplitAnalysis::envyFree).count()).isEqualTo(2);
    assertThat(all.stream().filter(SplitAnalysis::paretoOptimal).count()).isEqualTo(8);
    List<SplitAnalysis> ef = all.stream().filter(SplitAnalysis::envyFree).toList();
    // P1 = {hat, 1 ball} → (5, 7) and P1 = {book, hat, 1 ball} → (6, 6); both total 12 and Pareto-optimal.
    assertThat(ef).extracting(SplitAnalysis::toFirst).containsExactly(ItemVector.of(0, 1, 1), ItemVector.of(1, 1, 1));
    assertThat(ef.get(0).scoreFirst()).isEqualTo(5);
    assertThat(ef.get(0).scoreSecond()).isEqualTo(7);
    assertThat(ef.get(1).scoreFirst()).isEqualTo(6);
    assertThat(ef.get(1).scoreSecond()).isEqualTo(6);
    assertThat(ef).allMatch(s -> s.total() == 12 && s.paretoOptimal());
  }

  @Test
  void theFirstExampleMaximumTotalIsNotEnvyFreeAndTheBestPossibleHasTwoSplits() {
    assertThat(FIRST.maxTotal()).isEqualTo(13);
    ItemVector hatOnly = ItemVector.of(0, 1, 0);
    assertThat(FIRST.score(0, hatOnly)).isEqualTo(3);
    assertThat(FIRST.score(1, hatOnly)).isEqualTo(10);
    assertThat(FIRST.isEnvyFree(hatOnly)).isFalse();
    assertThat(FIRST.isParetoOptimal(hatOnly)).isTrue();
    assertThat(FIRST.bestPossible()).extracting(SplitAnalysis::toFirst)
        .containsExactly(ItemVector.of(0, 1, 1), ItemVector.of(1, 1, 1));
    assertThat(FIRST.difficulty()).isEqualTo(-4);
  }

  @Test
  void theSecondExampleHasAUniqueBestEnvyFreeSplit() {
    List<SplitAnalysis> best = SECOND.bestPossible();
    assertThat(best).hasSize(1);
    SplitAnalysis b = best.get(0);
    assertThat(b.toFirst()).isEqualTo(ItemVector.of(0, 1, 1));
    assertThat(b.toSecond()).isEqualTo(ItemVector.of(1, 0, 2));
    assertThat(b.scoreFirst()).isEqualTo(6);
    assertThat(b.scoreSecond()).isEqualTo(7);
    assertThat(b.total()).isEqualTo(13);
    // {book, hat, 1 ball} → (6, 6) is envy-free too, but (6, 7) dominates it.
    assertThat(SECOND.isEnvyFree(ItemVector.of(1, 1, 1))).isTrue();
    assertThat(SECOND.isParetoOptimal(ItemVector.of(1, 1, 1))).isFalse();
    assertThat(SECOND.difficulty()).isEqualTo(-6);
  }

  @Test
  void theOutcomeSetOfAnInstanceFeedsTheNegotiationMetrics() {
    var u = FIRST.outcomeSet();
    assertThat(u.outcomes()).hasSize(16);
    assertThat(u.paretoFrontier()).hasSize(FIRST.analyse().stream()
        .filter(SplitAnalysis::paretoOptimal).map(s -> List.of(s.scoreFirst(), s.scoreSecond())).distinct().toList()
        .size());
    // Nash products on the frontier: (4,9) and (6,6) tie at 36 (5×7 = 35, 3×10 = 30).
    assertThat(u.nashPoints()).extracting(p -> p.get(0) + "," + p.get(1)).containsExactly("4.0,9.0", "6.0,6.0");
  }

  @Test
  void instancesFailFastOnAPoolNotWorthTen() {
    assertThatThrownBy(() -> new DondInstance(COUNTS, ItemVector.of(1, 3, 1), ItemVector.of(1, 0, 3)))
        .hasMessageContaining("values_a [1,3,1] value the pool [1,1,3] at 7");
    assertThatThrownBy(() -> new DondInstance(ItemVector.ZERO, ItemVector.ZERO, ItemVector.ZERO))
        .hasMessageContaining("at least one item");
    assertThatThrownBy(() -> ItemVector.of(-1, 0, 0)).hasMessageContaining("books=-1");
    assertThatThrownBy(() -> FIRST.score(0, ItemVector.of(2, 0, 0))).hasMessageContaining("more items than the pool");
  }

  @Test
  void valueVectorsAreExactlyThoseWorthTen() {
    List<ItemVector> omega = DondGenerator.valueVectors(COUNTS);
    // b + h + 3l = 10: l = 0 → 11 vectors, 1 → 8, 2 → 5, 3 → 2.
    assertThat(omega).hasSize(26);
    assertThat(omega).contains(ItemVector.of(1, 3, 2), ItemVector.of(1, 0, 3), ItemVector.of(0, 4, 2),
        ItemVector.of(10, 0, 0), ItemVector.of(0, 1, 3));
    assertThat(omega).allMatch(v -> v.dot(COUNTS) == 10);
    assertThat(DondGenerator.valueVectors(ItemVector.of(1, 1, 1))).hasSize(66);
    assertThat(DondGenerator.valueVectors(ItemVector.of(3, 3, 3))).isEmpty();
    assertThat(DondGenerator.valueVectors(ItemVector.of(0, 2, 0))).containsExactly(ItemVector.of(0, 5, 0));
  }

  @Test
  void theGeneratorDealsOneToFourOfEachTypeWorthTenToBothWithEveryItemValued() {
    List<ItemVector> support = DondGenerator.countsSupport();
    assertThat(support).hasSize(62);
    assertThat(support).doesNotContain(ItemVector.of(3, 3, 3), ItemVector.of(4, 4, 4));
    SplittableRandom rng = new SplittableRandom(42);
    Set<ItemVector> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      DondInstance d = DondGenerator.sample(rng);
      seen.add(d.counts());
      for (int k = 0; k < 3; k++) {
        assertThat(d.counts().get(k)).isBetween(1, 4);
        assertThat(d.valuesA().get(k) + d.valuesB().get(k)).isPositive();
      }
    }
    assertThat(seen).hasSize(62);
  }

  @Test
  void countingEveryInstanceOfTheGenerator() {
    int all = 0;
    int withEnvyFree = 0;
    for (ItemVector c : DondGenerator.countsSupport()) {
      for (ItemVector a : DondGenerator.firstValues(c)) {
        for (ItemVector b : DondGenerator.secondValues(c, a)) {
          all++;
          if (new DondInstance(c, a, b).admitsEnvyFreeSplit()) {
            withEnvyFree++;
          }
        }
      }
    }
    assertThat(all).isEqualTo(13_623);
    assertThat(withEnvyFree).isEqualTo(12_420);
  }

  @Test
  void samplingInstancesThatAdmitAnEnvyFreeSplit() {
    List<DondInstance> l = DondGenerator.sampleEnvyFreeAdmitting(new SplittableRandom(1), 50);
    assertThat(l).hasSize(50).allMatch(DondInstance::admitsEnvyFreeSplit);
    assertThat(DondGenerator.sampleEnvyFreeAdmitting(new SplittableRandom(1), 50)).isEqualTo(l);
  }
}
