package dev.parley.learn.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class FigureTest {
  private static final LineChart CHART = new LineChart("a < b & \"c\"", "iteration", "gap", LineChart.Scale.LOG,
      LineChart.Scale.LOG,
      List.of(new LineChart.Series("zero-ending", new double[] {1, 10, 100}, new double[] {0.5, 1e-3, 0}, false),
          new LineChart.Series("flat", new double[] {1, 100}, new double[] {0.1, 0.1}, true)),
      List.of(new LineChart.Reference("ref", 0.02)));

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void rendersWellFormedSelfContainedSvg(@TempDir Path dir) throws Exception {
    Figure figure = Figure.of("title", "a caption that is long enough to be wrapped ".repeat(5), CHART,
        CHART.withReferences(List.of()));
    Path file = figure.write(dir.resolve("sub/figure.svg"));
    String svg = Files.readString(file);
    Document doc = parse(svg);

    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(4);
    assertThat(svg).doesNotContain("<script").doesNotContain("href").doesNotContain("@import");
    assertThat(doc.getDocumentElement().getTextContent()).contains("a < b & \"c\"").contains("zero-ending");
    assertThat(svg).isEqualTo(figure.toSvg());
    assertThat(Figure.wrap("a caption that is long enough to be wrapped ".repeat(5), 125)).hasSize(2);
  }

  @Test
  void zerosOnALogAxisAreDrawnAtTheFloor() throws Exception {
    String svg = Figure.of("t", "", CHART).toSvg();
    String points = parse(svg).getElementsByTagName("polyline").item(0).getAttributes().getNamedItem("points")
        .getNodeValue();

    assertThat(points.split(" ")).hasSize(3);
    assertThat(LineChart.number(1e-3)).isEqualTo("0.001");
    assertThat(LineChart.number(1e-5)).isEqualTo("1e-5");
    assertThat(LineChart.number(2.5e6)).isEqualTo("2.5e6");
  }

  @Test
  void failsFast() {
    assertThatThrownBy(() -> LineChart.logLog("t", "x", "y",
        List.of(new LineChart.Series("s", new double[] {0, 1}, new double[] {1, 1}, false))))
        .hasMessageContaining("x = 0.0 on a logarithmic axis");
    assertThatThrownBy(() -> new LineChart.Series("s", new double[] {1}, new double[] {1, 2}, false))
        .hasMessageContaining("1 x values and 2 y values");
    assertThatThrownBy(() -> Figure.of("t", "")).hasMessageContaining("at least one panel");
  }
}
