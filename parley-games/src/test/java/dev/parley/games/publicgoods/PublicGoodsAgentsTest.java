package dev.parley.games.publicgoods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.agent.AgentType;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.MatchInfo;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Provenance;
import dev.parley.core.episode.Step;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Move sequences and returns of the scripted players, worked out by hand, and the game's metrics. */
class PublicGoodsAgentsTest {
  static final GameRegistry GAMES = GameRegistry.discover();
  static final AgentRegistry AGENTS = AgentRegistry.discover();
  static final Provenance PROV = new Provenance("test", "test", "public-goods-v1", "test");

  @SuppressWarnings("unchecked")
  static Game<Integer> game(String spec) {
    return (Game<Integer>) GAMES.load(spec);
  }

  static Episode play(String gameSpec, long seed, String... agents) {
    Game<Integer> g = game(gameSpec);
    List<Agent<Integer>> seated = new ArrayList<>();
    List<String> specs = new ArrayList<>();
    for (String a : agents) {
      AgentFactory<Integer> f = AGENTS.factory(a, g);
      seated.add(f.create());
      specs.add(f.spec());
    }
    return new EpisodeRunner(RunnerConfig.DEFAULT).run(g, seated, new MatchInfo("test", 0, seed, specs, PROV));
  }

  static List<Integer> moves(Episode e, int seat) {
    List<Integer> m = new ArrayList<>();
    for (Step s : e.steps()) {
      if (s.seat() == seat) {
        m.add(Integer.parseInt(s.action().substring("contribute ".length())));
      }
    }
    return m;
  }

  @Test
  void allFourAgentsAreRegisteredForThePublicGoodsGame() {
    List<String> names = AGENTS.typesFor(game("public-goods")).stream().map(AgentType::name).toList();
    assertThat(names).contains("contribute", "free-rider", "conditional-cooperator", "random-contributor");
    assertThat(AGENTS.factory("contribute", game("public-goods")).spec()).isEqualTo("contribute");
    assertThat(AGENTS.factory("contribute(amount=5)", game("public-goods")).spec()).isEqualTo("contribute(amount=5)");
  }

  @Test
  void contributorFreeRiderAndConditionalCooperator() {
    // Round 1: (20, 0, 10), pot 30 × 1.5 = 45, 15 each; the conditional cooperator then matches mean(20, 0) = 10.
    Episode e = play("public-goods", 1, "contribute", "free-rider", "conditional-cooperator");
    assertThat(e.status()).isEqualTo(EpisodeStatus.COMPLETED);
    assertThat(moves(e, 0)).containsExactly(20, 20, 20);
    assertThat(moves(e, 1)).containsExactly(0, 0, 0);
    assertThat(moves(e, 2)).containsExactly(10, 10, 10);
    assertThat(e.returns()).containsExactly(45.0, 105.0, 75.0);
  }

  @Test
  void conditionalCooperatorMatchesTheOthersMeanRoundedHalfUp() {
    // Round 1: (0, 12, 5): pot 17 × 1.5 = 25.5, 8.5 each → 28.5, 16.5, 23.5.
    // Rounds 2-3: mean(12, 5) = 8.5 → 9: (9, 12, 5), pot 26 × 1.5 = 39, 13 each → 24, 21, 28.
    Episode e = play("public-goods", 1, "conditional-cooperator(first=0)", "contribute(amount=12)",
        "contribute(amount=5)");
    assertThat(moves(e, 0)).containsExactly(0, 9, 9);
    assertThat(e.returns()).containsExactly(76.5, 58.5, 79.5);
    // Odd endowment: the first move is half of 5 rounded up, 3; then mean(0, 5) = 2.5 → 3, and mean(4, 0) = 2.
    assertThat(moves(play("public-goods(endowment=5)", 1, "conditional-cooperator", "free-rider", "contribute"), 0))
        .containsExactly(3, 3, 3);
    assertThat(moves(play("public-goods(endowment=5)", 1, "conditional-cooperator", "contribute(amount=4)",
        "free-rider"), 0)).containsExactly(3, 2, 2);
    // Two players: it copies the other player's last contribution.
    assertThat(moves(play("public-goods(players=2,rounds=4)", 1, "conditional-cooperator", "contribute(amount=7)"), 0))
        .containsExactly(10, 7, 7, 7);
  }

