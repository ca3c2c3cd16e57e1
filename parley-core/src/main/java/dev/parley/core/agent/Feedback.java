package dev.parley.core.agent;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Feedback for one seat between episodes of a campaign: an overall score, scored aspects,
 * suggestions, free text, and who wrote it (rules, a model, a person).
 */
public record Feedback(int seat, double score, Map<String, Double> aspects, List<String> suggestions,
    String text, String source) {
  public Feedback {
    aspects = Map.copyOf(aspects);
    suggestions = List.copyOf(suggestions);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }
}
