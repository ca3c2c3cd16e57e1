package dev.parley.analysis.equilibria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VertexEnumerationTest {
  static final VertexEnumeration VERTICES = new VertexEnumeration();

  /** Profiles as rounded text, sorted, for comparing two enumerations. */
  static List<String> profiles(EquilibriumSet set) {
    List<String> out = new ArrayList<>();
    for (Equilibrium e : set.equilibria()) {
      StringBuilder sb = new StringBuilder();
      for (double v : e.row()) {
        sb.append(String.format(java.util.Locale.ROOT, "%.6f ", v + 0.0));
      }
      sb.append("| ");
      for (double v : e.column()) {
        sb.append(String.format(java.util.Locale.ROOT, "%.6f ", v + 0.0));
      }
      out.add(sb.toString());
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  @Test
  void randomGamesGiveTheSameEquilibriaAsSupportEnumeration() {
    SupportEnumeration supports = new SupportEnumeration();
    int total = 0;
    for (long seed = 1; seed <= 30; seed++) {
      int m = 2 + (int) (seed % 5);
      int n = 2 + (int) ((seed * 7) % 5);
      Bimatrix g = RandomGames.bimatrix(seed, m, n);
      EquilibriumSet v = VERTICES.enumerate(g);
      assertThat(profiles(v)).as("seed %d, %d×%d", seed, m, n).isEqualTo(profiles(supports.enumerate(g)));
      assertThat(v.degenerate()).isFalse();
      for (Equilibrium e : v.equilibria()) {
        assertThat(g.isEquilibrium(e.row(), e.column(), 1e-9)).isTrue();
      }
      total += v.size();
    }
    assertThat(total).isGreaterThan(30);
  }

  @Test
  void battleOfTheSexesHasTwoPureAndOneMixedEquilibrium() {
    EquilibriumSet bos = VERTICES.enumerate(Catalogue.named("bos"));
    assertThat(bos.size()).isEqualTo(3);
    assertThat(bos.pure()).hasSize(2);
    Equilibrium mixed = bos.equilibria().stream().filter(e -> !e.isPure()).findFirst().orElseThrow();
    assertThat(mixed.row()[0]).isCloseTo(10.0 / 17, within(1e-9));
  }

  @Test
  void aDegenerateGameGetsEveryExtremeEquilibrium() {
    // the row player is indifferent; the column player matches: every (x, best response to x) is an
    // equilibrium, two segments joined at x = (1/2, 1/2), whose four ends are the extreme equilibria
    Bimatrix g = Bimatrix.of(new double[][] {{1, 1}, {1, 1}}, new double[][] {{1, 0}, {0, 1}});
    EquilibriumSet v = VERTICES.enumerate(g);
    assertThat(v.degenerate()).isTrue();
    assertThat(profiles(v)).containsExactlyInAnyOrder(
        "0.000000 1.000000 | 0.000000 1.000000 ",
        "0.500000 0.500000 | 0.000000 1.000000 ",
        "0.500000 0.500000 | 1.000000 0.000000 ",
        "1.000000 0.000000 | 1.000000 0.000000 ");
    assertThat(new SupportEnumeration().enumerate(g).size()).as("support enumeration misses some").isLessThan(4);
  }

  @Test
  void largeGamesAreRefusedWithTheReason() {
    assertThatThrownBy(() -> VERTICES.enumerate(RandomGames.bimatrix(1, 12, 12)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use support enumeration");
  }

  static Bimatrix affine(Bimatrix g, double ka, double ca, double kb, double cb) {
    double[][] a = g.rowPayoffs();
    double[][] b = g.columnPayoffs();
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) {
        a[i][j] = ka * a[i][j] + ca;
        b[i][j] = kb * b[i][j] + cb;
      }
    }
    return Bimatrix.of(a, b);
  }

  @Test
  void theAnswerDoesNotDependOnThePayoffScale() {
    for (long seed = 1; seed <= 20; seed++) {
      Bimatrix g = RandomGames.bimatrix(seed, 2 + (int) (seed % 3), 2 + (int) ((seed * 5) % 3));
      List<String> plain = profiles(VERTICES.enumerate(g));
      assertThat(profiles(VERTICES.enumerate(affine(g, 1e6, 3, 1e6, -7)))).as("seed %d", seed).isEqualTo(plain);
      assertThat(profiles(VERTICES.enumerate(affine(g, 1e-4, 0, 2e-4, 1)))).as("seed %d", seed).isEqualTo(plain);
    }
    // a degenerate game whose rescaled copy once produced a point on an edge as if it were a vertex
    Bimatrix integer = Bimatrix.of(new double[][] {{1, 1, 2, 0}, {0, 0, 1, 0}, {2, 1, 2, 2}},
        new double[][] {{1, 1, 0, 2}, {0, 1, 1, 2}, {1, 1, 1, 0}});
    assertThat(profiles(VERTICES.enumerate(affine(integer, 1.0 / 3, 0.1, 1.0 / 7, -0.3))))
        .isEqualTo(profiles(VERTICES.enumerate(integer)));
  }
}
