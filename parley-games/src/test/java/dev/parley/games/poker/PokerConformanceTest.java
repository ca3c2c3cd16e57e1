package dev.parley.games.poker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.MatchInfo;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Provenance;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.testkit.ForwardingGame;
import dev.parley.testkit.GameConformance;
import dev.parley.testkit.GoldenPlaythrough;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PokerConformanceTest {
  static final GameRegistry REGISTRY = GameRegistry.discover();

  @ParameterizedTest
  @ValueSource(strings = {"kuhn-poker", "leduc-poker"})
  void passesTheConformanceSuite(String spec) {
    Game<?> game = REGISTRY.load(spec);
    GameConformance.Report report = GameConformance.ofAny(game).registry(REGISTRY)
        .episodes(400).seed(spec.hashCode()).check();
    assertThat(report.episodes()).isEqualTo(400);
    assertThat(report.moves()).isGreaterThanOrEqualTo(400);
    assertThat(report.informationStates()).isGreaterThan(game.numPlayers());
  }

  @Test
  void goldenPlaythroughs() {
    Path dir = Path.of("src/test/resources/golden");
    assertThat(GoldenPlaythrough.difference(REGISTRY.load("kuhn-poker"), 1, dir.resolve("kuhn-poker-1.txt"))).isEmpty();
    assertThat(GoldenPlaythrough.difference(REGISTRY.load("kuhn-poker"), 4, dir.resolve("kuhn-poker-4.txt"))).isEmpty();
    assertThat(GoldenPlaythrough.difference(
        REGISTRY.load("leduc-poker"), 2, dir.resolve("leduc-poker-2.txt"))).isEmpty();
    assertThat(GoldenPlaythrough.difference(
        REGISTRY.load("leduc-poker"), 5, dir.resolve("leduc-poker-5.txt"))).isEmpty();
    assertThat(GoldenPlaythrough.difference(
        REGISTRY.load("leduc-poker"), 10, dir.resolve("leduc-poker-10.txt"))).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSuiteRejectsAGameWhoseReturnsLeaveTheirDeclaredRange() {
    Game<Integer> kuhn = (Game<Integer>) REGISTRY.load("kuhn-poker");
    Game<Integer> narrow = new ForwardingGame<>(kuhn) {
      @Override
      public double minReturn() {
        return -2;
      }

      @Override
      public double maxReturn() {
        return 1; // a called bet wins 2
      }
    };
    assertThatThrownBy(() -> GameConformance.of(narrow).episodes(200).check())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("return 2.0 outside [-2.0, 1.0]");
  }

  @Test
  void aPlaythroughThatDiffersFromItsGoldenFileIsReported() {
    Path dir = Path.of("src/test/resources/golden");
    assertThat(GoldenPlaythrough.difference(REGISTRY.load("kuhn-poker"), 1, dir.resolve("leduc-poker-2.txt")))
        .hasValueSatisfying(d -> assertThat(d).contains("differs from").contains("at line 1"));
    assertThat(GoldenPlaythrough.difference(REGISTRY.load("kuhn-poker"), 1, dir.resolve("no-such-file.txt")))
        .hasValueSatisfying(d -> assertThat(d).contains("no golden file"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kuhn-poker", "leduc-poker"})
  @SuppressWarnings("unchecked")
  void theEngineDealsAndPlaysHandsToTheEnd(String spec) {
    Game<Integer> game = (Game<Integer>) REGISTRY.load(spec);
    AgentFactory<Integer> uniform = AgentRegistry.discover().factory("uniform", game);
    Provenance prov = new Provenance("test", "test", game.type().versionedId(), "test");
    for (long seed = 0; seed < 20; seed++) {
      Episode e = new EpisodeRunner(RunnerConfig.DEFAULT).run(game, List.of(uniform.create(), uniform.create()),
          new MatchInfo("test", seed, seed, List.of("uniform", "uniform"), prov));
      assertThat(e.status()).isEqualTo(EpisodeStatus.COMPLETED);
      assertThat(e.returns().get(0) + e.returns().get(1)).isZero();
      assertThat(e.steps().get(0).action()).startsWith("deal:");
    }
  }
}
