package dev.parley.learn.data;

import java.util.List;
import java.util.Objects;

/**
 * TRL's unpaired preference row {@code {"prompt", "completion", "label"}} (KTO, BCO): {@code label} true
 * for a desirable completion.
 *
 * @param prompt the prompt
 * @param completion the completion
 * @param label whether the completion is desirable
 * @param metadata Parley's metadata, or null
 */
public record UnpairedRecord(Content prompt, Content completion, boolean label, RecordMetadata metadata)
    implements DatasetRecord {

  public UnpairedRecord {
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(completion, "completion");
    Rows.sameForm(List.of(prompt, completion));
  }

  @Override
  public Kind kind() {
    return Kind.UNPAIRED_PREFERENCE;
  }

  @Override
  public List<Content> contents() {
    return List.of(prompt, completion);
  }

  @Override
  public UnpairedRecord withoutMetadata() {
    return new UnpairedRecord(prompt, completion, label, null);
  }
}
