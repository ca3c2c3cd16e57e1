package dev.parley.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.fixtures.CardGame;
import dev.parley.core.fixtures.PdGame;
import dev.parley.core.fixtures.ToyAgents;
import dev.parley.core.fixtures.ToyObservation;
import dev.parley.core.spec.NameNotFoundException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentRegistryTest {
  final AgentRegistry registry = ToyAgents.registry();

  @Test
  void typesAreSortedByName() {
    assertThat(registry.types()).extracting(AgentType::name)
        .containsExactly("always", "first", "last", "random", "tft");
  }

  @Test
  void typesForFiltersIncompatibleAgents() {
    assertThat(registry.typesFor(new CardGame())).extracting(AgentType::name)
        .containsExactly("always", "first", "last", "random");
    assertThat(registry.typesFor(PdGame.rounds(2))).extracting(AgentType::name)
        .contains("tft");
  }

  @Test
  void factorySpecIsCanonical() {
    AgentFactory<Integer> f = registry.factory(" random ( bias = 0.50 ) ", new CardGame());
    assertThat(f.spec()).isEqualTo("random(bias=0.5)");
    assertThat(f.toString()).isEqualTo(f.spec());
    assertThat(registry.factory("random", new CardGame()).spec()).isEqualTo("random(bias=0)");
    assertThat(registry.factory("first()", new CardGame()).spec()).isEqualTo("first");
    assertThat(f.type().name()).isEqualTo("random");
    assertThat(f.params().real("bias")).isEqualTo(0.5);
  }

  @Test
  void factoryMakesFreshAgents() {
    AgentFactory<String> f = registry.factory("tft", PdGame.rounds(2));
    Agent<String> a = f.create();
    Agent<String> b = f.create();
    assertThat(a).isNotSameAs(b);
    a.begin(new MatchContext("r", 0, "pd", 0, 2, 1));
    var obs = new ToyObservation(0, "", Map.of("move", 1, "history", List.of("CD")));
    assertThat(a.act(obs, List.of("C", "D")).action()).isEqualTo("D");
  }

  @Test
  void unknownAgentSuggestsTheClosest() {
    assertThatThrownBy(() -> registry.factory("frist", new CardGame()))
        .isInstanceOfSatisfying(NameNotFoundException.class, e -> assertThat(e.suggestion()).contains("first"))
        .hasMessageContaining("unknown agent 'frist'");
  }

  @Test
  void badParametersNameTheAgent() {
    assertThatThrownBy(() -> registry.factory("random(bias=2)", new CardGame()))
        .hasMessageContaining("parameter 'bias' of agent random: 2 is out of range");
    assertThatThrownBy(() -> registry.factory("random(bais=0.1)", new CardGame()))
        .isInstanceOf(NameNotFoundException.class)
        .hasMessageContaining("did you mean 'bias'");
  }

  @Test
  void incompatibleAgentIsRejectedWithTheReason() {
    assertThatThrownBy(() -> registry.factory("tft", new CardGame()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agent 'tft' cannot play card(p0=0.3): tft plays only pd");
  }

  @Test
  void duplicateAgentNamesAreRejected() {
    assertThatThrownBy(() -> AgentRegistry.of(new ToyAgents(), new ToyAgents()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("two providers declare agent");
  }

  @Test
  void seatRandomSourceIsReproducibleAndPerSeat() {
    long a = new MatchContext("r", 0, "g", 0, 2, 99).random().nextLong();
    long b = new MatchContext("other", 5, "h", 0, 2, 99).random().nextLong();
    long c = new MatchContext("r", 0, "g", 1, 2, 99).random().nextLong();
    long d = new MatchContext("r", 0, "g", 0, 2, 100).random().nextLong();
    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c).isNotEqualTo(d);
    MatchContext ctx = new MatchContext("r", 3, "g", 1, 2, 7);
    assertThat(ctx.random()).isSameAs(ctx.random());
    assertThat(ctx.matchIndex()).isEqualTo(3);
    assertThat(ctx.numSeats()).isEqualTo(2);
  }
}
