package dev.parley.app;

import dev.parley.core.campaign.CampaignResults;
import dev.parley.core.campaign.Summary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The per-round table of a campaign, as text and as a self-contained HTML page with charts. */
final class CampaignReport {
  private CampaignReport() {}

  /** Metrics to show: those asked for (checked), else every metric the game reports. */
  static List<String> metrics(CampaignResults r, List<String> asked) {
    if (asked.isEmpty()) {
      return r.metrics();
    }
    for (String m : asked) {
      if (!r.metrics().contains(m)) {
        throw new BadInputException("metric '" + m + "' is not reported by this game; it reports " + r.metrics());
      }
    }
    return asked;
  }

  static String text(CampaignResults r, List<String> metrics) {
    StringBuilder sb = new StringBuilder();
    int arms = r.settings().arms();
    for (String m : metrics) {
      sb.append(String.format(Locale.ROOT, "%n%s per round (mean [95%% interval], over %d campaigns per arm)%n", m,
          r.settings().campaigns()));
      sb.append(String.format(Locale.ROOT, "%-6s", "round"));
      for (int a = 0; a < arms; a++) {
        sb.append(String.format(Locale.ROOT, " %-30s", clip(r.armLabel(a), 30)));
      }
      sb.append('\n');
      for (int round = 0; round < r.settings().rounds(); round++) {
        sb.append(String.format(Locale.ROOT, "%-6d", round + 1));
        for (int a = 0; a < arms; a++) {
          sb.append(String.format(Locale.ROOT, " %-30s", cell(r.summary(a, round, m))));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  static String cell(Summary s) {
    if (s.n() == 0) {
      return "-";
    }
    if (Double.isNaN(s.low())) {
      return fmt(s.mean()) + " (n=1)";
    }
    return fmt(s.mean()) + " [" + fmt(s.low()) + ", " + fmt(s.high()) + "]" + (s.missing() > 0 ? " n=" + s.n() : "");
  }

  private static String fmt(double x) {
    return String.format(Locale.ROOT, Math.abs(x) >= 100 ? "%.1f" : "%.3f", x);
  }

  private static String clip(String s, int w) {
    return s.length() <= w ? s : s.substring(0, w - 1) + "…";
  }

  /** Writes the HTML report to {@code file} (through a temporary file, so it is never half-written). */
  static void html(CampaignResults r, List<String> metrics, String runId, String store, Path file) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        .append(SvgChart.esc(r.settings().name())).append("</title><style>body{font-family:sans-serif;margin:2em;"
            + "max-width:1100px}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;"
            + "padding:3px 8px;text-align:right}th{background:#f4f4f4}code{background:#f4f4f4;padding:1px 4px}"
            + "</style></head><body>\n");
    var s = r.settings();
    sb.append("<h1>Campaign ").append(SvgChart.esc(s.name())).append("</h1>\n<p>Run <code>")
        .append(SvgChart.esc(runId)).append("</code> in <code>").append(SvgChart.esc(store)).append("</code>: ")
        .append(r.episodes()).append(" episodes.</p>\n<ul>")
        .append(li("game", s.game())).append(li("learner", s.learner())).append(li("opponent", s.opponent()))
        .append(li("learner seats", s.learnerSeats().toString())).append(li("feedback", String.join(", ",
            s.feedback()))).append(li("rounds × campaigns per arm", s.rounds() + " × " + s.campaigns()))
        .append(li("seed", Long.toString(s.seed()))).append("</ul>\n<p>Shaded bands are 95% confidence intervals "
            + "of the mean over campaigns (Student t).</p>\n");
    for (String m : metrics) {
      List<SvgChart.Series> series = new ArrayList<>();
      for (int a = 0; a < s.arms(); a++) {
        double[] mean = new double[s.rounds()];
        double[] low = new double[s.rounds()];
        double[] high = new double[s.rounds()];
        for (int round = 0; round < s.rounds(); round++) {
          Summary x = r.summary(a, round, m);
          mean[round] = x.mean();
          low[round] = x.low();
          high[round] = x.high();
        }
        series.add(new SvgChart.Series(r.armLabel(a), mean, low, high));
      }
      sb.append("<h2>").append(SvgChart.esc(m)).append("</h2>\n")
          .append(SvgChart.render(m + " per round", "round", m, series));
      sb.append("<table><tr><th>round</th>");
      for (int a = 0; a < s.arms(); a++) {
        sb.append("<th>").append(SvgChart.esc(r.armLabel(a))).append("</th>");
      }
      sb.append("</tr>\n");
      for (int round = 0; round < s.rounds(); round++) {
        sb.append("<tr><td>").append(round + 1).append("</td>");
        for (int a = 0; a < s.arms(); a++) {
          sb.append("<td>").append(SvgChart.esc(cell(r.summary(a, round, m)))).append("</td>");
        }
        sb.append("</tr>\n");
      }
      sb.append("</table>\n");
    }
    sb.append("</body></html>\n");
    AtomicFiles.write(file, w -> w.write(sb.toString()));
  }

  private static String li(String k, String v) {
    return "<li>" + SvgChart.esc(k) + ": <code>" + SvgChart.esc(v) + "</code></li>";
  }
}
