package dev.parley.analysis.cfr;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A behaviour policy for both players of a game: for each information-state key
 * ({@code GameState.informationStateKey}), a probability for each legal action, in the order of
 * {@code GameState.legalActions}. Immutable.
 */
public final class TabularPolicy {
  private final Map<String, double[]> table;

  private TabularPolicy(Map<String, double[]> table) {
    this.table = table;
  }

  /**
   * A policy from a table of probabilities (copied).
   *
   * @throws IllegalArgumentException when a row is empty, holds a negative or non-finite number,
   *     or does not sum to 1 within 1e-9
   */
  public static TabularPolicy of(Map<String, double[]> table) {
    Map<String, double[]> copy = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> e : table.entrySet()) {
      double[] p = e.getValue().clone();
      if (p.length == 0) {
        throw new IllegalArgumentException("policy row '" + e.getKey() + "' is empty");
      }
      double sum = 0;
      for (double x : p) {
        if (!(x >= 0) || Double.isInfinite(x)) {
          throw new IllegalArgumentException("policy row '" + e.getKey() + "' has probability " + x + ": "
              + Arrays.toString(p));
        }
        sum += x;
      }
      if (Math.abs(sum - 1) > 1e-9) {
        throw new IllegalArgumentException("policy row '" + e.getKey() + "' sums to " + sum + ": " + Arrays.toString(p));
      }
      copy.put(e.getKey(), p);
    }
    return new TabularPolicy(Collections.unmodifiableMap(copy));
  }

  /** The action probabilities at {@code key}, if the policy has that information state. */
  public Optional<double[]> probabilities(String key) {
    double[] p = table.get(key);
    return p == null ? Optional.empty() : Optional.of(p.clone());
  }

  double[] probabilitiesOrNull(String key) {
    return table.get(key);
  }

  /** The information-state keys, in the order the policy was built. */
  public Set<String> keys() {
    return table.keySet();
  }

  public int size() {
    return table.size();
  }

  /** The largest difference in any probability between two policies over the same keys. */
  public double maxDifference(TabularPolicy other) {
    if (!other.table.keySet().equals(table.keySet())) {
      throw new IllegalArgumentException("policies cover different information states");
    }
    double d = 0;
    for (Map.Entry<String, double[]> e : table.entrySet()) {
      double[] q = other.table.get(e.getKey());
      double[] p = e.getValue();
      if (q.length != p.length) {
        throw new IllegalArgumentException("policies disagree on the number of actions at '" + e.getKey() + "'");
      }
      for (int a = 0; a < p.length; a++) {
        d = Math.max(d, Math.abs(p[a] - q[a]));
      }
    }
    return d;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TabularPolicy t) || !t.table.keySet().equals(table.keySet())) {
      return false;
    }
    for (Map.Entry<String, double[]> e : table.entrySet()) {
      if (!Arrays.equals(e.getValue(), t.table.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (Map.Entry<String, double[]> e : table.entrySet()) {
      h += e.getKey().hashCode() ^ Arrays.hashCode(e.getValue());
    }
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("TabularPolicy{");
    int shown = 0;
    for (Map.Entry<String, double[]> e : table.entrySet()) {
      if (shown++ == 8) {
        sb.append(", ... ").append(table.size() - 8).append(" more");
        break;
      }
      sb.append(shown > 1 ? ", " : "").append(e.getKey()).append('=').append(Arrays.toString(e.getValue()));
    }
    return sb.append('}').toString();
  }
}
