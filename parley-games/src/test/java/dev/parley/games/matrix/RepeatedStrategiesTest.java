package dev.parley.games.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.MatchInfo;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Provenance;
import dev.parley.core.episode.Step;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Known answers of REFERENCE §2.1 and §9.4: ten-round scores of every pair, and move sequences. */
class RepeatedStrategiesTest {
  static final GameRegistry GAMES = GameRegistry.discover();
  static final AgentRegistry AGENTS = AgentRegistry.discover();
  static final Provenance PROV = new Provenance("test", "test", "repeated-v1", "test");
  static final List<String> ORDER =
      List.of("allc", "alld", "tft", "stft", "tf2t", "grim", "wsls", "alt", "def1", "prober", "rtft");

  static final String CANONICAL = """
      ALLC   30 0 30 27 30 30 30 15 27 6 0
      ALLD   50 10 14 10 18 14 30 30 46 18 46
      TFT    30 9 30 25 30 30 30 23 29 29 19
      STFT   32 10 25 10 32 13 23 25 30 30 24
      TF2T   30 8 30 27 30 30 30 15 27 11 18
      GRIM   30 9 30 13 30 30 30 27 45 17 41
      WSLS   30 5 30 18 30 30 30 21 45 23 12
      ALT    40 5 28 25 40 12 26 20 37 28 17
      DEF1   32 1 29 25 32 5 5 17 28 7 4
      PROBER 46 8 29 25 26 12 18 23 42 14 22
      RTFT   50 1 24 19 28 6 32 22 44 22 20
      """;

  static final String AKATA = """
      ALLC   80 0 80 72 80 80 80 40 72 16 0
      ALLD   100 50 55 50 60 55 75 75 95 60 95
      TFT    80 45 80 50 80 80 80 48 74 74 51
      STFT   82 50 50 50 82 50 55 50 79 79 61
      TF2T   80 40 80 72 80 80 80 40 72 41 46
      GRIM   80 45 80 50 80 80 80 68 90 55 85
      WSLS   80 25 80 45 80 80 80 54 90 55 39
      ALT    90 25 58 50 90 38 64 65 82 58 57
      DEF1   82 5 74 69 82 10 10 42 77 21 13
      PROBER 96 40 74 69 71 45 45 48 91 56 59
      RTFT   100 5 61 51 66 15 79 67 93 59 65
      """;

  @SuppressWarnings("unchecked")
  static Episode play(String game, String row, String column) {
    Game<Integer> g = (Game<Integer>) GAMES.load(game);
    AgentFactory<Integer> a = AGENTS.factory(row, g);
    AgentFactory<Integer> b = AGENTS.factory(column, g);
    return new EpisodeRunner(RunnerConfig.DEFAULT).run(g, List.of(a.create(), b.create()),
        new MatchInfo("test", 0, 42, List.of(a.spec(), b.spec()), PROV));
  }

  static String moves(Episode e, int seat) {
    return e.steps().stream().filter(s -> s.seat() == seat).map(Step::action).collect(Collectors.joining());
  }

  static void checkTable(String game, String table) {
    String[] lines = table.strip().split("\n");
    for (int i = 0; i < ORDER.size(); i++) {
      String[] cells = lines[i].trim().split("\\s+");
      for (int j = 0; j < ORDER.size(); j++) {
        Episode e = play(game, ORDER.get(i), ORDER.get(j));
        double expectedRow = Double.parseDouble(cells[j + 1]);
        double expectedColumn = Double.parseDouble(lines[j].trim().split("\\s+")[i + 1]);
        assertThat(e.returns()).as("%s vs %s in %s", ORDER.get(i), ORDER.get(j), game)
            .containsExactly(expectedRow, expectedColumn);
      }
    }
  }

  @Test
  void tenRoundScoresMatchTheCanonicalTable() {
    checkTable("repeated(stage=pd,rounds=10)", CANONICAL);
  }

  @Test
  void tenRoundScoresMatchTheAkataTable() {
    checkTable("repeated(stage=pd-akata,rounds=10)", AKATA);
  }

