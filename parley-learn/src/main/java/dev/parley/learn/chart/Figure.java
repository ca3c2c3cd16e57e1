package dev.parley.learn.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A figure of line-chart panels stacked vertically, rendered as one self-contained SVG document (no
 * scripts, fonts, stylesheets or images from outside). The output is a pure function of the figure:
 * the same figure gives the same bytes.
 *
 * @param title the figure title
 * @param panels the panels, top to bottom
 * @param caption a line of text under the figure (may be empty)
 */
public record Figure(String title, List<LineChart> panels, String caption) {
  private static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
      "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};
  private static final int WIDTH = 880;
  private static final int PANEL_HEIGHT = 360;
  private static final int LEFT = 78;
  private static final int RIGHT = 250;
  private static final int TOP = 34;
  private static final int BOTTOM = 48;

  public Figure {
    Objects.requireNonNull(title, "title");
    panels = List.copyOf(panels);
    Objects.requireNonNull(caption, "caption");
    if (panels.isEmpty()) {
      throw new IllegalArgumentException("a figure needs at least one panel");
    }
  }

  public static Figure of(String title, String caption, LineChart... panels) {
    return new Figure(title, List.of(panels), caption);
  }

  /** The SVG document. */
  public String toSvg() {
    List<String> captionLines = wrap(caption, 125);
    int height = 40 + panels.size() * PANEL_HEIGHT + 10 + 16 * captionLines.size();
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
    b.append("<title>").append(escape(title)).append("</title>\n");
    b.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    b.append("<text x=\"").append(WIDTH / 2).append("\" y=\"24\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">")
        .append(escape(title)).append("</text>\n");
    for (int i = 0; i < panels.size(); i++) {
      panel(b, panels.get(i), 40 + i * PANEL_HEIGHT);
    }
    for (int i = 0; i < captionLines.size(); i++) {
      b.append("<text x=\"").append(LEFT).append("\" y=\"").append(40 + panels.size() * PANEL_HEIGHT + 12 + 16 * i)
          .append("\" font-size=\"11\" fill=\"#444\">").append(escape(captionLines.get(i))).append("</text>\n");
    }
    b.append("</svg>\n");
    return b.toString();
  }

  /** Writes the SVG document (UTF-8) to a file, creating parent folders. */
  public Path write(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Files.writeString(file, toSvg(), StandardCharsets.UTF_8);
    return file;
  }

  /** Splits text at spaces into lines of at most {@code width} characters (longer words stay whole). */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (!line.toString().isBlank()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static void panel(StringBuilder b, LineChart c, int top) {
    int x0 = LEFT;
    int x1 = WIDTH - RIGHT;
    int y0 = top + TOP;
    int y1 = top + PANEL_HEIGHT - BOTTOM;
    double[] xr = c.range(true);
    double[] yr = c.range(false);
    Axis ax = new Axis(c.xScale(), xr[0], xr[1], x0, x1);
    Axis ay = new Axis(c.yScale(), yr[0], yr[1], y1, y0);
    b.append("<g>\n");
    b.append("<text x=\"").append((x0 + x1) / 2).append("\" y=\"").append(top + 20)
        .append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\">").append(escape(c.title())).append("</text>\n");
    b.append("<rect x=\"").append(x0).append("\" y=\"").append(y0).append("\" width=\"").append(x1 - x0)
        .append("\" height=\"").append(y1 - y0).append("\" fill=\"none\" stroke=\"#333\"/>\n");
    for (double t : ax.ticks()) {
      double px = ax.map(t);
      b.append(line(px, y0, px, y1, "#e5e5e5", false));
      b.append("<text x=\"").append(f(px)).append("\" y=\"").append(y1 + 16).append("\" text-anchor=\"middle\">")
          .append(LineChart.number(t)).append("</text>\n");
    }
    for (double t : ay.ticks()) {
      double py = ay.map(t);
      b.append(line(x0, py, x1, py, "#e5e5e5", false));
      b.append("<text x=\"").append(x0 - 6).append("\" y=\"").append(f(py + 4)).append("\" text-anchor=\"end\">")
          .append(LineChart.number(t)).append("</text>\n");
    }
    b.append("<text x=\"").append((x0 + x1) / 2).append("\" y=\"").append(y1 + 36).append("\" text-anchor=\"middle\">")
        .append(escape(c.xLabel())).append("</text>\n");
    b.append("<text transform=\"translate(").append(18).append(' ').append((y0 + y1) / 2)
        .append(") rotate(-90)\" text-anchor=\"middle\">").append(escape(c.yLabel())).append("</text>\n");
    int legendY = y0 + 4;
    for (LineChart.Reference r : c.references()) {
      double py = ay.map(c.yScale() == LineChart.Scale.LOG ? Math.max(r.y(), yr[0]) : r.y());
      b.append(line(x0, py, x1, py, "#555", true));
      b.append(legend(x1 + 12, legendY, "#555", true, r.name()));
      legendY += 18;
    }
    for (int i = 0; i < c.series().size(); i++) {
      LineChart.Series s = c.series().get(i);
      String colour = PALETTE[i % PALETTE.length];
      double[] x = s.x();
      double[] y = s.y();
      StringBuilder points = new StringBuilder();
      for (int k = 0; k < x.length; k++) {
        if (Double.isNaN(y[k]) || Double.isNaN(x[k])) {
          continue;
        }
        double v = c.yScale() == LineChart.Scale.LOG ? Math.max(y[k], yr[0]) : y[k];
        if (points.length() > 0) {
          points.append(' ');
        }
        points.append(f(ax.map(x[k]))).append(',').append(f(ay.map(v)));
      }
      b.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
          .append(s.dashed() ? " stroke-dasharray=\"7 4\"" : "").append(" points=\"").append(points).append("\"/>\n");
      b.append(legend(x1 + 12, legendY, colour, s.dashed(), s.name()));
      legendY += 18;
    }
    b.append("</g>\n");
  }

  private static String legend(int x, int y, String colour, boolean dashed, String name) {
    return line(x, y + 6, x + 26, y + 6, colour, dashed).replace("stroke-width=\"1\"", "stroke-width=\"2\"")
        + "<text x=\"" + (x + 32) + "\" y=\"" + (y + 10) + "\">" + escape(name) + "</text>\n";
  }

  private static String line(double xa, double ya, double xb, double yb, String colour, boolean dashed) {
    return "<line x1=\"" + f(xa) + "\" y1=\"" + f(ya) + "\" x2=\"" + f(xb) + "\" y2=\"" + f(yb) + "\" stroke=\"" + colour
        + "\" stroke-width=\"1\"" + (dashed ? " stroke-dasharray=\"5 4\"" : "") + "/>\n";
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> {
          if (ch < 0x20 && ch != '\t' && ch != '\n') {
            b.append(' ');
          } else {
            b.append(ch);
          }
        }
      }
    }
    return b.toString();
  }

  /** An axis mapping data values to pixels. */
  private record Axis(LineChart.Scale scale, double lo, double hi, double from, double to) {
    double map(double v) {
      double t = scale == LineChart.Scale.LOG
          ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))
          : (v - lo) / (hi - lo);
      return from + t * (to - from);
    }

    double[] ticks() {
      if (scale == LineChart.Scale.LOG) {
        int a = (int) Math.ceil(Math.log10(lo) - 1e-9);
        int b = (int) Math.floor(Math.log10(hi) + 1e-9);
        int stride = Math.max(1, (b - a + 7) / 8);
        int n = (b - a) / stride + 1;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
          t[i] = Math.pow(10, a + i * stride);
        }
        return t;
      }
      double step = LineChart.niceStep((hi - lo) / 5);
      int n = (int) Math.floor((hi - lo) / step + 1e-9) + 1;
      double[] t = new double[n];
      for (int i = 0; i < n; i++) {
        t[i] = lo + i * step;
      }
      return t;
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Figure[%s, %d panels]", title, panels.size());
  }
}
