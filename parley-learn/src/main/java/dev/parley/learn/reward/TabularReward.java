package dev.parley.learn.reward;

import dev.parley.learn.policy.PolicySpace;
import java.util.Arrays;
import java.util.Objects;

/** A reward {@code r(x, y)} for every option of every context of a policy space. Immutable. */
public final class TabularReward {
  private final PolicySpace space;
  private final double[][] rewards;

  private TabularReward(PolicySpace space, double[][] rewards) {
    this.space = space;
    this.rewards = rewards;
  }

  /** A reward table {@code [context][option]} (copied). */
  public static TabularReward of(PolicySpace space, double[][] rewards) {
    Objects.requireNonNull(space, "space");
    Objects.requireNonNull(rewards, "rewards");
    if (rewards.length != space.contextCount()) {
      throw new IllegalArgumentException("rewards must have " + space.contextCount() + " rows, has " + rewards.length);
    }
    double[][] copy = new double[rewards.length][];
    for (int c = 0; c < copy.length; c++) {
      if (rewards[c] == null || rewards[c].length != space.optionCount(c)) {
        throw new IllegalArgumentException("rewards[" + c + "] must have " + space.optionCount(c) + " entries");
      }
      copy[c] = rewards[c].clone();
      for (int o = 0; o < copy[c].length; o++) {
        if (!Double.isFinite(copy[c][o])) {
          throw new IllegalArgumentException("rewards[" + c + "][" + o + "] must be finite, was " + copy[c][o]);
        }
      }
    }
    return new TabularReward(space, copy);
  }

  public PolicySpace space() {
    return space;
  }

  public double reward(int c, int o) {
    return rewards[c][o];
  }

  /** The rewards of context c (a copy). */
  public double[] rewards(int c) {
    return rewards[c].clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TabularReward r && space.equals(r.space) && Arrays.deepEquals(rewards, r.rewards);
  }

  @Override
  public int hashCode() {
    return 31 * space.hashCode() + Arrays.deepHashCode(rewards);
  }

  @Override
  public String toString() {
    return "TabularReward" + Arrays.deepToString(rewards);
  }
}
