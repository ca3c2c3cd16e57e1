package dev.parley.analysis.cfr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.GameType.UtilityKind;
import org.junit.jupiter.api.Test;

class GameTreeTest {
  static final GameRegistry REGISTRY = GameRegistry.discover();

  @Test
  void kuhnCompilesToFiftyEightNodesAndTwelveInformationSets() {
    GameTree t = GameTree.compile(REGISTRY.load("kuhn-poker"));
    assertThat(t.numNodes()).isEqualTo(58);
    assertThat(t.numTerminals()).isEqualTo(30);
    assertThat(t.numInfosets()).isEqualTo(12);
    assertThat(t.player(0)).isEqualTo(GameTree.CHANCE);
    assertThat(t.utilitySum()).isZero();
    int i = t.infoset("p1|?K|b").orElseThrow();
    assertThat(t.infosetPlayer(i)).isEqualTo(1);
    assertThat(t.infosetActions(i)).containsExactly("pass", "bet");
    assertThat(t.infoset("p1|?K|bb")).isEmpty();
    assertThat(t.versionedId()).isEqualTo("kuhn-poker-v1");
  }

  @Test
  void leducCompilesTo936InformationSets() {
    GameTree t = GameTree.compile(REGISTRY.load("leduc-poker"));
    assertThat(t.numInfosets()).isEqualTo(936);
    assertThat(t.numNodes()).isEqualTo(9457);
    assertThat(t.numTerminals()).isEqualTo(5520);
    assertThat(t.infosetActions(t.infoset("p1|??Kh|r").orElseThrow())).containsExactly("fold", "call", "raise");
    assertThat(t.infosetActions(t.infoset("p0|Qs??|rr").orElseThrow())).containsExactly("fold", "call");
  }

  @Test
  void simultaneousZeroSumMatrixGamesBecomeTurnsWithAHiddenFirstMove() {
    GameTree t = GameTree.compile(REGISTRY.load("matrix(stage=rps)"));
    assertThat(t.numInfosets()).isEqualTo(2);
    assertThat(t.numTerminals()).isEqualTo(9);
    assertThat(Exploitability.nashConv(t, t.uniformPolicy())).isCloseTo(0, within(1e-12));
    CfrSolver cfr = CfrSolver.create(t, CfrSolver.Variant.CFR_PLUS);
    cfr.iterate(200);
    assertThat(Exploitability.exploitability(t, cfr.averagePolicy())).isLessThan(1e-3);

    GameTree pennies = GameTree.compile(REGISTRY.load("repeated(stage=matching-pennies,rounds=2)"));
    CfrSolver solver = CfrSolver.create(pennies, CfrSolver.Variant.CFR);
    solver.iterate(500);
    assertThat(Exploitability.values(pennies, solver.averagePolicy())[0]).isCloseTo(0, within(1e-2));
    assertThat(Exploitability.exploitability(pennies, solver.averagePolicy())).isLessThan(0.05);
  }

  @Test
  void refusesGamesByTheirFactsWithAClearMessage() {
    assertThatThrownBy(() -> GameTree.compile(new FactsGame("three", 3, UtilityKind.ZERO_SUM, true, false)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two-player").hasMessageContaining("3 players");
    assertThatThrownBy(() -> GameTree.compile(REGISTRY.load("matrix(stage=pd)")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero-sum or constant-sum")
        .hasMessageContaining("GENERAL_SUM");
    assertThatThrownBy(() -> GameTree.compile(new FactsGame("keyless", 2, UtilityKind.ZERO_SUM, false, false)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INFORMATION_STATE_KEYS");
    assertThatThrownBy(() -> GameTree.compile(new FactsGame("talk", 2, UtilityKind.ZERO_SUM, true, true)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("open action space");
    assertThatThrownBy(() -> CfrSolver.create(new FactsGame("three", 3, UtilityKind.ZERO_SUM, true, false),
        CfrSolver.Variant.CFR)).hasMessageContaining("two-player");
    assertThatThrownBy(() -> OutcomeSamplingMccfr.create(new FactsGame("g", 2, UtilityKind.GENERAL_SUM, true, false),
        OutcomeSamplingMccfr.Config.seeded(1))).hasMessageContaining("GENERAL_SUM");
  }

  @Test
  void checksDeclaredUtilityAgainstReturnsAndTheNodeLimit() {
    assertThatThrownBy(() -> GameTree.compile(new FactsGame("skewed", 2, UtilityKind.ZERO_SUM, true, false, 0.5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declares zero-sum returns but returned");
    assertThatThrownBy(() -> GameTree.compile(new FactsGame("skewed", 2, UtilityKind.CONSTANT_SUM, true, false, 0.5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("constant-sum");
    assertThatThrownBy(() -> GameTree.compile(REGISTRY.load("leduc-poker"), 1000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 1000 nodes");
    GameTree constant = GameTree.compile(new FactsGame("cs", 2, UtilityKind.CONSTANT_SUM, true, false));
    assertThat(constant.utilitySum()).isZero();
  }
}
