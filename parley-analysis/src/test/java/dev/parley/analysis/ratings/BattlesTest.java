package dev.parley.analysis.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BattlesTest {

  @Test
  void aMultiPlayerResultBecomesOnePairPerTwoParticipants() {
    Battles b = Battles.builder().addRanking(List.of("x", "y", "z"), new double[] {3, 1, 3}).build();
    assertThat(b.rows()).isEqualTo(3);
    assertThat(b.players()).containsExactly("x", "y", "z");
    assertThat(b.score(0)).isEqualTo(1.0); // x over y
    assertThat(b.score(1)).isEqualTo(0.5); // x ties z
    assertThat(b.score(2)).isEqualTo(0.0); // y loses to z
    assertThat(b.first(2)).isEqualTo(1);
    assertThat(b.second(2)).isEqualTo(2);
  }

  @Test
  void aggregationMergesSeatsIntoUnorderedPairs() {
    Battles b = Battles.builder()
        .add("B", "A", 1, 2) // A loses twice
        .add("A", "B", 1, 5)
        .add("A", "B", 0.5, 3)
        .add("C", "A", 0, 4) // A wins four times
        .build();
    PairCounts c = b.aggregate();
    assertThat(b.size()).isEqualTo(14);
    assertThat(c.battles()).isEqualTo(14);
    assertThat(c.pairs()).isEqualTo(2);
    // players are indexed by first appearance: B = 0, A = 1, C = 2; rows sorted by (low, high)
    assertThat(c.low(0)).isZero();
    assertThat(c.high(0)).isEqualTo(1);
    assertThat(c.wins(0)).isEqualTo(2); // B over A
    assertThat(c.ties(0)).isEqualTo(3);
    assertThat(c.losses(0)).isEqualTo(5);
    assertThat(c.low(1)).isEqualTo(1);
    assertThat(c.high(1)).isEqualTo(2);
    assertThat(c.wins(1)).isEqualTo(4); // A over C
    assertThat(c.losses(1)).isZero();
    double[][] m = c.meanScoreMatrix();
    assertThat(m[1][0]).isEqualTo(6.5 / 10);
    assertThat(m[0][1]).isEqualTo(3.5 / 10);
    assertThat(m[1][2]).isEqualTo(1.0);
    assertThat(m[0][2]).isNaN();
    assertThat(m[2][2]).isEqualTo(0.5);
  }

  @Test
  void manyPlayersAggregateIntoSortedRows() {
    int n = 300;
    Battles.Builder builder = Battles.builder();
    for (int i = n - 1; i > 0; i--) {
      builder.add("p" + i, "p" + (i - 1), 1);
      builder.add("p" + (i - 1), "p" + i, 1);
    }
    PairCounts c = builder.build().aggregate();
    assertThat(c.pairs()).isEqualTo(n - 1);
    for (int r = 1; r < c.pairs(); r++) {
      assertThat(c.low(r)).isGreaterThan(c.low(r - 1));
      assertThat(c.wins(r) + c.losses(r)).isEqualTo(2);
    }
  }

  @Test
  void badRowsAreNamed() {
    List<String> ab = List.of("a", "b");
    assertThatThrownBy(() -> Battles.of(ab, new int[] {0}, new int[] {1}, new double[] {0.7}))
        .hasMessageContaining("score[0]");
    assertThatThrownBy(() -> Battles.of(ab, new int[] {0}, new int[] {0}, new double[] {1}))
        .hasMessageContaining("against itself");
    assertThatThrownBy(() -> Battles.of(ab, new int[] {0}, new int[] {2}, new double[] {1}))
        .hasMessageContaining("second[0] = 2");
    assertThatThrownBy(() -> Battles.of(ab, new int[] {0}, new int[] {1}, new double[] {1}, new int[] {0}))
        .hasMessageContaining("count[0]");
    assertThatThrownBy(() -> Battles.of(List.of("a", "a"), new int[] {0}, new int[] {1}, new double[] {1}))
        .hasMessageContaining("distinct");
    assertThatThrownBy(() -> Battles.builder().add("a", "a", 1)).hasMessageContaining("two different players");
  }

  @Test
  void inputArraysAreCopied() {
    int[] first = {0};
    Battles b = Battles.of(List.of("a", "b"), first, new int[] {1}, new double[] {1});
    first[0] = 1;
    assertThat(b.first(0)).isZero();
  }

  @Test
  void ratingsRankAndLookUpByName() {
    Ratings r = new Ratings(List.of("a", "b", "c"), new double[] {1, 3, 2}, "test");
    assertThat(r.ranking()).containsExactly("b", "c", "a");
    assertThat(r.of("c")).isEqualTo(2);
    assertThatThrownBy(() -> r.of("d")).hasMessageContaining("'d'");
    assertThat(r).isEqualTo(new Ratings(List.of("a", "b", "c"), new double[] {1, 3, 2}, "test"));
  }
}
