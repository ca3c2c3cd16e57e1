/**
 * Self-contained SVG line charts for the experiments: {@link dev.parley.learn.chart.LineChart} panels
 * with linear or logarithmic axes, stacked into a {@link dev.parley.learn.chart.Figure}. Rendered by
 * hand (no charting library); the same figure gives the same bytes.
 */
package dev.parley.learn.chart;
