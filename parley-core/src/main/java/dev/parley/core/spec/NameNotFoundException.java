package dev.parley.core.spec;

import java.util.List;
import java.util.Optional;

/**
 * A name (of a game, agent, parameter or choice) that is not known. The message names the bad
 * value, the closest known name when one is close, and what is accepted.
 */
public final class NameNotFoundException extends IllegalArgumentException {
  private final String what;
  private final String given;
  private final List<String> accepted;

  public NameNotFoundException(String what, String given, List<String> accepted) {
    super(message(what, given, accepted));
    this.what = what;
    this.given = given;
    this.accepted = List.copyOf(accepted);
  }

  public String what() {
    return what;
  }

  public String given() {
    return given;
  }

  public List<String> accepted() {
    return accepted;
  }

  public Optional<String> suggestion() {
    return closest(given, accepted);
  }

  private static String message(String what, String given, List<String> accepted) {
    StringBuilder sb = new StringBuilder("unknown ").append(what).append(" '").append(given).append("'");
    closest(given, accepted).ifPresent(s -> sb.append(" (did you mean '").append(s).append("'?)"));
    sb.append("; accepted: ").append(String.join(", ", accepted));
    return sb.toString();
  }

  /** The accepted name closest to {@code given} by edit distance, if close enough to help. */
  public static Optional<String> closest(String given, List<String> accepted) {
    String g = given.toLowerCase();
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String a : accepted) {
      String l = a.toLowerCase();
      int d = l.startsWith(g) && g.length() >= 2 ? 0 : distance(g, l);
      if (d < bestDistance) {
        best = a;
        bestDistance = d;
      }
    }
    if (best == null || bestDistance > Math.max(2, g.length() / 3)) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /** Levenshtein distance. */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
