package dev.parley.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small self-contained SVG line chart: one line per series over x = 1..n, with a shaded
 * confidence band where low/high are given. No external charting library.
 */
final class SvgChart {
  /** One line: its label, mean and band per x (NaN: no point). */
  record Series(String label, double[] mean, double[] low, double[] high) {}

  private static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
      "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};
  private static final int W = 720;
  private static final int H = 360;
  private static final int LEFT = 64;
  private static final int RIGHT = 200;
  private static final int TOP = 24;
  private static final int BOTTOM = 48;

  private SvgChart() {}

  static String render(String title, String xLabel, String yLabel, List<Series> series) {
    int n = series.isEmpty() ? 1 : series.get(0).mean().length;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (int i = 0; i < n; i++) {
        for (double v : new double[] {s.mean()[i], s.low()[i], s.high()[i]}) {
          if (Double.isFinite(v)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
        }
      }
    }
    if (!Double.isFinite(lo)) {
      lo = 0;
      hi = 1;
    }
    if (hi - lo < 1e-9) {
      hi = lo + 1;
    }
    double[] ticks = ticks(lo, hi);
    lo = Math.min(lo, ticks[0]);
    hi = Math.max(hi, ticks[ticks.length - 1]);
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", W, H, W, H));
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\" font-size=\"14\" font-weight=\"bold\">%s</text>%n",
        LEFT, esc(title)));
    int plotW = W - LEFT - RIGHT;
    int plotH = H - TOP - BOTTOM;
    for (double t : ticks) {
      double y = TOP + plotH * (1 - (t - lo) / (hi - lo));
      sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
          LEFT, y, LEFT + plotW, y));
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 6,
          y + 4, label(t)));
    }
    for (int i = 0; i < n; i++) {
      double x = xAt(i, n, plotW);
      sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x,
          TOP + plotH + 16, i + 1));
    }
    sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n", LEFT,
        TOP + plotH, LEFT + plotW, TOP + plotH));
    sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n", LEFT,
        TOP, LEFT, TOP + plotH));
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
        LEFT + plotW / 2, H - 8, esc(xLabel)));
    sb.append(String.format(Locale.ROOT, "<text transform=\"translate(14,%d) rotate(-90)\" text-anchor=\"middle\">%s"
        + "</text>%n", TOP + plotH / 2, esc(yLabel)));
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      String color = COLORS[k % COLORS.length];
      List<String> upper = new ArrayList<>();
      List<String> lower = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (Double.isFinite(s.low()[i]) && Double.isFinite(s.high()[i])) {
          double x = xAt(i, n, plotW);
          upper.add(String.format(Locale.ROOT, "%.1f,%.1f", x, yAt(s.high()[i], lo, hi, plotH)));
          lower.add(0, String.format(Locale.ROOT, "%.1f,%.1f", x, yAt(s.low()[i], lo, hi, plotH)));
        }
      }
      if (upper.size() > 1) {
        List<String> poly = new ArrayList<>(upper);
        poly.addAll(lower);
        sb.append("<polygon points=\"").append(String.join(" ", poly)).append("\" fill=\"").append(color)
            .append("\" fill-opacity=\"0.15\" stroke=\"none\"/>\n");
      }
      List<String> line = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (Double.isFinite(s.mean()[i])) {
          double x = xAt(i, n, plotW);
          double y = yAt(s.mean()[i], lo, hi, plotH);
          line.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
          sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, color));
        }
      }
      if (line.size() > 1) {
        sb.append("<polyline points=\"").append(String.join(" ", line)).append("\" fill=\"none\" stroke=\"")
            .append(color).append("\" stroke-width=\"2\"/>\n");
      }
      int ly = TOP + 12 + 18 * k;
      sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
          LEFT + plotW + 16, ly - 10, color));
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", LEFT + plotW + 34, ly,
          esc(s.label())));
    }
    return sb.append("</svg>\n").toString();
  }

  private static double xAt(int i, int n, int plotW) {
    return n == 1 ? LEFT + plotW / 2.0 : LEFT + plotW * (double) i / (n - 1);
  }

  private static double yAt(double v, double lo, double hi, int plotH) {
    return TOP + plotH * (1 - (v - lo) / (hi - lo));
  }

  /** About five round-number ticks covering [lo, hi]. */
  static double[] ticks(double lo, double hi) {
    double raw = (hi - lo) / 5;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = raw / mag < 1.5 ? mag : raw / mag < 3 ? 2 * mag : raw / mag < 7 ? 5 * mag : 10 * mag;
    double start = Math.floor(lo / step) * step;
    int count = (int) Math.ceil((hi - start) / step - 1e-9) + 1;
    double[] t = new double[count];
    for (int i = 0; i < count; i++) {
      t[i] = start + i * step;
    }
    return t;
  }

  private static String label(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return Long.toString(Math.round(v));
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
