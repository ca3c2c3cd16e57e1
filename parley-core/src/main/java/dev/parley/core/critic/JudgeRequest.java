package dev.parley.core.critic;

import java.util.Objects;

/**
 * What a judge compares: the shared context (e.g. the prompt both options answer), option A, option
 * B, the criterion in words (e.g. "Which move gets the seller a better price?"), and a seed for any
 * sampling.
 */
public record JudgeRequest(String context, String optionA, String optionB, String criterion, long seed) {
  public JudgeRequest {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(optionA, "optionA");
    Objects.requireNonNull(optionB, "optionB");
    Objects.requireNonNull(criterion, "criterion");
  }

  /** The same question with the options in the other order. */
  public JudgeRequest swapped() {
    return new JudgeRequest(context, optionB, optionA, criterion, seed);
  }
}
