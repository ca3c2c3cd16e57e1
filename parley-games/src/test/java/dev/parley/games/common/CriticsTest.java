package dev.parley.games.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.agent.Feedback;
import dev.parley.core.critic.CriticRegistry;
import dev.parley.core.critic.CritiqueRequest;
import dev.parley.core.engine.Seeds;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Provenance;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The model-free critics: constant feedback, drawn tips, and the dispatch of {@code rule}. */
class CriticsTest {
  static final GameRegistry GAMES = GameRegistry.discover();
  static final CriticRegistry CRITICS = CriticRegistry.discover(AgentEnvironment.empty());

  static CritiqueRequest request(Game<?> game, long seed) {
    Episode e = new Episode("test", 0, game.toString(), List.of("a", "b"), 1, List.of(), List.of(0.0, 0.0),
        List.of(), EpisodeStatus.TRUNCATED, new Provenance("t", "t", game.type().versionedId(), "t"), 0, 0);
    return new CritiqueRequest(game, 1, List.of(e), List.of(), seed);
  }

  @Test
  void constantFeedbackIsThePapersAblation() {
    Game<?> game = GAMES.load("repeated");
    Feedback f = CRITICS.bind("constant", game).factory().get().critique(request(game, 3));
    assertThat(f.text()).isEqualTo("Play again and do better.");
    assertThat(f.suggestions()).isEmpty();
    assertThat(f.adjustments()).isEmpty();
    assertThat(f.score()).isNaN();
    assertThat(f.source()).isEqualTo("constant");
    assertThat(f.seat()).isEqualTo(1);
  }

  @Test
  void tipsAreDistinctDrawsFromThePoolOfTenSeededByTheRequest() {
    assertThat(Critics.TIPS).hasSize(10).doesNotHaveDuplicates();
    for (String tip : Critics.TIPS) {
      assertThat(tip).doesNotContainPattern("[\\d$]");
    }
    Game<?> game = GAMES.load("bargaining");
    var bound = CRITICS.bind("tips", game);
    assertThat(bound.spec()).isEqualTo("tips(count=3)");
    Set<List<String>> draws = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      Feedback f = bound.factory().get().critique(request(game, Seeds.derive(5, seed)));
      assertThat(f.suggestions()).hasSize(3).doesNotHaveDuplicates().isSubsetOf(Critics.TIPS);
      assertThat(f.source()).isEqualTo("human-tips");
      assertThat(bound.factory().get().critique(request(game, Seeds.derive(5, seed))).suggestions())
          .isEqualTo(f.suggestions());
      draws.add(f.suggestions());
    }
    assertThat(draws).hasSizeGreaterThan(10);
    assertThat(CRITICS.bind("tips(count=10)", game).factory().get().critique(request(game, 1)).suggestions())
        .containsExactlyInAnyOrderElementsOf(Critics.TIPS);
    assertThatThrownBy(() -> CRITICS.bind("tips(count=11)", game)).hasMessageContaining("count");
  }

  @Test
  void ruleDispatchesToTheGamesOwnCritic() {
    assertThat(CRITICS.bind("rule", GAMES.load("bargaining")).spec()).isEqualTo("rule");
    assertThatThrownBy(() -> CRITICS.bind("rule", GAMES.load("repeated")))
        .hasMessageContaining("no rule critic is written for repeated");
  }
}
