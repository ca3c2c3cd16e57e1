package dev.parley.analysis.shapley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShapleyTest {
  private static final ExactShapley EXACT = new ExactShapley();

  /**
   * v(∅)=0, v(A)=1, v(B)=2, v(C)=3, v(AB)=4, v(AC)=5, v(BC)=6, v(ABC)=9. By hand over the six orders:
   * φ_A = ⅓·1 + ⅙·(4−2) + ⅙·(5−3) + ⅓·(9−6) = 2, φ_B = 3, φ_C = 4.
   */
  @Test
  void handComputedThreePlayerGame() {
    double[] table = {0, 1, 2, 4, 3, 5, 6, 9};
    ShapleyValues phi = EXACT.compute(3, mask -> table[(int) mask]);
    assertThat(phi.values()).containsExactly(new double[] {2, 3, 4}, within(1e-12));
    assertThat(phi.standardErrors()).containsExactly(0, 0, 0);
    assertThat(phi.grandValue()).isEqualTo(9);
    assertThat(phi.evaluations()).isEqualTo(8);
  }

  /** Glove game: player 0 holds the left glove, players 1 and 2 right gloves: (2/3, 1/6, 1/6). */
  @Test
  void gloveGameAndSymmetry() {
    CoalitionValue gloves = mask -> (mask & 1) != 0 && (mask & 6) != 0 ? 1 : 0;
    ShapleyValues phi = EXACT.compute(3, gloves);
    assertThat(phi.values()).containsExactly(new double[] {2.0 / 3, 1.0 / 6, 1.0 / 6}, within(1e-12));
  }

  /** A fourth player who never changes any coalition's value gets 0; the others keep their values. */
  @Test
  void nullPlayerGetsNothing() {
    double[] table = {0, 1, 2, 4, 3, 5, 6, 9};
    ShapleyValues phi = EXACT.compute(4, mask -> table[(int) (mask & 7)]);
    assertThat(phi.values()).containsExactly(new double[] {2, 3, 4, 0}, within(1e-12));
  }

  /** Efficiency on a game with interactions among 12 players: Σφ = v(N) − v(∅). */
  @Test
  void efficiencyExactAndSampled() {
    CoalitionValue game = interactionGame(12);
    ShapleyValues exact = EXACT.compute(12, game);
    assertThat(exact.sum()).isCloseTo(game.value((1L << 12) - 1) - game.value(0), within(1e-9));
    ShapleyValues mc = new PermutationShapley(new PermutationShapleyConfig(200, 3)).compute(12, game);
    assertThat(mc.sum()).isCloseTo(mc.grandValue() - mc.emptyValue(), within(1e-9));
    assertThat(mc.grandValue()).isEqualTo(exact.grandValue());
  }

  /**
   * Sampling agrees with the exact values within four standard errors, and 16 times the orders
   * shrink the errors about 4 times.
   */
  @Test
  void permutationSamplingIsWithinItsErrorBarsOfTheExactValues() {
    int n = 9;
    CoalitionValue game = interactionGame(n);
    ShapleyValues exact = EXACT.compute(n, game);
    ShapleyValues few = new PermutationShapley(new PermutationShapleyConfig(500, 42)).compute(n, game);
    ShapleyValues many = new PermutationShapley(new PermutationShapleyConfig(8000, 42)).compute(n, game);
    for (int i = 0; i < n; i++) {
      assertThat(few.standardError(i)).isPositive();
      assertThat(Math.abs(few.value(i) - exact.value(i))).isLessThanOrEqualTo(4 * few.standardError(i));
      assertThat(Math.abs(many.value(i) - exact.value(i))).isLessThanOrEqualTo(4 * many.standardError(i));
      assertThat(few.standardError(i) / many.standardError(i)).isBetween(3.0, 5.3);
    }
    assertThat(few.evaluations()).isEqualTo(1 + 500L * n);
    ShapleyValues again = new PermutationShapley(new PermutationShapleyConfig(500, 42)).compute(n, game);
    assertThat(again).isEqualTo(few);
  }

  /** An additive game of 50 players: every order credits exactly w_i, so sampling is exact with zero error. */
  @Test
  void additiveGameIsExactForManyPlayers() {
    int n = 50;
    CoalitionValue additive = mask -> {
      double v = 0;
      for (int i = 0; i < n; i++) {
        if ((mask & (1L << i)) != 0) {
          v += i + 1;
        }
      }
      return v;
    };
    ShapleyValues phi = new PermutationShapley(new PermutationShapleyConfig(20, 1)).compute(n, additive);
    for (int i = 0; i < n; i++) {
      assertThat(phi.value(i)).isCloseTo(i + 1, within(1e-9));
      assertThat(phi.standardError(i)).isCloseTo(0, within(1e-9));
    }
  }

  /** Players 0 and 1 enter the game symmetrically, so their values are equal. */
  @Test
  void symmetricPlayersGetEqualValues() {
    CoalitionValue game = mask -> {
      int count = Long.bitCount(mask & 3);
      return count * count + ((mask & 4) != 0 ? 2 * count : 0) + Long.bitCount(mask & 8);
    };
    ShapleyValues phi = EXACT.compute(4, game);
    assertThat(phi.value(0)).isCloseTo(phi.value(1), within(1e-12));
    assertThat(phi.value(3)).isCloseTo(1, within(1e-12));
  }

  @Test
  void limitsAreChecked() {
    assertThatThrownBy(() -> EXACT.compute(25, mask -> 0)).hasMessageContaining("players");
    assertThatThrownBy(() -> new PermutationShapley(new PermutationShapleyConfig(10, 0)).compute(64, mask -> 0))
        .hasMessageContaining("players");
    assertThatThrownBy(() -> new PermutationShapleyConfig(1, 0)).hasMessageContaining("permutations");
  }

  /** Weighted players plus pairwise synergies and a threshold bonus: not additive, not symmetric. */
  private static CoalitionValue interactionGame(int n) {
    return mask -> {
      double v = 0;
      int size = Long.bitCount(mask);
      for (int i = 0; i < n; i++) {
        if ((mask & (1L << i)) != 0) {
          v += 1 + 0.3 * i;
          int j = (i + 1) % n;
          if ((mask & (1L << j)) != 0) {
            v += 0.5 * (i % 3);
          }
        }
      }
      return v + (size >= n / 2 ? 3 : 0);
    };
  }
}
