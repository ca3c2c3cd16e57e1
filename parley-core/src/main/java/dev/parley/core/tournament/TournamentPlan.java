package dev.parley.core.tournament;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Which agents meet, in which seats, how often. A plan is a pure function of its settings, so match
 * {@code i} is always the same lineup: a resumed run recomputes the plan instead of storing it.
 *
 * <p>Two seats: every pair of agents, both seat orders when {@code swapSeats}, and each agent
 * against itself when {@code selfPlay}. More seats: every set of distinct agents, in every cyclic
 * rotation when {@code swapSeats}. Match {@code i} plays lineup {@code i % lineups} in repetition
 * {@code i / lineups}, so a partial run covers every lineup evenly.
 */
public final class TournamentPlan {
  private final int agents;
  private final int seats;
  private final int repetitions;
  private final boolean swapSeats;
  private final boolean selfPlay;
  private final List<int[]> lineups;

  public TournamentPlan(int agents, int seats, int repetitions, boolean swapSeats, boolean selfPlay) {
    if (agents < 1) {
      throw new IllegalArgumentException("a tournament needs at least one agent");
    }
    if (seats < 1) {
      throw new IllegalArgumentException("seats must be ≥ 1, was " + seats);
    }
    if (repetitions < 1) {
      throw new IllegalArgumentException("repetitions must be ≥ 1, was " + repetitions);
    }
    this.agents = agents;
    this.seats = seats;
    this.repetitions = repetitions;
    this.swapSeats = swapSeats;
    this.selfPlay = selfPlay;
    this.lineups = Collections.unmodifiableList(build());
    if (lineups.isEmpty()) {
      throw new IllegalArgumentException("no lineups: " + agents + " agent(s) for " + seats
          + " seats" + (seats == 2 && !selfPlay ? " (enable self_play to play one agent against itself)" : ""));
    }
    if ((long) lineups.size() * repetitions > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("plan too large: " + (long) lineups.size() * repetitions + " matches");
    }
  }

  private List<int[]> build() {
    List<int[]> out = new ArrayList<>();
    if (seats == 1) {
      for (int a = 0; a < agents; a++) {
        out.add(new int[] {a});
      }
    } else if (seats == 2) {
      for (int a = 0; a < agents; a++) {
        for (int b = swapSeats ? 0 : a; b < agents; b++) {
          if (a != b || selfPlay) {
            out.add(new int[] {a, b});
          }
        }
      }
    } else {
      combinations(new int[seats], 0, 0, out);
    }
    return out;
  }

  private void combinations(int[] pick, int depth, int from, List<int[]> out) {
    if (depth == seats) {
      int rotations = swapSeats ? seats : 1;
      for (int r = 0; r < rotations; r++) {
        int[] lineup = new int[seats];
        for (int s = 0; s < seats; s++) {
          lineup[s] = pick[(s + r) % seats];
        }
        out.add(lineup);
      }
      return;
    }
    for (int a = from; a < agents; a++) {
      pick[depth] = a;
      combinations(pick, depth + 1, a + 1, out);
    }
  }

  public int agents() {
    return agents;
  }

  public int seats() {
    return seats;
  }

  public int repetitions() {
    return repetitions;
  }

  public boolean swapSeats() {
    return swapSeats;
  }

  public boolean selfPlay() {
    return selfPlay;
  }

  public int lineupCount() {
    return lineups.size();
  }

  /** Total matches. */
  public int size() {
    return lineups.size() * repetitions;
  }

  /** Agent index in each seat of match {@code index}. The returned array is shared: do not modify. */
  public int[] lineup(int index) {
    Objects.checkIndex(index, size());
    return lineups.get(index % lineups.size());
  }

  public int repetition(int index) {
    Objects.checkIndex(index, size());
    return index / lineups.size();
  }
}
