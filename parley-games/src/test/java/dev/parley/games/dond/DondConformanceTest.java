package dev.parley.games.dond;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.testkit.GameConformance;
import dev.parley.testkit.GoldenPlaythrough;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DondConformanceTest {
  static final GameRegistry REGISTRY = GameRegistry.discover();

  @ParameterizedTest
  @ValueSource(strings = {
      "deal-or-no-deal",
      "deal-or-no-deal(max_turns=4)",
      "deal-or-no-deal(counts=[1,1,3],values_a=[1,3,2],values_b=[1,0,3])",
      "deal-or-no-deal(counts=[2,1,1],max_turns=12)",
      "deal-or-no-deal(counts=[4,2,4],values_a=[1,1,1],values_b=[1,1,1],max_turns=1)",
      "deal-or-no-deal(counts=[0,2,5],values_a=[0,5,0],values_b=[0,0,2])"})
  void passesTheConformanceSuite(String spec) {
    Game<?> game = REGISTRY.load(spec);
    GameConformance.Report report = GameConformance.ofAny(game).registry(REGISTRY)
        .episodes(200).seed(spec.hashCode()).check();
    assertThat(report.episodes()).isEqualTo(200);
    assertThat(report.moves()).isGreaterThanOrEqualTo(200);
    assertThat(report.informationStates()).isGreaterThan(game.numPlayers());
  }

  @Test
  void goldenPlaythroughs() {
    Path dir = Path.of("src/test/resources/golden");
    assertThat(GoldenPlaythrough.difference(
        REGISTRY.load("deal-or-no-deal(max_turns=4)"), 3, dir.resolve("deal-or-no-deal-4.txt"))).isEmpty();
    assertThat(GoldenPlaythrough.difference(
        REGISTRY.load( "deal-or-no-deal(counts=[1,1,3],values_a=[1,3,2],values_b=[1,0,3],max_turns=6)"), 5,
        dir.resolve("deal-or-no-deal-hua.txt"))).isEmpty();
  }
}
