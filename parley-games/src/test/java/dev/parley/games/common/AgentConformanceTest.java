package dev.parley.games.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.agent.AgentProvider;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.agent.AgentType;
import dev.parley.core.agent.Decision;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParamSpec;
import dev.parley.core.game.Params;
import dev.parley.testkit.AgentConformance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every scripted agent passes the testkit's agent conformance suite in every game it says it can
 * play: against every other compatible agent, in every seat, without a single violation, and
 * reproducibly from the seed.
 */
class AgentConformanceTest {
  static final GameRegistry GAMES = GameRegistry.discover();
  static final AgentRegistry AGENTS = AgentRegistry.discover();
  static final List<String> NEGOTIATORS = List.of("bluffer", "boulware", "conceder", "hardliner", "linear",
      "tit-for-tat");

  @ParameterizedTest
  @ValueSource(strings = {"repeated(stage=pd)", "repeated(stage=pd-akata,rounds=4)", "repeated(stage=bos,rounds=5)",
      "repeated(stage=stag-hunt,continuation=0.9)", "repeated(stage=rg-77,rounds=3)", "repeated(stage=rps,rounds=4)",
      "matrix(stage=pd)", "matrix(stage=cournot)", "kuhn-poker", "leduc-poker", "bargaining",
      "bargaining(item=diamond,seller_reserve=900,buyer_value=1500)", "deal-or-no-deal",
      "deal-or-no-deal(counts=[1,1,3],values_a=[1,3,2],values_b=[1,0,3])", "public-goods",
      "public-goods(players=5,rounds=6,multiplier=3)"})
  void everyScriptedAgentPlaysEveryGameItClaims(String spec) {
    Game<?> game = GAMES.load(spec);
    AgentConformance.Report r = AgentConformance.of(AGENTS, game).episodes(2).seed(7).check();
    assertThat(r.checked()).isNotEmpty();
    assertThat(r.leftOut()).isEmpty();
    assertThat(r.episodes()).isEqualTo(2 * r.lineups());
    assertThat(r.decisions()).isGreaterThanOrEqualTo(r.episodes());
    // every checked type met every other in some lineup: at least one lineup per ordered pair
    assertThat(r.lineups()).isGreaterThanOrEqualTo(r.checked().size() * r.checked().size());
  }

  @Test
  void freeTextBargainingChecksNegotiatorsInTheirSeatsAndTheModeratorInItsOwn() {
    Game<?> game = GAMES.load("bargaining(mode=free-text)");
    AgentConformance suite = AgentConformance.of(AGENTS, game).episodes(2).seats("regex-moderator", 2);
    for (String n : NEGOTIATORS) {
      suite.seats(n, 0, 1);
    }
    AgentConformance.Report r = suite.check();
    assertThat(r.checked()).containsExactlyInAnyOrderElementsOf(concat(NEGOTIATORS, "regex-moderator"));
  }

  @Test
  void listPickingAgentsDeclineGamesWithOpenMoves() {
    Game<?> bargaining = GAMES.load("bargaining");
    assertThat(AGENTS.typesFor(bargaining)).extracting(AgentType::name).doesNotContain("uniform", "first");
    assertThat(AGENTS.type("uniform").incompatibility(bargaining)).get().asString()
        .contains("leaves some moves open");
    assertThat(AGENTS.typesFor(GAMES.load("kuhn-poker"))).extracting(AgentType::name).contains("uniform", "first");
  }

  @Test
  void theSuiteCatchesAnAgentThatClaimsAGameItCannotPlay() {
    List<AgentProvider> providers = new ArrayList<>();
    ServiceLoader.load(AgentProvider.class).forEach(providers::add);
    providers.add(() -> List.of(new Boaster()));
    AgentRegistry registry = AgentRegistry.of(providers.toArray(AgentProvider[]::new));
    Game<?> game = GAMES.load("repeated(stage=pd,rounds=3)");
    assertThatThrownBy(() -> AgentConformance.of(registry, game).episodes(1).check())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("boaster in seat")
        .hasMessageContaining("MALFORMED")
        .hasMessageContaining("cannot read this game");
  }

  /** Claims every game, then cannot move in any. */
  record Boaster() implements AgentType {
    @Override
    public String name() {
      return "boaster";
    }

    @Override
    public String description() {
      return "claims every game and fails every move";
    }

    @Override
    public List<ParamSpec> parameters() {
      return List.of();
    }

    @Override
    public Optional<String> incompatibility(Game<?> game) {
      return Optional.empty();
    }

    @Override
    public <A> Agent<A> create(Params params, Game<A> game, AgentEnvironment environment) {
      return (Observation o, List<A> legal) -> Decision.failed("boaster cannot read this game", null);
    }
  }

  static List<String> concat(List<String> a, String b) {
    List<String> r = new ArrayList<>(a);
    r.add(b);
    return r;
  }
}
