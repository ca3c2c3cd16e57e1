package dev.parley.games.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.GameType;
import dev.parley.testkit.ForwardingGame;
import dev.parley.testkit.GameConformance;
import dev.parley.testkit.GoldenPlaythrough;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BargainingConformanceTest {
  static final GameRegistry REGISTRY = GameRegistry.discover();

  @ParameterizedTest
  @ValueSource(strings = {
      "bargaining",
      "bargaining(item=diamond)",
      "bargaining(rounds=1)",
      "bargaining(item=lamp,seller_cost=12.5,seller_opening=40,buyer_opening=25,seller_reserve=20,buyer_value=35)",
      "bargaining(mode=free-text)",
      "bargaining(mode=free-text,consult=always,no_deal_after=3,judge_window=0)",
      "bargaining(mode=free-text,item=diamond,rounds=3,seller_reserve=900,buyer_value=1500)"})
  void passesTheConformanceSuite(String spec) {
    Game<?> game = REGISTRY.load(spec);
    GameConformance.Report report = GameConformance.ofAny(game).registry(REGISTRY)
        .episodes(150).seed(spec.hashCode()).check();
    assertThat(report.episodes()).isEqualTo(150);
    assertThat(report.moves()).isGreaterThanOrEqualTo(150);
    assertThat(report.informationStates()).isGreaterThan(game.numPlayers());
  }

  @Test
  void goldenPlaythroughs() {
    Path dir = Path.of("src/test/resources/golden");
    assertThat(GoldenPlaythrough.difference(
        REGISTRY.load("bargaining(buyer_value=16)"), 27, dir.resolve("bargaining-balloon.txt"))).isEmpty();
    assertThat(GoldenPlaythrough.difference(
        REGISTRY.load("bargaining(mode=free-text,rounds=3)"), 18, dir.resolve("bargaining-free-text.txt"))).isEmpty();
  }

  @Test
  void theSuiteRejectsOpenMovesThatTheGameTypeDoesNotDeclare() {
    BargainingGame real = (BargainingGame) REGISTRY.load("bargaining");
    GameType t = real.type();
    Set<GameType.Capability> fewer = EnumSet.copyOf(t.capabilities());
    fewer.remove(GameType.Capability.OPEN_ACTIONS);
    GameType undeclared = new GameType(t.id(), t.version(), t.description(), t.dynamics(), t.chance(),
        t.information(), t.utility(), t.rewardModel(), t.minPlayers(), t.maxPlayers(), t.parameters(), fewer);
    Game<BargainAction> hiding = new ForwardingGame<>(real) {
      @Override
      public GameType type() {
        return undeclared;
      }
    };
    assertThatThrownBy(() -> GameConformance.of(hiding).episodes(5).check())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("has an open action space but the game type does not declare OPEN_ACTIONS");
  }
}
