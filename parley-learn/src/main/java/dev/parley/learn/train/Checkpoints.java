package dev.parley.learn.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Checkpoint schedules: validation and log-spaced iteration lists for charts. */
public final class Checkpoints {
  private Checkpoints() {}

  /**
   * Checks a schedule against the run length and adds the last iteration.
   *
   * @throws IllegalArgumentException when an entry is outside [1, iterations]
   */
  public static List<Integer> check(String name, List<Integer> checkpoints, int iterations) {
    Objects.requireNonNull(checkpoints, name);
    TreeSet<Integer> set = new TreeSet<>();
    for (Integer t : checkpoints) {
      if (t == null || t < 1 || t > iterations) {
        throw new IllegalArgumentException(name + " must lie in [1, " + iterations + "], holds " + t);
      }
      set.add(t);
    }
    set.add(iterations);
    return List.copyOf(set);
  }

  /**
   * About {@code perDecade} iterations per power of ten from 1 to {@code iterations}, rounded and
   * de-duplicated, always including 1 and {@code iterations}.
   */
  public static List<Integer> logSpaced(int iterations, int perDecade) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be ≥ 1, was " + iterations);
    }
    if (perDecade < 1) {
      throw new IllegalArgumentException("perDecade must be ≥ 1, was " + perDecade);
    }
    TreeSet<Integer> set = new TreeSet<>();
    double decades = Math.log10(iterations);
    int points = (int) Math.ceil(decades * perDecade);
    for (int k = 0; k <= points; k++) {
      set.add((int) Math.min(iterations, Math.round(Math.pow(10, decades * k / Math.max(1, points)))));
    }
    set.add(1);
    set.add(iterations);
    return new ArrayList<>(set);
  }

  static boolean[] flags(List<Integer> checkpoints, int iterations) {
    boolean[] f = new boolean[iterations + 1];
    for (int t : checkpoints) {
      f[t] = true;
    }
    return f;
  }
}
