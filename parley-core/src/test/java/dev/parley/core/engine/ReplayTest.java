package dev.parley.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.episode.Step;
import dev.parley.core.fixtures.PdGame;
import dev.parley.core.game.GameState;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayTest {
  static final PdGame GAME = PdGame.rounds(2);

  @Test
  void everyStepGetsTheStateBeforeItsMoveAndTheLastStateFollows() {
    List<Step> steps = List.of(new Step(0, 0, "C", null), new Step(0, 1, "D", null), new Step(1, 0, "d", null),
        new Step(1, 1, "c", null));
    List<GameState<String>> states = Replay.statesBefore(GAME, steps);
    assertThat(states).hasSize(5);
    assertThat(states.get(0)).isSameAs(states.get(1)).as("simultaneous moves share the state before them");
    assertThat(states.get(2).informationStateKey(0)).isEqualTo("CD");
    assertThat(states.get(4).isTerminal()).isTrue();
    // PD payoffs: (C,D) gives 0 and 5, (D,C) gives 5 and 0
    assertThat(states.get(4).returns()).containsExactly(5.0, 5.0);
    assertThat(Replay.statesBefore(GAME, List.of())).singleElement()
        .satisfies(s -> assertThat(s.moveNumber()).isZero());
  }

  @Test
  void stepsThatDoNotFitTheGameAreNamedByMove() {
    assertThatThrownBy(() -> Replay.statesBefore(GAME, List.of(new Step(0, 0, "C", null))))
        .hasMessage("move 0: 1 stored step(s) where the game has " + GAME.newInitialState().turn());
    assertThatThrownBy(() -> Replay.statesBefore(GAME, List.of(new Step(0, 1, "C", null), new Step(0, 0, "D", null))))
        .hasMessage("move 0: seat 1 stored where seat 0 moves");
    assertThatThrownBy(() -> Replay.statesBefore(GAME, List.of(new Step(0, 0, "C", null), new Step(0, 1, "X", null))))
        .hasMessageStartingWith("move 0: stored action 'X' does not parse");
  }
}
