package dev.parley.analysis.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EloTest {

  /** REFERENCE §9.10: (A beats B), (B beats C), (A beats C), (C beats A), (A ties B), (B beats A). */
  static Battles sequence() {
    return Battles.builder()
        .add("A", "B", 1).add("B", "C", 1).add("A", "C", 1).add("C", "A", 1).add("A", "B", 0.5).add("B", "A", 1)
        .build();
  }

  @Test
  void chatbotArenaSettingsReproduceTheK4Vector() {
    Ratings r = new Elo(EloConfig.CHATBOT_ARENA).rate(sequence());
    assertThat(r.players()).containsExactly("A", "B", "C");
    assertThat(r.of("A")).isCloseTo(999.909093, within(1e-6));
    assertThat(r.of("B")).isCloseTo(1002.033485, within(1e-6));
    assertThat(r.of("C")).isCloseTo(998.057422, within(1e-6));
  }

  @Test
  void k32ReproducesTheReferenceVector() {
    Ratings r = new Elo(EloConfig.CHATBOT_ARENA.withK(32)).rate(sequence());
    assertThat(r.values()).containsExactly(new double[] {994.722071, 1017.697885, 987.580045}, within(1e-6));
  }

  @Test
  void expectedScoreAndOneEvenGame() {
    Elo elo = new Elo(new EloConfig(32, 10, 400, 1500));
    assertThat(elo.expectedScore(1600, 1400)).isCloseTo(0.759747, within(1e-6));
    Ratings r = elo.rate(Battles.builder().add("x", "y", 1).build());
    assertThat(r.values()).containsExactly(new double[] {1516, 1484}, within(1e-12));
  }

  @Test
  void countsReplayARowThatManyTimes() {
    Battles repeated = Battles.of(List.of("A", "B"), new int[] {0}, new int[] {1}, new double[] {1}, new int[] {3});
    Battles spelled = Battles.builder().add("A", "B", 1).add("A", "B", 1).add("A", "B", 1).build();
    Elo elo = new Elo(EloConfig.CHATBOT_ARENA);
    assertThat(elo.rate(repeated).values()).containsExactly(elo.rate(spelled).values());
    assertThat(repeated.size()).isEqualTo(3);
  }

  @Test
  void configRejectsBadValuesByName() {
    assertThatThrownBy(() -> new EloConfig(0, 10, 400, 1000)).hasMessageContaining("k must");
    assertThatThrownBy(() -> new EloConfig(4, 1, 400, 1000)).hasMessageContaining("base must");
    assertThatThrownBy(() -> new EloConfig(4, 10, -1, 1000)).hasMessageContaining("scale must");
  }
}
