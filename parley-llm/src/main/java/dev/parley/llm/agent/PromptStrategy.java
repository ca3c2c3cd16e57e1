package dev.parley.llm.agent;

import java.util.Locale;

/**
 * How an agent asks the model for a move — an experiment factor (Akata et al. 2023 on social
 * chain-of-thought; "chain of thought can hurt"; Hua et al. 2024 on game-theoretic workflows).
 */
public enum PromptStrategy {
  /** Ask for the move only. */
  DIRECT("direct"),
  /** Ask for reasoning first, then a final line "Answer: …" that is parsed. */
  COT("cot"),
  /** Social chain-of-thought: first predict the other player's move (recorded), then choose. */
  SCOT("scot");

  private final String label;

  PromptStrategy(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static PromptStrategy parse(String s) {
    for (PromptStrategy p : values()) {
      if (p.label.equals(s.toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown strategy '" + s + "'; accepted: direct, cot, scot");
  }
}
