package dev.parley.core.agent;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Feedback for one seat between episodes of a campaign: an overall score (NaN when the source
 * gives none), scored aspects, suggestions in words, structured adjustments that scripted agents
 * can act on (parameter name → suggested change, e.g. {@code concession_speed → -0.2}), free
 * text, and who wrote it ({@code rule}, {@code llm:…}, {@code human-tips}, {@code constant}).
 */
public record Feedback(int seat, double score, Map<String, Double> aspects, List<String> suggestions,
    Map<String, Double> adjustments, String text, String source) {

  public Feedback {
    aspects = Map.copyOf(aspects);
    suggestions = List.copyOf(suggestions);
    adjustments = Map.copyOf(adjustments);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }

  /** Feedback in words only. */
  public static Feedback text(int seat, String source, String text, List<String> suggestions) {
    return new Feedback(seat, Double.NaN, Map.of(), suggestions, Map.of(), text, source);
  }
}
