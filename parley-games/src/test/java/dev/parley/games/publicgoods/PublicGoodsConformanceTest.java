package dev.parley.games.publicgoods;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.testkit.GameConformance;
import dev.parley.testkit.GoldenPlaythrough;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PublicGoodsConformanceTest {
  static final GameRegistry REGISTRY = GameRegistry.discover();

  static Stream<String> specs() {
    return Stream.of(
        "public-goods",
        "public-goods(players=2,endowment=10,multiplier=1.2,rounds=5)",
        "public-goods(players=2,endowment=20,multiplier=1.5,rounds=10)",
        "public-goods(players=5,endowment=7,multiplier=2.5,rounds=4)",
        "public-goods(players=7,endowment=13,multiplier=1.7,rounds=6)",
        "public-goods(players=3,endowment=1,multiplier=0.5,rounds=1)",
        "public-goods(players=4,endowment=5,multiplier=4,rounds=2)",
        "public-goods(players=16,endowment=3,multiplier=20,rounds=2)");
  }

  @ParameterizedTest
  @MethodSource("specs")
  void passesTheConformanceSuite(String spec) {
    Game<?> game = REGISTRY.load(spec);
    GameConformance.Report report = GameConformance.ofAny(game).registry(REGISTRY)
        .episodes(40).seed(spec.hashCode()).check();
    assertThat(report.episodes()).isEqualTo(40);
    assertThat(report.moves()).isGreaterThanOrEqualTo(40);
    assertThat(report.informationStates()).isGreaterThan(game.numPlayers());
  }

  @Test
  void goldenPlaythroughs() {
    Path dir = Path.of("src/test/resources/golden");
    assertThat(GoldenPlaythrough.difference(
        REGISTRY.load("public-goods"), 7, dir.resolve("public-goods-3.txt"))).isEmpty();
    assertThat(GoldenPlaythrough.difference(
        REGISTRY.load("public-goods(players=2,endowment=10,multiplier=1.2,rounds=2)"), 3,
        dir.resolve("public-goods-2.txt"))).isEmpty();
    assertThat(GoldenPlaythrough.difference(
        REGISTRY.load("public-goods(players=5,endowment=7,multiplier=2.5,rounds=2)"), 11,
        dir.resolve("public-goods-5.txt"))).isEmpty();
  }
}
