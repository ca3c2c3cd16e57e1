package dev.parley.core.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TurnTest {

  @Test
  void singleMover() {
    Turn t = Turn.single(3);
    assertThat(t.kind()).isEqualTo(Turn.Kind.PLAYERS);
    assertThat(t.count()).isEqualTo(1);
    assertThat(t.seat(0)).isEqualTo(3);
    assertThat(t.includes(3)).isTrue();
    assertThat(t.includes(2)).isFalse();
    assertThat(t.isSimultaneous()).isFalse();
    assertThat(t).isSameAs(Turn.single(3));
    assertThat(Turn.single(40)).isEqualTo(Turn.single(40)).hasSameHashCodeAs(Turn.single(40));
    assertThat(t.toString()).isEqualTo("players[3]");
    assertThatThrownBy(() -> Turn.single(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyone() {
    Turn t = Turn.everyone(3);
    assertThat(t.count()).isEqualTo(3);
    assertThat(t.isSimultaneous()).isTrue();
    assertThat(t.seat(2)).isEqualTo(2);
    assertThat(t).isEqualTo(Turn.simultaneous(2, 0, 1));
    assertThat(Turn.everyone(1)).isEqualTo(Turn.single(0));
    Turn big = Turn.everyone(20);
    assertThat(big.count()).isEqualTo(20);
    assertThat(big.seat(19)).isEqualTo(19);
    assertThat(Turn.everyone(16).count()).isEqualTo(16);
    assertThat(Turn.everyone(17).count()).isEqualTo(17);
    assertThatThrownBy(() -> Turn.everyone(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void simultaneousSortsAndValidates() {
    Turn t = Turn.simultaneous(4, 1);
    assertThat(t.seat(0)).isEqualTo(1);
    assertThat(t.seat(1)).isEqualTo(4);
    assertThat(t.includes(0)).isFalse();
    assertThatThrownBy(Turn::simultaneous).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Turn.simultaneous(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void chanceAndTerminal() {
    assertThat(Turn.CHANCE.isChance()).isTrue();
    assertThat(Turn.CHANCE.count()).isEqualTo(1);
    assertThat(Turn.CHANCE.seat(0)).isEqualTo(Turn.CHANCE_SEAT);
    assertThat(Turn.CHANCE.includes(0)).isFalse();
    assertThat(Turn.CHANCE.isSimultaneous()).isFalse();
    assertThat(Turn.TERMINAL.isTerminal()).isTrue();
    assertThat(Turn.TERMINAL.count()).isZero();
    assertThat(Turn.TERMINAL.toString()).isEqualTo("terminal");
    assertThat(Turn.CHANCE).isNotEqualTo(Turn.single(0));
  }

  @Test
  void chanceOutcomeValidatesProbability() {
    assertThat(new ChanceOutcome<>(1, 0.25).probability()).isEqualTo(0.25);
    assertThatThrownBy(() -> new ChanceOutcome<>(1, 1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ChanceOutcome<>(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ChanceOutcome<>(null, 0.5)).isInstanceOf(NullPointerException.class);
  }
}
