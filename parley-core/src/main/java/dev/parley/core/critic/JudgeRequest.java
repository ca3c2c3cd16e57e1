package dev.parley.core.critic;

import java.util.Objects;

/**
 * What a judge compares: the shared context (e.g. the prompt both options answer), option A, option
 * B, the criterion in words (e.g. "Which move gets the seller a better price?"), a seed for any
 * sampling, and, when the caller has one, a key that identifies the context beyond its text (two
 * seats can be shown the same words): judges that know outcomes per context use it, model judges
 * read only the text.
 *
 * @param contextKey identifies the context exactly, or null when the text is all there is
 */
public record JudgeRequest(String context, String optionA, String optionB, String criterion, long seed,
    String contextKey) {
  public JudgeRequest {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(optionA, "optionA");
    Objects.requireNonNull(optionB, "optionB");
    Objects.requireNonNull(criterion, "criterion");
  }

  /** A request whose context is identified by its text alone. */
  public JudgeRequest(String context, String optionA, String optionB, String criterion, long seed) {
    this(context, optionA, optionB, criterion, seed, null);
  }

  /** The same question with the options in the other order. */
  public JudgeRequest swapped() {
    return new JudgeRequest(context, optionB, optionA, criterion, seed, contextKey);
  }
}
