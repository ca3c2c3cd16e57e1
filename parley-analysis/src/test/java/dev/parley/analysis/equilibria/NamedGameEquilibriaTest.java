package dev.parley.analysis.equilibria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.game.GameType.UtilityKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** REFERENCE §9.2: every equilibrium of the named games of §1.3, by support enumeration. */
class NamedGameEquilibriaTest {
  private static final double TOL = 1e-9;

  /** An expected equilibrium: mixed strategies and payoffs. */
  record Expected(double[] row, double[] column, double rowPayoff, double columnPayoff) {
    @Override
    public String toString() {
      return Arrays.toString(row) + "/" + Arrays.toString(column) + " → " + rowPayoff + ", " + columnPayoff;
    }
  }

  static Expected pure(int k, int i, int j, double rowPayoff, double columnPayoff) {
    double[] x = new double[k];
    double[] y = new double[k];
    x[i] = 1;
    y[j] = 1;
    return new Expected(x, y, rowPayoff, columnPayoff);
  }

  static Expected mixed(double rowFirst, double columnFirst, double rowPayoff, double columnPayoff) {
    return new Expected(new double[] {rowFirst, 1 - rowFirst}, new double[] {columnFirst, 1 - columnFirst},
        rowPayoff, columnPayoff);
  }

  static Stream<Arguments> table() {
    double third = 1.0 / 3;
    return Stream.of(
        Arguments.of("pd", List.of(pure(2, 1, 1, 1, 1))),
        Arguments.of("pd-akata", List.of(pure(2, 1, 1, 5, 5))),
        Arguments.of("bos", List.of(pure(2, 0, 0, 10, 7), pure(2, 1, 1, 7, 10),
            mixed(10.0 / 17, 7.0 / 17, 70.0 / 17, 70.0 / 17))),
        Arguments.of("bos-hua", List.of(pure(2, 0, 0, 2, 1), pure(2, 1, 1, 1, 2),
            mixed(2.0 / 3, 1.0 / 3, 2.0 / 3, 2.0 / 3))),
        Arguments.of("stag-hunt", List.of(pure(2, 0, 0, 3, 3), pure(2, 1, 1, 1, 1), mixed(third, third, 1, 1))),
        Arguments.of("stag-hunt-ordinal", List.of(pure(2, 0, 0, 4, 4), pure(2, 1, 1, 2, 2),
            mixed(0.5, 0.5, 2.5, 2.5))),
        Arguments.of("chicken", List.of(pure(2, 0, 1, 2, 4), pure(2, 1, 0, 4, 2), mixed(0.5, 0.5, 2.5, 2.5))),
        Arguments.of("wait-go", List.of(pure(2, 0, 1, 0, 2), pure(2, 1, 0, 2, 0),
            mixed(2.0 / 3, 2.0 / 3, 0, 0))),
        Arguments.of("matching-pennies", List.of(mixed(0.5, 0.5, 0, 0))),
        Arguments.of("rps", List.of(new Expected(new double[] {third, third, third},
            new double[] {third, third, third}, 0, 0))),
        Arguments.of("cournot", List.of(pure(6, 2, 2, 6, 6))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void supportEnumerationListsExactlyTheReferenceEquilibria(String name, List<Expected> expected) {
    Bimatrix game = Catalogue.named(name);
    EquilibriumSet found = new SupportEnumeration().enumerate(game);

    assertThat(found.degenerate()).as("degenerate").isFalse();
    assertMatches(found.equilibria(), expected);
    for (Equilibrium e : found.equilibria()) {
      assertThat(game.nashConv(e.row(), e.column())).isLessThanOrEqualTo(TOL);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void baselineWithoutPruningAgrees(String name, List<Expected> expected) {
    Bimatrix game = Catalogue.named(name);
    EquilibriumSet naive = new SupportEnumeration(SupportEnumeration.Config.defaults().withoutPruning())
        .enumerate(game);

    assertMatches(naive.equilibria(), expected);
    assertThat(naive.prunedPairs()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void lemkeHowsonReachesOnlyReferenceEquilibriaFromEveryLabel(String name, List<Expected> expected) {
    Bimatrix game = Catalogue.named(name);
    LemkeHowson lh = new LemkeHowson();
    for (int label = 0; label < game.rows() + game.columns(); label++) {
      EquilibriumSearch s = lh.find(game, label);
      assertThat(s.status()).as("label %d", label).isEqualTo(EquilibriumSearch.Status.FOUND);
      assertThat(expected).as("label %d reached %s", label, s.equilibrium())
          .anySatisfy(x -> assertSame(s.equilibrium(), x));
    }
    // Every nondegenerate game with a unique equilibrium: all labels lead to it.
    if (expected.size() == 1) {
      assertThat(lh.findAll(game)).hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void zeroSumLpSolvesTheZeroSumRowsAndRefusesTheOthers(String name, List<Expected> expected) {
    Bimatrix game = Catalogue.named(name);
    if (game.utilityKind() == UtilityKind.ZERO_SUM) {
      ZeroSumSolution s = new ZeroSumLp().solve(game);
      assertThat(expected).hasSize(1);
      assertThat(s.value()).isCloseTo(expected.get(0).rowPayoff(), within(TOL));
      assertThat(s.row()).containsExactly(expected.get(0).row(), within(TOL));
      assertThat(s.column()).containsExactly(expected.get(0).column(), within(TOL));
    } else {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ZeroSumLp().solve(game))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("GENERAL_SUM");
    }
  }

  static void assertMatches(List<Equilibrium> found, List<Expected> expected) {
    assertThat(found).as("equilibria found").hasSameSizeAs(expected);
    List<Expected> left = new ArrayList<>(expected);
    for (Equilibrium e : found) {
      Expected hit = left.stream().filter(x -> same(e, x)).findFirst().orElse(null);
      assertThat(hit).as("unexpected equilibrium %s; expected %s", e, expected).isNotNull();
      left.remove(hit);
    }
  }

  static void assertSame(Equilibrium e, Expected x) {
    assertThat(same(e, x)).as("%s vs %s", e, x).isTrue();
  }

  static boolean same(Equilibrium e, Expected x) {
    return close(e.row(), x.row()) && close(e.column(), x.column())
        && Math.abs(e.rowPayoff() - x.rowPayoff()) <= TOL && Math.abs(e.columnPayoff() - x.columnPayoff()) <= TOL;
  }

  private static boolean close(double[] u, double[] v) {
    if (u.length != v.length) {
      return false;
    }
    for (int i = 0; i < u.length; i++) {
      if (Math.abs(u[i] - v[i]) > TOL) {
        return false;
      }
    }
    return true;
  }
}
