package dev.parley.core.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TournamentPlanTest {

  static List<List<Integer>> lineups(TournamentPlan p) {
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < p.lineupCount(); i++) {
      out.add(Arrays.stream(p.lineup(i)).boxed().toList());
    }
    return out;
  }

  @ParameterizedTest(name = "{0} agents, {1} seats, swap={2}, self={3}: {4} lineups")
  @CsvSource({
      "3, 2, true,  true,  9",
      "3, 2, true,  false, 6",
      "3, 2, false, false, 3",
      "3, 2, false, true,  6",
      "1, 2, true,  true,  1",
      "1, 2, false, true,  1",
      "4, 2, true,  false, 12",
      "3, 3, false, false, 1",
      "3, 3, true,  false, 3",
      "4, 3, false, false, 4",
      "4, 3, true,  false, 12",
      "4, 3, true,  true,  12",
      "5, 4, true,  false, 20",
      "3, 1, false, false, 3",
      "3, 1, true,  true,  3",
  })
  void lineupCounts(int agents, int seats, boolean swap, boolean self, int expected) {
    TournamentPlan p = new TournamentPlan(agents, seats, 1, swap, self);
    assertThat(p.lineupCount()).isEqualTo(expected);
    assertThat(p.size()).isEqualTo(expected);
    assertThat(new HashSet<>(lineups(p))).as("lineups are distinct").hasSize(expected);
    for (List<Integer> l : lineups(p)) {
      assertThat(l).hasSize(seats).allSatisfy(a -> assertThat(a).isBetween(0, agents - 1));
      if (!self || seats > 2) {
        assertThat(new HashSet<>(l)).as("no agent twice in %s", l).hasSize(seats);
      }
    }
  }

  @Test
  void twoSeatLineupsExactly() {
    assertThat(lineups(new TournamentPlan(3, 2, 1, true, true))).containsExactly(
        List.of(0, 0), List.of(0, 1), List.of(0, 2),
        List.of(1, 0), List.of(1, 1), List.of(1, 2),
        List.of(2, 0), List.of(2, 1), List.of(2, 2));
    assertThat(lineups(new TournamentPlan(3, 2, 1, true, false))).containsExactly(
        List.of(0, 1), List.of(0, 2), List.of(1, 0), List.of(1, 2), List.of(2, 0), List.of(2, 1));
    assertThat(lineups(new TournamentPlan(3, 2, 1, false, false))).containsExactly(
        List.of(0, 1), List.of(0, 2), List.of(1, 2));
    assertThat(lineups(new TournamentPlan(3, 2, 1, false, true))).containsExactly(
        List.of(0, 0), List.of(0, 1), List.of(0, 2), List.of(1, 1), List.of(1, 2), List.of(2, 2));
  }

  @Test
  void threeSeatLineupsUseCyclicRotations() {
    assertThat(lineups(new TournamentPlan(3, 3, 1, true, false))).containsExactly(
        List.of(0, 1, 2), List.of(1, 2, 0), List.of(2, 0, 1));
    List<List<Integer>> four = lineups(new TournamentPlan(4, 3, 1, true, false));
    assertThat(four).hasSize(12);
    // every agent sits in every seat equally often
    for (int seat = 0; seat < 3; seat++) {
      int[] counts = new int[4];
      for (List<Integer> l : four) {
        counts[l.get(seat)]++;
      }
      assertThat(counts).containsOnly(3);
    }
    assertThat(lineups(new TournamentPlan(4, 3, 1, false, false))).containsExactly(
        List.of(0, 1, 2), List.of(0, 1, 3), List.of(0, 2, 3), List.of(1, 2, 3));
  }

  @Test
  void repetitionsCycleThroughLineups() {
    TournamentPlan p = new TournamentPlan(3, 2, 4, true, false);
    assertThat(p.lineupCount()).isEqualTo(6);
    assertThat(p.size()).isEqualTo(24);
    for (int i = 0; i < p.size(); i++) {
      assertThat(p.lineup(i)).isEqualTo(p.lineup(i % 6));
      assertThat(p.repetition(i)).isEqualTo(i / 6);
    }
    assertThat(p.lineup(7)).containsExactly(0, 2);
    assertThat(p.repetition(23)).isEqualTo(3);
  }

  @Test
  void planIsAPureFunctionOfItsSettings() {
    TournamentPlan a = new TournamentPlan(5, 3, 2, true, false);
    TournamentPlan b = new TournamentPlan(5, 3, 2, true, false);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.lineup(i)).isEqualTo(b.lineup(i));
    }
    assertThat(a.agents()).isEqualTo(5);
    assertThat(a.seats()).isEqualTo(3);
    assertThat(a.repetitions()).isEqualTo(2);
    assertThat(a.swapSeats()).isTrue();
    assertThat(a.selfPlay()).isFalse();
  }

  @Test
  void indicesOutsideThePlanAreRejected() {
    TournamentPlan p = new TournamentPlan(2, 2, 2, false, false);
    assertThat(p.size()).isEqualTo(2);
    assertThatThrownBy(() -> p.lineup(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> p.lineup(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> p.repetition(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void emptyPlansAreClearErrors() {
    assertThatThrownBy(() -> new TournamentPlan(1, 2, 1, true, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no lineups: 1 agent(s) for 2 seats (enable self_play to play one agent against itself)");
    assertThatThrownBy(() -> new TournamentPlan(2, 3, 1, true, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no lineups: 2 agent(s) for 3 seats");
    assertThatThrownBy(() -> new TournamentPlan(0, 2, 1, true, true))
        .hasMessage("a tournament needs at least one agent");
    assertThatThrownBy(() -> new TournamentPlan(2, 0, 1, true, true))
        .hasMessageContaining("seats must be ≥ 1, was 0");
    assertThatThrownBy(() -> new TournamentPlan(2, 2, 0, true, true))
        .hasMessageContaining("repetitions must be ≥ 1, was 0");
  }

  @Test
  void hugePlansAreRejected() {
    assertThatThrownBy(() -> new TournamentPlan(2, 2, Integer.MAX_VALUE, true, false))
        .hasMessageContaining("plan too large");
  }

  @Test
  void everyOrderedPairMeetsOnceWithSwap() {
    TournamentPlan p = new TournamentPlan(6, 2, 1, true, false);
    Set<List<Integer>> pairs = new HashSet<>(lineups(p));
    for (int a = 0; a < 6; a++) {
      for (int b = 0; b < 6; b++) {
        assertThat(pairs.contains(List.of(a, b))).as("%d vs %d", a, b).isEqualTo(a != b);
      }
    }
  }
}