  @Test
  void spotTrajectories() {
    Episode e = play("repeated(stage=pd)", "tft", "stft");
    assertThat(moves(e, 0)).isEqualTo("CDCDCDCDCD");
    assertThat(moves(e, 1)).isEqualTo("DCDCDCDCDC");
    e = play("repeated(stage=pd)", "tft", "rtft");
    assertThat(moves(e, 0)).isEqualTo("CDDCCDDCCD");
    assertThat(moves(e, 1)).isEqualTo("DDCCDDCCDD");
    assertThat(moves(play("repeated(stage=pd)", "wsls", "alld"), 0)).isEqualTo("CDCDCDCDCD");
    assertThat(moves(play("repeated(stage=pd)", "prober", "allc"), 0)).isEqualTo("DCCDDDDDDD");
    e = play("repeated(stage=pd)", "tft", "alld");
    assertThat(moves(e, 0)).isEqualTo("CDDDDDDDDD");
    assertThat(play("repeated(stage=pd-akata)", "tft", "alld").returns()).containsExactly(45.0, 55.0);
    assertThat(play("repeated(stage=pd-akata)", "grim", "def1").returns()).containsExactly(90.0, 10.0);
  }

  @Test
  void remainingStrategiesFollowTheirRules() {
    assertThat(moves(play("repeated(stage=pd)", "alt-dc", "allc"), 0)).isEqualTo("DCDCDCDCDC");
    assertThat(moves(play("repeated(stage=pd)", "def1", "allc"), 0)).isEqualTo("DCCCCCCCCC");
    // Hard TFT defects first, then whenever one of the other's last three moves was a defection.
    assertThat(moves(play("repeated(stage=pd)", "htft", "def1"), 0)).isEqualTo("DDDDCCCCCC");
    assertThat(moves(play("repeated(stage=pd)", "htft", "alt"), 0)).isEqualTo("DCDDDDDDDD");
    assertThat(moves(play("repeated(stage=pd)", "tf2t", "alt-dc"), 0)).isEqualTo("CCCCCCCCCC");
    assertThat(moves(play("repeated(stage=pd)", "tf2t", "alld"), 0)).isEqualTo("CCDDDDDDDD");
    assertThat(moves(play("repeated(stage=pd)", "random(p=1)", "alld"), 0)).isEqualTo("CCCCCCCCCC");
    assertThat(moves(play("repeated(stage=pd)", "random(p=0)", "alld"), 0)).isEqualTo("DDDDDDDDDD");
    assertThat(moves(play("repeated(stage=pd)", "naive-prober(p=0)", "allc"), 0)).isEqualTo("CCCCCCCCCC");
    assertThat(moves(play("repeated(stage=pd)", "naive-prober(p=1)", "allc"), 0)).isEqualTo("CDDDDDDDDD");
    assertThat(moves(play("repeated(stage=pd)", "naive-prober(p=0)", "alt-dc"), 0)).isEqualTo("CDCDCDCDCD");
  }

  @Test
  void randomStrategiesAreSeededPerEpisodeAndSeat() {
    Episode a = play("repeated(stage=pd,rounds=200)", "random", "naive-prober(p=0.2)");
    Episode b = play("repeated(stage=pd,rounds=200)", "random", "naive-prober(p=0.2)");
    assertThat(a.steps()).isEqualTo(b.steps());
    long cooperations = moves(a, 0).chars().filter(c -> c == 'C').count();
    assertThat(cooperations).isBetween(70L, 130L);
  }

  @Test
  void battleOfTheSexesKnownAnswers() {
    String bos = "repeated(stage=bos,rounds=10)";
    assertThat(play(bos, "allc", "allc").returns()).containsExactly(100.0, 70.0);
    assertThat(play(bos, "allc", "alt").returns()).containsExactly(50.0, 35.0);
    assertThat(play(bos, "allc", "alt-dc").returns()).containsExactly(50.0, 35.0);
    assertThat(play(bos, "alt", "alt").returns()).containsExactly(85.0, 85.0);
    assertThat(play(bos, "alt", "alt-dc").returns()).containsExactly(0.0, 0.0);
    assertThat(play(bos, "alld", "alld").returns()).containsExactly(70.0, 100.0);
  }

  @Test
  void strategiesRefuseGamesTheyCannotPlay() {
    Game<?> rps = GAMES.load("repeated(stage=rps)");
    assertThatThrownBy(() -> AGENTS.factory("tft", rps))
        .hasMessageContaining("tft").hasMessageContaining("two actions per player");
    assertThatThrownBy(() -> AGENTS.factory("grimm", GAMES.load("repeated")))
        .hasMessageContaining("unknown agent 'grimm'").hasMessageContaining("did you mean 'grim'");
    assertThatThrownBy(() -> AGENTS.factory("random(p=2)", GAMES.load("repeated")))
        .hasMessageContaining("parameter 'p'").hasMessageContaining("in [0, 1]");
    assertThatThrownBy(() -> AGENTS.factory("random(q=0.1)", GAMES.load("repeated")))
        .hasMessageContaining("unknown parameter of agent random 'q'");
  }
}