  @Test
  void conditionalCooperatorsSustainTheirFirstMove() {
    Episode half = play("public-goods", 1, "conditional-cooperator", "conditional-cooperator", "conditional-cooperator");
    assertThat(moves(half, 1)).containsExactly(10, 10, 10);
    assertThat(half.returns()).containsExactly(75.0, 75.0, 75.0);
    Episode full = play("public-goods", 1, "conditional-cooperator(first=20)", "conditional-cooperator(first=20)",
        "conditional-cooperator(first=20)");
    assertThat(full.returns()).containsExactly(90.0, 90.0, 90.0);
  }

  @Test
  void randomContributorIsUniformAndSeededPerSeat() {
    String spec = "public-goods(rounds=1000)";
    Episode a = play(spec, 42, "random-contributor", "random-contributor", "random-contributor");
    Episode b = play(spec, 42, "random-contributor", "random-contributor", "random-contributor");
    assertThat(a.steps()).isEqualTo(b.steps());
    assertThat(moves(a, 0)).isNotEqualTo(moves(a, 1));
    assertThat(moves(play(spec, 43, "random-contributor", "free-rider", "free-rider"), 0)).isNotEqualTo(moves(a, 0));
    for (int seat = 0; seat < 3; seat++) {
      List<Integer> m = moves(a, seat);
      assertThat(m).hasSize(1000).allSatisfy(c -> assertThat(c).isBetween(0, 20));
      Set<Integer> seen = new HashSet<>(m);
      assertThat(seen).hasSize(21);
      // Uniform on 0..20: mean 10, standard error of the mean of 1000 draws about 0.19.
      assertThat(m.stream().mapToInt(Integer::intValue).average().orElseThrow()).isCloseTo(10, within(1.0));
    }
  }

  @Test
  void agentsRefuseOtherGames() {
    Game<?> repeated = GAMES.load("repeated");
    for (String name : List.of("contribute", "free-rider", "conditional-cooperator", "random-contributor")) {
      assertThatThrownBy(() -> AGENTS.factory(name, repeated))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(name).hasMessageContaining("public goods game (public-goods)")
          .hasMessageContaining("not repeated");
    }
  }

  @Test
  void amountsAboveTheEndowmentAreRefusedWhenTheAgentIsMade() {
    Game<Integer> g = game("public-goods");
    assertThatThrownBy(() -> AGENTS.factory("contribute(amount=25)", g).create())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contribute(amount=25)").hasMessageContaining("'amount'")
        .hasMessageContaining("25").hasMessageContaining("endowment of 20");
    assertThatThrownBy(() -> AGENTS.factory("conditional-cooperator(first=21)", g).create())
        .hasMessageContaining("'first'").hasMessageContaining("21");
    assertThatThrownBy(() -> AGENTS.factory("contribute(amount=-1)", g)).hasMessageContaining("amount");
    assertThat(AGENTS.factory("contribute(amount=20)", g).create()).isNotNull();
  }

  @Test
  void metricsOfAKnownEpisode() {
    Episode e = play("public-goods", 1, "contribute", "free-rider", "conditional-cooperator");
    Game<Integer> g = game("public-goods");
    // Group return 45 + 105 + 75 = 225 of the 3 × 3 × 20 × 1.5 = 270 reached when everyone contributes everything.
    Map<String, Double> m0 = g.metrics(e, 0);
    assertThat(m0).containsOnlyKeys("contribution_rate", "return", "group_return", "efficiency", "rounds");
    assertThat(m0).containsEntry("contribution_rate", 1.0).containsEntry("return", 45.0)
        .containsEntry("group_return", 225.0).containsEntry("rounds", 3.0);
    assertThat(m0.get("efficiency")).isCloseTo(225.0 / 270, within(1e-12));
    assertThat(g.metrics(e, 1)).containsEntry("contribution_rate", 0.0).containsEntry("return", 105.0);
    assertThat(g.metrics(e, 2)).containsEntry("contribution_rate", 0.5).containsEntry("return", 75.0);
    Episode full = play("public-goods", 1, "contribute", "contribute", "contribute");
    assertThat(g.metrics(full, 1)).containsEntry("efficiency", 1.0).containsEntry("group_return", 270.0);
    assertThatThrownBy(() -> g.metrics(e, 3)).hasMessageContaining("seat").hasMessageContaining("3");
  }
}
