package dev.parley.learn.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One panel of line series with linear or logarithmic axes, rendered as self-contained SVG by
 * {@link Figure}. Values that a logarithmic axis cannot show (≤ 0) are drawn at the axis floor (the
 * smallest positive value of the panel, or 10⁻¹⁶), so exact zeros stay visible. Immutable.
 *
 * @param title the panel title
 * @param xLabel the horizontal axis label
 * @param yLabel the vertical axis label
 * @param xScale the horizontal scale
 * @param yScale the vertical scale
 * @param series the lines, drawn in order
 * @param references horizontal reference lines
 */
public record LineChart(String title, String xLabel, String yLabel, Scale xScale, Scale yScale, List<Series> series,
    List<Reference> references) {

  /** An axis scale. */
  public enum Scale { LINEAR, LOG }

  /**
   * One line: points {@code (x[i], y[i])}.
   *
   * @param name the legend entry
   * @param x abscissae
   * @param y ordinates (NaN points are skipped)
   * @param dashed whether the line is dashed
   */
  public record Series(String name, double[] x, double[] y, boolean dashed) {
    public Series {
      Objects.requireNonNull(name, "name");
      x = Objects.requireNonNull(x, "x").clone();
      y = Objects.requireNonNull(y, "y").clone();
      if (x.length != y.length) {
        throw new IllegalArgumentException("series '" + name + "' has " + x.length + " x values and " + y.length
            + " y values");
      }
      if (x.length == 0) {
        throw new IllegalArgumentException("series '" + name + "' has no points");
      }
    }

    @Override
    public double[] x() {
      return x.clone();
    }

    @Override
    public double[] y() {
      return y.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Series s && name.equals(s.name) && dashed == s.dashed && Arrays.equals(x, s.x)
          && Arrays.equals(y, s.y);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, dashed, Arrays.hashCode(x), Arrays.hashCode(y));
    }

    @Override
    public String toString() {
      return "Series[" + name + ", " + x.length + " points]";
    }
  }

  /** A horizontal line at {@code y} with a label. */
  public record Reference(String name, double y) {
    public Reference {
      Objects.requireNonNull(name, "name");
      if (!Double.isFinite(y)) {
        throw new IllegalArgumentException("reference '" + name + "' must be finite, was " + y);
      }
    }
  }

  public LineChart {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(xLabel, "xLabel");
    Objects.requireNonNull(yLabel, "yLabel");
    Objects.requireNonNull(xScale, "xScale");
    Objects.requireNonNull(yScale, "yScale");
    series = List.copyOf(series);
    references = List.copyOf(references);
    if (series.isEmpty()) {
      throw new IllegalArgumentException("a chart needs at least one series");
    }
    if (xScale == Scale.LOG) {
      for (Series s : series) {
        for (double v : s.x) {
          if (!(v > 0)) {
            throw new IllegalArgumentException("series '" + s.name + "' has x = " + v + " on a logarithmic axis");
          }
        }
      }
    }
  }

  /** A chart with log–log axes and no reference lines. */
  public static LineChart logLog(String title, String xLabel, String yLabel, List<Series> series) {
    return new LineChart(title, xLabel, yLabel, Scale.LOG, Scale.LOG, series, List.of());
  }

  public LineChart withReferences(List<Reference> refs) {
    return new LineChart(title, xLabel, yLabel, xScale, yScale, series, refs);
  }

  /** {@code [min, max]} of the finite values of one axis (including reference lines for y). */
  double[] range(boolean xAxis) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    Scale scale = xAxis ? xScale : yScale;
    List<double[]> all = new ArrayList<>();
    for (Series s : series) {
      all.add(xAxis ? s.x : s.y);
    }
    if (!xAxis) {
      double[] r = new double[references.size()];
      for (int i = 0; i < r.length; i++) {
        r[i] = references.get(i).y();
      }
      all.add(r);
    }
    for (double[] values : all) {
      for (double v : values) {
        if (Double.isFinite(v) && (scale == Scale.LINEAR || v > 0)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (lo == Double.POSITIVE_INFINITY) {
      return scale == Scale.LOG ? new double[] {1e-16, 1} : new double[] {0, 1};
    }
    if (scale == Scale.LOG) {
      lo = Math.max(lo, 1e-16);
      double a = Math.floor(Math.log10(lo));
      double b = Math.ceil(Math.log10(hi));
      if (a == b) {
        b = a + 1;
      }
      // The horizontal axis ends at the last point; the vertical one at whole decades.
      return new double[] {Math.pow(10, a), xAxis && hi > Math.pow(10, a) ? hi : Math.pow(10, b)};
    }
    if (lo == hi) {
      lo -= 0.5;
      hi += 0.5;
    }
    double step = niceStep((hi - lo) / 5);
    return new double[] {Math.floor(lo / step) * step, Math.ceil(hi / step) * step};
  }

  static double niceStep(double raw) {
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    double m = raw / p;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
  }

  static String number(double v) {
    if (v == 0) {
      return "0";
    }
    double a = Math.abs(v);
    if (a >= 1e-3 && a < 1e5) {
      String s = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
      return s;
    }
    int e = (int) Math.floor(Math.log10(a));
    double m = v / Math.pow(10, e);
    return Math.abs(m - 1) < 1e-9 ? "1e" + e : String.format(Locale.ROOT, "%.3g", m).replaceAll("\\.?0+$", "") + "e" + e;
  }
}
