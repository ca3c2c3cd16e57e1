package dev.parley.learn.data;

import java.util.List;
import java.util.Objects;

/**
 * TRL's prompt-only row {@code {"prompt"}} (online DPO, Nash-MD, XPO, GRPO, RLOO).
 *
 * @param prompt the prompt
 * @param metadata Parley's metadata, or null
 */
public record PromptRecord(Content prompt, RecordMetadata metadata) implements DatasetRecord {

  public PromptRecord {
    Objects.requireNonNull(prompt, "prompt");
  }

  @Override
  public Kind kind() {
    return Kind.PROMPT_ONLY;
  }

  @Override
  public List<Content> contents() {
    return List.of(prompt);
  }

  @Override
  public PromptRecord withoutMetadata() {
    return new PromptRecord(prompt, null);
  }
}
