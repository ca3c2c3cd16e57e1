package dev.parley.app;

import dev.parley.core.game.Params;
import dev.parley.core.tournament.TournamentResults;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Plain-text tables of tournament results: a leaderboard and the pairwise score matrix. */
final class ResultsTable {
  private ResultsTable() {}

  static String render(TournamentResults r) {
    StringBuilder sb = new StringBuilder();
    List<String> agents = r.agents();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < agents.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -nanToMin(r.meanReturn(i))).thenComparing(agents::get));
    int w = Math.max(5, agents.stream().mapToInt(String::length).max().orElse(5));
    sb.append(String.format(Locale.ROOT, "%-4s %-" + w + "s %10s %8s %8s %8s %8s %10s%n", "rank", "agent",
        "mean", "episodes", "wins", "draws", "losses", "violations"));
    int rank = 1;
    for (int i : order) {
      sb.append(String.format(Locale.ROOT, "%-4d %-" + w + "s %10s %8d %8d %8d %8d %10d%n", rank++, agents.get(i),
          fmt(r.meanReturn(i)), r.appearances(i), r.wins(i), r.draws(i), r.losses(i), r.violations(i)));
    }
    sb.append(String.format(Locale.ROOT, "%nMean return of the row agent against the column agent:%n"));
    int cw = Math.max(7, Math.min(10, w));
    sb.append(String.format(Locale.ROOT, "%-" + w + "s", ""));
    for (int j : order) {
      sb.append(String.format(Locale.ROOT, " %" + cw + "s", abbreviate(agents.get(j), cw)));
    }
    sb.append('\n');
    for (int i : order) {
      sb.append(String.format(Locale.ROOT, "%-" + w + "s", agents.get(i)));
      for (int j : order) {
        sb.append(String.format(Locale.ROOT, " %" + cw + "s", r.meetings(i, j) == 0 ? "-" : fmt(r.meanAgainst(i, j))));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static double nanToMin(double x) {
    return Double.isNaN(x) ? Double.NEGATIVE_INFINITY : x;
  }

  static String fmt(double x) {
    if (Double.isNaN(x)) {
      return "-";
    }
    if (x == Math.rint(x) && Math.abs(x) < 1e12) {
      return Params.formatNumber(x);
    }
    return String.format(Locale.ROOT, "%.3f", x);
  }

  private static String abbreviate(String s, int w) {
    return s.length() <= w ? s : s.substring(0, w - 1) + "…";
  }
}
