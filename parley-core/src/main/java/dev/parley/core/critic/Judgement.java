package dev.parley.core.critic;

import java.util.Objects;

/**
 * A judge's verdict: {@code P(A ≻ B)} in [0, 1] (0.5 for a tie or no preference), its rationale,
 * what a model judge was shown and answered (empty for rule judges), and the source
 * ({@code rule:…}, {@code llm:…}, {@code human:…}).
 */
public record Judgement(double probabilityFirst, String rationale, String prompt, String rawOutput, String source) {
  public Judgement {
    if (!(probabilityFirst >= 0 && probabilityFirst <= 1)) {
      throw new IllegalArgumentException("probabilityFirst must be in [0, 1], was " + probabilityFirst);
    }
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(rawOutput, "rawOutput");
    Objects.requireNonNull(source, "source");
  }
}
