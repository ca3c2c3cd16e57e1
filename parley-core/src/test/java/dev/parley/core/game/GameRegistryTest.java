package dev.parley.core.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.fixtures.CardGame;
import dev.parley.core.fixtures.PdGame;
import dev.parley.core.fixtures.ToyGames;
import dev.parley.core.spec.NameNotFoundException;
import dev.parley.core.spec.SpecSyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GameRegistryTest {
  final GameRegistry registry = ToyGames.registry();

  @Test
  void typesAreSortedById() {
    assertThat(registry.types()).extracting(GameType::id).containsExactly("card", "pd");
  }

  @Test
  void typeByIdOrVersionedId() {
    assertThat(registry.type("card")).isSameAs(CardGame.TYPE);
    assertThat(registry.type("card-v2")).isSameAs(CardGame.TYPE);
    assertThat(registry.type("pd-v1")).isSameAs(PdGame.TYPE);
    assertThatThrownBy(() -> registry.type("card-v1")).isInstanceOf(NameNotFoundException.class);
  }

  @Test
  void loadBindsParametersAndGivesTheCanonicalSpec() {
    Game<?> g = registry.load("pd( rounds = 007 )");
    assertThat(g).isInstanceOf(PdGame.class);
    assertThat(g.toString()).isEqualTo("pd(rounds=7)");
    assertThat(registry.load(g.toString()).toString()).isEqualTo(g.toString());
    assertThat(registry.load("pd").toString()).isEqualTo("pd(rounds=3)");
    assertThat(registry.load("card(p0=0.50)").toString()).isEqualTo("card(p0=0.5)");
  }

  @Test
  void unknownGameSuggestsTheClosest() {
    assertThatThrownBy(() -> registry.load("crad"))
        .isInstanceOfSatisfying(NameNotFoundException.class, e -> assertThat(e.suggestion()).contains("card"))
        .hasMessageContaining("unknown game 'crad'")
        .hasMessageContaining("accepted: card, pd");
  }

  @Test
  void badParametersAndSyntaxAreReported() {
    assertThatThrownBy(() -> registry.load("pd(rounds=0)"))
        .hasMessageContaining("parameter 'rounds' of game pd: 0 is out of range");
    assertThatThrownBy(() -> registry.load("pd(round=4)"))
        .isInstanceOf(NameNotFoundException.class)
        .hasMessageContaining("did you mean 'rounds'");
    assertThatThrownBy(() -> registry.load("pd(rounds=4")).isInstanceOf(SpecSyntaxException.class);
  }

  @Test
  void twoProvidersOfOneGameAreRejected() {
    assertThatThrownBy(() -> GameRegistry.of(new ToyGames(), new ToyGames()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("two providers declare game 'card'");
  }

  @Test
  void gameTypeFacts() {
    assertThat(CardGame.TYPE.versionedId()).isEqualTo("card-v2");
    assertThat(CardGame.TYPE.has(GameType.Capability.INFORMATION_STATE_KEYS)).isTrue();
    assertThat(CardGame.TYPE.has(GameType.Capability.CHEAP_TALK)).isFalse();
    assertThat(PdGame.TYPE.dynamics()).isEqualTo(GameType.Dynamics.SIMULTANEOUS);
    assertThat(PdGame.TYPE.utility()).isEqualTo(GameType.UtilityKind.GENERAL_SUM);
    assertThatThrownBy(() -> GameType.builder("x").version(0).build()).hasMessageContaining("version");
    assertThatThrownBy(() -> GameType.builder("x").players(3, 2).build()).hasMessageContaining("players");
    assertThatThrownBy(() -> GameType.builder("x").players(0, 2).build()).hasMessageContaining("players");
  }

  @Test
  void codecParseChecksLegalityAgainstAState() {
    CardGame game = new CardGame();
    GameState<Integer> s = game.newInitialState().apply(1);
    assertThat(game.codec().parse(" 2 ", s, 0)).isEqualTo(new ParseResult.Ok<>(2));
    assertThat(game.codec().parse("5", s, 0)).isInstanceOfSatisfying(ParseResult.NotLegal.class,
        r -> assertThat(r.reason()).contains("not one of [0, 1, 2]"));
    assertThat(game.codec().parse("x", s, 0)).isInstanceOf(ParseResult.Malformed.class);
    assertThat(game.codec().parse("1", s, 1)).isInstanceOf(ParseResult.NotLegal.class);
    assertThat(game.codec().parse("1").isOk()).isTrue();
  }

  @Test
  void defaultActionAndForfeitReturns() {
    CardGame game = new CardGame();
    GameState<Integer> s = game.newInitialState().apply(1).apply(2);
    assertThat(game.defaultAction(s, 1)).contains(0);
    assertThat(game.defaultAction(s, 0)).isEmpty();
    assertThat(game.forfeitReturns(s, 1)).containsExactly(2.0, -3.0);
    assertThat(s.returns()).as("forfeitReturns must not change the state").containsExactly(2.0, 0.0);
  }

  @Test
  void singleMoverApplyJointNeedsExactlyOneAction() {
    GameState<Integer> s = new CardGame().newInitialState().apply(0);
    assertThat(s.applyJoint(List.of(1)).returns()).containsExactly(1.0, 0.0);
    assertThatThrownBy(() -> s.applyJoint(List.of(1, 2))).hasMessageContaining("expected 1 action");
  }
}
