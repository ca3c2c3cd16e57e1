package dev.parley.analysis.equilibria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.games.matrix.StageGame;
import dev.parley.games.matrix.StageGames;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads bimatrices from games loaded by spec through {@link GameRegistry#discover()}. */
class BimatrixAdapterTest {
  private static final GameRegistry REGISTRY = GameRegistry.discover();

  @Test
  void oneShotMatrixGamesGiveTheCatalogueMatrices() {
    List<String> names = new ArrayList<>();
    StageGames.named().forEach(g -> names.add(g.name()));
    for (int n = 1; n <= 144; n += 13) {
      names.add("rg-" + n);
    }
    for (String name : names) {
      Game<?> game = REGISTRY.load("matrix(stage=" + name + ")");
      Bimatrix read = BimatrixAdapter.oneShot(game);
      StageGame stage = StageGames.get(name);

      assertThat(read).as(name).isEqualTo(Catalogue.of(stage));
      assertThat(read.utilityKind()).as(name).isEqualTo(game.utility());
    }
  }

  @Test
  void battleOfTheSexesReadFromTheGameHasTheReferenceMixedEquilibrium() {
    Bimatrix bos = BimatrixAdapter.oneShot(REGISTRY.load("matrix(stage=bos)"));
    EquilibriumSet set = new SupportEnumeration().enumerate(bos);

    assertThat(bos.rowActions()).containsExactly("J", "F");
    assertThat(set.equilibria()).hasSize(3);
    Equilibrium mixed = set.equilibria().get(2);
    assertThat(mixed.row()).containsExactly(new double[] {10.0 / 17, 7.0 / 17}, within(1e-9));
    assertThat(mixed.column()).containsExactly(new double[] {7.0 / 17, 10.0 / 17}, within(1e-9));
    assertThat(mixed.rowPayoff()).isCloseTo(70.0 / 17, within(1e-9));
  }

  @Test
  void rockPaperScissorsReadFromTheGameSolvesByLinearProgramming() {
    ZeroSumSolution s = new ZeroSumLp().solve(BimatrixAdapter.oneShot(REGISTRY.load("matrix(stage=rps)")));
    assertThat(s.value()).isCloseTo(0, within(1e-9));
    assertThat(s.row()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-9));
  }

  @Test
  void customNonSquareGame() {
    Bimatrix g = BimatrixAdapter.oneShot(
        REGISTRY.load("matrix(stage=custom,payoffs=[[[1,2],[3,4],[0,0]],[[5,6],[7,8],[1,1]]])"));
    assertThat(g.rows()).isEqualTo(2);
    assertThat(g.columns()).isEqualTo(3);
    assertThat(g.rowPayoffs()).isDeepEqualTo(new double[][] {{1, 3, 0}, {5, 7, 1}});
    assertThat(g.columnPayoffs()).isDeepEqualTo(new double[][] {{2, 4, 0}, {6, 8, 1}});
    assertThat(g.columnActions()).containsExactly("a1", "a2", "a3");
    // Row a2 strictly dominates a1; the column player then picks a2: the unique equilibrium pays (7, 8).
    EquilibriumSet set = new SupportEnumeration().enumerate(g);
    assertThat(set.equilibria()).hasSize(1);
    assertThat(set.equilibria().get(0).rowPayoff()).isEqualTo(7);
    assertThat(set.equilibria().get(0).columnPayoff()).isEqualTo(8);
  }

  @Test
  void repeatedGamesAreNotOneShotButHaveAStageGame() {
    Game<?> repeated = REGISTRY.load("repeated(stage=pd-akata,rounds=10)");

    assertThatThrownBy(() -> BimatrixAdapter.oneShot(repeated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not one-shot").hasMessageContaining("(C, C)").hasMessageContaining("stage");
    assertThat(BimatrixAdapter.stage(repeated)).isEqualTo(Catalogue.named("pd-akata"));
  }

  @Test
  void gamesStartingWithChanceAreRefused() {
    Game<?> shuffled = REGISTRY.load("repeated(stage=pd,order=shuffled)");
    assertThatThrownBy(() -> BimatrixAdapter.stage(shuffled))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("joint move of seats 0 and 1").hasMessageContaining("chance");
  }
}
