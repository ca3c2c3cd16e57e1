package dev.parley.core.agent;

import java.util.List;
import java.util.Map;

/**
 * How a decision was reached, kept in the episode record: the prompt and raw output of a model,
 * each parse attempt, token usage, and free annotations (e.g. a stated prediction).
 */
public record DecisionTrace(
    String prompt, String rawOutput, List<ParseAttempt> attempts, Usage usage, Map<String, String> notes) {

  public DecisionTrace {
    attempts = attempts == null ? List.of() : List.copyOf(attempts);
    notes = notes == null ? Map.of() : Map.copyOf(notes);
    usage = usage == null ? Usage.NONE : usage;
  }

  /** One try at reading an action from text. */
  public record ParseAttempt(String text, String outcome, String reason) {
    /** Outcome of a reply that was read as a legal action. */
    public static final String OK = "ok";
    /** Outcome of a reply that could not be read as an action. */
    public static final String MALFORMED = "malformed";
    /** Outcome of a reply read as an action that the rules do not allow now. */
    public static final String NOT_LEGAL = "not-legal";
  }

  /** Token usage of the model calls behind a decision. */
  public record Usage(long promptTokens, long completionTokens) {
    public static final Usage NONE = new Usage(0, 0);

    public Usage {
      if (promptTokens < 0 || completionTokens < 0) {
        throw new IllegalArgumentException("token counts must be ≥ 0");
      }
    }

    public Usage plus(Usage o) {
      return new Usage(promptTokens + o.promptTokens, completionTokens + o.completionTokens);
    }
  }
}
