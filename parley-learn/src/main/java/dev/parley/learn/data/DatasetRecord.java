package dev.parley.learn.data;

import java.util.List;

/**
 * One row of a TRL dataset (REFERENCE §8) with Parley's metadata. Every text field of a row has the same
 * form: all plain text (standard) or all message lists (conversational).
 */
public sealed interface DatasetRecord permits PreferenceRecord, UnpairedRecord, PromptRecord {

  /** The row type, named as TRL's documentation names it. */
  enum Kind {
    /** {@code prompt}, {@code chosen}, {@code rejected} (explicit prompt), optional {@code margin}. */
    PREFERENCE,
    /** {@code prompt}, {@code completion}, {@code label}. */
    UNPAIRED_PREFERENCE,
    /** {@code prompt} only. */
    PROMPT_ONLY
  }

  Content prompt();

  /** Parley's metadata, or null for a bare TRL row. */
  RecordMetadata metadata();

  Kind kind();

  /** The TRL text fields of the row, prompt first. */
  List<Content> contents();

  /** Whether the row is in the conversational form. */
  default boolean isConversational() {
    return prompt().isConversational();
  }

  /** The same row without Parley's metadata (its TRL content only). */
  DatasetRecord withoutMetadata();
}
