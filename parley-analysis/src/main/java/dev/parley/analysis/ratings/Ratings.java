package dev.parley.analysis.ratings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One number per player, higher is better, with the method (algorithm and configuration) that
 * produced it. {@code values[i]} belongs to {@code players.get(i)}.
 */
public record Ratings(List<String> players, double[] values, String method) {

  public Ratings {
    players = List.copyOf(players);
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(method, "method");
    if (values.length != players.size()) {
      throw new IllegalArgumentException("values has " + values.length + " entries for " + players.size()
          + " players");
    }
    values = values.clone();
  }

  /** A copy of the ratings. */
  @Override
  public double[] values() {
    return values.clone();
  }

  public int size() {
    return values.length;
  }

  public double value(int player) {
    return values[player];
  }

  /** The rating of the named player. */
  public double of(String player) {
    int i = players.indexOf(player);
    if (i < 0) {
      throw new IllegalArgumentException("player '" + player + "' is not rated; rated: " + players);
    }
    return values[i];
  }

  /** Player names from best to worst; equal ratings keep the input order. */
  public List<String> ranking() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -values[i]));
    List<String> names = new ArrayList<>(order.size());
    for (int i : order) {
      names.add(players.get(i));
    }
    return List.copyOf(names);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ratings r && players.equals(r.players) && Arrays.equals(values, r.values)
        && method.equals(r.method);
  }

  @Override
  public int hashCode() {
    return Objects.hash(players, Arrays.hashCode(values), method);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Ratings[").append(method).append(": ");
    for (int i = 0; i < values.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(players.get(i)).append('=').append(values[i]);
    }
    return sb.append(']').toString();
  }
}
