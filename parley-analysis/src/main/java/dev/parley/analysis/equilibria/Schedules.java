package dev.parley.analysis.equilibria;

import java.util.List;
import java.util.Objects;

/** Validation of checkpoint lists shared by the dynamics' configs. */
final class Schedules {
  private Schedules() {}

  /** A copy of {@code checkpoints}, checked to be strictly increasing values in 1..iterations. */
  static List<Integer> check(String field, List<Integer> checkpoints, int iterations) {
    Objects.requireNonNull(checkpoints, field);
    int previous = 0;
    for (Integer c : checkpoints) {
      if (c == null || c <= previous || c > iterations) {
        throw new IllegalArgumentException(field + " must be strictly increasing values in 1.." + iterations
            + ", got " + checkpoints);
      }
      previous = c;
    }
    return List.copyOf(checkpoints);
  }

  /** Flags for iterations 1..iterations that are checkpoints; the last iteration always is. */
  static boolean[] flags(List<Integer> checkpoints, int iterations) {
    boolean[] f = new boolean[iterations + 1];
    for (int c : checkpoints) {
      f[c] = true;
    }
    f[iterations] = true;
    return f;
  }
}
