package dev.parley.games.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.GameState;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParseResult;
import dev.parley.testkit.ForwardingGame;
import dev.parley.testkit.GameConformance;
import dev.parley.testkit.GoldenPlaythrough;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MatrixConformanceTest {
  static final GameRegistry REGISTRY = GameRegistry.discover();

  static Stream<String> specs() {
    List<String> specs = new ArrayList<>();
    for (StageGame g : StageGames.named()) {
      specs.add("matrix(stage=" + g.name() + ")");
      specs.add("repeated(stage=" + g.name() + ",rounds=5)");
    }
    specs.add("repeated");
    specs.add("repeated(stage=pd-akata,rounds=10,order=shuffled)");
    specs.add("repeated(stage=bos,rounds=20,continuation=0.6)");
    specs.add("repeated(stage=rps,rounds=4,continuation=0.8,order=shuffled)");
    specs.add("repeated(payoffs=[[[1,2],[3,4],[0,0]],[[5,6],[7,8],[1,1]]],rounds=3)");
    specs.add("matrix(stage=custom,payoffs=[[[2,-2]]],actions=[only])");
    specs.add("repeated(stage=pd,labels=[A,B],rounds=1)");
    for (int n = 1; n <= 144; n += 11) {
      specs.add("repeated(stage=rg-" + n + ",rounds=3)");
    }
    return specs.stream();
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
  void allCatalogueGamesPassAsOneShotGames() {
    for (int n = 1; n <= 144; n++) {
      Game<?> game = REGISTRY.load("matrix(stage=rg-" + n + ")");
      GameConformance.Report report = GameConformance.ofAny(game).registry(REGISTRY).episodes(4).check();
      // one simultaneous move per episode: both seats act once
      assertThat(report.moves()).as(game.toString()).isEqualTo(8);
    }
  }

  @Test
  void goldenPlaythroughs() {
    Path dir = Path.of("src/test/resources/golden");
    assertThat(GoldenPlaythrough.difference(
        REGISTRY.load("repeated(stage=pd-akata,rounds=3,order=shuffled,continuation=0.9)"), 7,
        dir.resolve("repeated-pd-akata.txt"))).isEmpty();
    assertThat(GoldenPlaythrough.difference(
        REGISTRY.load("matrix(stage=rps)"), 3, dir.resolve("matrix-rps.txt"))).isEmpty();
    assertThat(GoldenPlaythrough.difference(
        REGISTRY.load("repeated(stage=bos,rounds=2)"), 11, dir.resolve("repeated-bos.txt"))).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSuiteRejectsAReplyThatDoesNotReadBackAsItsAction() {
    Game<Integer> pd = (Game<Integer>) REGISTRY.load("matrix(stage=pd)");
    ActionCodec<Integer> real = pd.codec();
    ActionCodec<Integer> mislabelled = new ActionCodec<>() {
      @Override
      public String encode(Integer action) {
        return real.encode(action);
      }

      @Override
      public ParseResult<Integer> parse(String text) {
        return real.parse(text);
      }

      @Override
      public String reply(Integer action, Observation observation) {
        return "Option " + (action == 0 ? "F" : "J");
      }

      @Override
      public String formatInstructions(GameState<Integer> state, int seat) {
        return real.formatInstructions(state, seat);
      }
    };
    Game<Integer> wrong = new ForwardingGame<>(pd) {
      @Override
      public ActionCodec<Integer> codec() {
        return mislabelled;
      }
    };
    assertThatThrownBy(() -> GameConformance.of(wrong).episodes(3).check())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("parse(reply(0))").hasMessageContaining("reply 'Option F'");
    assertThat(real.reply(0, pd.observe(pd.newInitialState(), 0))).isEqualTo("Option J");
  }
}
