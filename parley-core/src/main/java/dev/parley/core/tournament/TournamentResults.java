package dev.parley.core.tournament;

import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Running totals of a tournament: each agent's mean return, wins, draws and losses, and the mean
 * return of agent {@code a} against agent {@code b} (over both seat orders). Memory is O(agents²)
 * however many episodes are added. Not thread-safe; the tournament adds from one thread.
 *
 * <p>A win is a strictly highest return in the episode, a draw a shared highest return.
 */
public final class TournamentResults {
  private final List<String> agents;
  private final int n;
  private final double[] pairSum;
  private final long[] pairCount;
  private final double[] total;
  private final long[] appearances;
  private final long[] wins;
  private final long[] draws;
  private final long[] losses;
  private final long[] violations;
  private final EnumMap<EpisodeStatus, Long> statuses = new EnumMap<>(EpisodeStatus.class);
  private long episodes;

  public TournamentResults(List<String> agents) {
    this.agents = List.copyOf(agents);
    this.n = agents.size();
    pairSum = new double[n * n];
    pairCount = new long[n * n];
    total = new double[n];
    appearances = new long[n];
    wins = new long[n];
    draws = new long[n];
    losses = new long[n];
    violations = new long[n];
  }

  /** Adds an episode whose seat {@code s} was played by agent {@code lineup[s]}. */
  public void add(Episode e, int[] lineup) {
    int seats = lineup.length;
    episodes++;
    statuses.merge(e.status(), 1L, Long::sum);
    double best = Double.NEGATIVE_INFINITY;
    int bestCount = 0;
    for (int s = 0; s < seats; s++) {
      double r = e.returnOf(s);
      if (r > best) {
        best = r;
        bestCount = 1;
      } else if (r == best) {
        bestCount++;
      }
    }
    for (int s = 0; s < seats; s++) {
      int a = lineup[s];
      double r = e.returnOf(s);
      total[a] += r;
      appearances[a]++;
      if (r == best) {
        if (bestCount == 1) {
          wins[a]++;
        } else {
          draws[a]++;
        }
      } else {
        losses[a]++;
      }
      for (int o = 0; o < seats; o++) {
        if (o != s) {
          pairSum[a * n + lineup[o]] += r;
          pairCount[a * n + lineup[o]]++;
        }
      }
    }
    for (var v : e.violations()) {
      if (v.seat() >= 0 && v.seat() < seats) {
        violations[lineup[v.seat()]]++;
      }
    }
  }

  public List<String> agents() {
    return agents;
  }

  public long episodes() {
    return episodes;
  }

  public Map<EpisodeStatus, Long> statuses() {
    return Map.copyOf(statuses);
  }

  /** Mean return of agent {@code a} per episode against agent {@code b}; NaN if they never met. */
  public double meanAgainst(int a, int b) {
    long c = pairCount[a * n + b];
    return c == 0 ? Double.NaN : pairSum[a * n + b] / c;
  }

  public long meetings(int a, int b) {
    return pairCount[a * n + b];
  }

  public double meanReturn(int a) {
    return appearances[a] == 0 ? Double.NaN : total[a] / appearances[a];
  }

  public long appearances(int a) {
    return appearances[a];
  }

  public long wins(int a) {
    return wins[a];
  }

  public long draws(int a) {
    return draws[a];
  }

  public long losses(int a) {
    return losses[a];
  }

  public long violations(int a) {
    return violations[a];
  }
}
