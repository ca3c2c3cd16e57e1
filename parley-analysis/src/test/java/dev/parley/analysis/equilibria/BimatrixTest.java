package dev.parley.analysis.equilibria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.game.GameType.UtilityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class BimatrixTest {

  @Test
  void utilityKindsOfTheCatalogue() {
    assertThat(Catalogue.named("pd").utilityKind()).isEqualTo(UtilityKind.GENERAL_SUM);
    assertThat(Catalogue.named("matching-pennies").utilityKind()).isEqualTo(UtilityKind.ZERO_SUM);
    assertThat(Catalogue.named("rps").isZeroSum()).isTrue();
    assertThat(Catalogue.named("bos").isConstantSum()).isFalse();
    Bimatrix preference = Catalogue.preference();
    assertThat(preference.utilityKind()).isEqualTo(UtilityKind.CONSTANT_SUM);
    assertThat(preference.constantSum().getAsDouble()).isCloseTo(1, within(1e-12));
    assertThat(Bimatrix.of(new double[][] {{1, 0}, {0, 1}}, new double[][] {{1, 0}, {0, 1}}).utilityKind())
        .isEqualTo(UtilityKind.IDENTICAL);
  }

  @Test
  void symmetricGamesOfTheCatalogue() {
    assertThat(Catalogue.named("stag-hunt").isSymmetric()).isTrue();
    assertThat(Catalogue.named("cournot").isSymmetric()).isTrue();
    assertThat(Catalogue.named("bos").isSymmetric()).isFalse();
  }

  @Test
  void nashConvIsZeroAtTheMixedBattleOfTheSexesEquilibriumAndPositiveElsewhere() {
    Bimatrix bos = Catalogue.named("bos");
    double[] x = {10.0 / 17, 7.0 / 17};
    double[] y = {7.0 / 17, 10.0 / 17};

    assertThat(bos.nashConv(x, y)).isCloseTo(0, within(1e-12));
    assertThat(bos.expectedPayoffs(x, y)).containsExactly(new double[] {70.0 / 17, 70.0 / 17}, within(1e-12));
    // Uniform play: the row player gains 5 − 4.25 by J, the column player 5 − 4.25 by F.
    assertThat(bos.nashConv(new double[] {.5, .5}, new double[] {.5, .5})).isCloseTo(1.5, within(1e-12));
  }

  @Test
  void transposeSwapsTheRoles() {
    Bimatrix chicken = Catalogue.named("chicken");
    Bimatrix t = chicken.transpose();
    assertThat(t.rowPayoff(0, 1)).isEqualTo(chicken.columnPayoff(1, 0));
    assertThat(t.columnPayoff(0, 1)).isEqualTo(chicken.rowPayoff(1, 0));
    assertThat(t.transpose()).isEqualTo(chicken);
  }

  @Test
  void isImmutable() {
    double[][] a = {{1, 2}, {3, 4}};
    Bimatrix g = Bimatrix.zeroSum(a);
    a[0][0] = 99;
    g.rowPayoffs()[0][0] = 99;
    assertThat(g.rowPayoff(0, 0)).isEqualTo(1);
    assertThat(g.columnPayoff(0, 0)).isEqualTo(-1);
    assertThat(g.rowActions()).containsExactly("a1", "a2");
  }

  @Test
  void failsFastNamingTheFieldAndTheBadValue() {
    assertThatThrownBy(() -> Bimatrix.of(new double[][] {{1, 2}, {3}}, new double[][] {{1, 2}, {3, 4}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rowPayoffs: row 2 has 1 entries");
    assertThatThrownBy(() -> Bimatrix.of(new double[][] {{1}}, new double[][] {{Double.NaN}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("columnPayoffs").hasMessageContaining("NaN");
    assertThatThrownBy(() -> Bimatrix.of(new double[][] {{1}}, new double[][] {{1}}, List.of("a", "b"), List.of("c")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rowActions: 2 names for 1 actions");
    assertThatThrownBy(() -> Bimatrix.of(new double[0][], new double[0][]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    assertThatThrownBy(() -> Catalogue.named("pd").nashConv(new double[] {.5, .6}, new double[] {.5, .5}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row strategy").hasMessageContaining("1.1");
  }
}
