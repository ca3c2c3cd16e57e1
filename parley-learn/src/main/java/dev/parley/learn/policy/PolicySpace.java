package dev.parley.learn.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The finite choice sets of a tabular policy: a list of contexts, each with its options. For a bandit
 * the contexts are prompts and the options their candidate responses; for a game the contexts are
 * information-state keys and the options the canonical texts of the legal actions there. Each option
 * has a length in tokens (1 unless given), read by the length-normalised losses. Immutable.
 */
public final class PolicySpace {
  private final List<String> contexts;
  private final List<List<String>> options;
  private final int[][] lengths;
  private final Map<String, Integer> contextIndex;
  private final List<Map<String, Integer>> optionIndex;

  private PolicySpace(List<String> contexts, List<List<String>> options, int[][] lengths) {
    this.contexts = contexts;
    this.options = options;
    this.lengths = lengths;
    Map<String, Integer> ci = new HashMap<>();
    List<Map<String, Integer>> oi = new ArrayList<>();
    for (int c = 0; c < contexts.size(); c++) {
      ci.put(contexts.get(c), c);
      Map<String, Integer> m = new HashMap<>();
      for (int o = 0; o < options.get(c).size(); o++) {
        m.put(options.get(c).get(o), o);
      }
      oi.add(m);
    }
    this.contextIndex = ci;
    this.optionIndex = oi;
  }

  /**
   * A space from its contexts and their options, in the map's iteration order.
   *
   * @throws IllegalArgumentException when there is no context, a context has no option, or a context
   *     repeats an option
   */
  public static PolicySpace of(Map<String, List<String>> optionsByContext) {
    Objects.requireNonNull(optionsByContext, "optionsByContext");
    if (optionsByContext.isEmpty()) {
      throw new IllegalArgumentException("optionsByContext must hold at least one context");
    }
    List<String> contexts = new ArrayList<>();
    List<List<String>> options = new ArrayList<>();
    int[][] lengths = new int[optionsByContext.size()][];
    for (Map.Entry<String, List<String>> e : optionsByContext.entrySet()) {
      String context = Objects.requireNonNull(e.getKey(), "context");
      List<String> list = List.copyOf(Objects.requireNonNull(e.getValue(), "options of " + context));
      if (list.isEmpty()) {
        throw new IllegalArgumentException("context '" + context + "' has no option");
      }
      Set<String> seen = new HashSet<>();
      for (String o : list) {
        if (!seen.add(o)) {
          throw new IllegalArgumentException("context '" + context + "' repeats option '" + o + "'");
        }
      }
      lengths[contexts.size()] = filled(list.size());
      contexts.add(context);
      options.add(list);
    }
    return new PolicySpace(List.copyOf(contexts), List.copyOf(options), lengths);
  }

  /** A bandit with one prompt. */
  public static PolicySpace single(String prompt, List<String> responses) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(prompt, responses);
    return of(m);
  }

  /** A bandit with one prompt {@code x} and responses {@code y1 … yn}. */
  public static PolicySpace single(int responses) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= responses; i++) {
      names.add("y" + i);
    }
    return single("x", names);
  }

  /**
   * The action sets of a game's information states: key → canonical texts of the legal actions, in the
   * game's sorted legal-action order (the order {@code dev.parley.analysis.cfr.TabularPolicy} uses).
   */
  public static PolicySpace informationStates(Map<String, List<String>> legalActionsByKey) {
    return of(legalActionsByKey);
  }

  /**
   * The same space with option lengths in tokens, {@code lengths[c][o] ≥ 1}.
   *
   * @throws IllegalArgumentException when the shape differs from the space or a length is &lt; 1
   */
  public PolicySpace withLengths(int[][] newLengths) {
    Objects.requireNonNull(newLengths, "lengths");
    if (newLengths.length != contexts.size()) {
      throw new IllegalArgumentException("lengths must have " + contexts.size() + " rows, has " + newLengths.length);
    }
    int[][] copy = new int[newLengths.length][];
    for (int c = 0; c < newLengths.length; c++) {
      if (newLengths[c] == null || newLengths[c].length != options.get(c).size()) {
        throw new IllegalArgumentException("lengths[" + c + "] must have " + options.get(c).size() + " entries");
      }
      copy[c] = newLengths[c].clone();
      for (int o = 0; o < copy[c].length; o++) {
        if (copy[c][o] < 1) {
          throw new IllegalArgumentException("lengths[" + c + "][" + o + "] must be ≥ 1, was " + copy[c][o]);
        }
      }
    }
    return new PolicySpace(contexts, options, copy);
  }

  public int contextCount() {
    return contexts.size();
  }

  public List<String> contexts() {
    return contexts;
  }

  public String context(int c) {
    return contexts.get(c);
  }

  /** The index of a context; throws naming the context when it is not in the space. */
  public int contextIndex(String context) {
    Integer c = contextIndex.get(context);
    if (c == null) {
      throw new IllegalArgumentException("context '" + context + "' is not in the policy space");
    }
    return c;
  }

  public boolean hasContext(String context) {
    return contextIndex.containsKey(context);
  }

  public int optionCount(int c) {
    return options.get(c).size();
  }

  public List<String> options(int c) {
    return options.get(c);
  }

  /** The index of an option of context {@code c}; throws naming both when it is absent. */
  public int optionIndex(int c, String option) {
    Integer o = optionIndex.get(c).get(option);
    if (o == null) {
      throw new IllegalArgumentException("option '" + option + "' is not an option of context '" + contexts.get(c) + "'");
    }
    return o;
  }

  public boolean hasOption(int c, String option) {
    return optionIndex.get(c).containsKey(option);
  }

  /** The length in tokens of option {@code o} of context {@code c}. */
  public int length(int c, int o) {
    return lengths[c][o];
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, 1);
    return a;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicySpace s && contexts.equals(s.contexts) && options.equals(s.options)
        && Arrays.deepEquals(lengths, s.lengths);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contexts, options, Arrays.deepHashCode(lengths));
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("PolicySpace[");
    for (int c = 0; c < contexts.size(); c++) {
      if (c > 0) {
        b.append(", ");
      }
      b.append(contexts.get(c)).append(" → ").append(options.get(c));
      if (c == 4 && contexts.size() > 6) {
        b.append(", … ").append(contexts.size() - 5).append(" more");
        break;
      }
    }
    return b.append(']').toString();
  }

}
