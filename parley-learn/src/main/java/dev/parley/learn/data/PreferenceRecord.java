package dev.parley.learn.data;

import java.util.List;
import java.util.Objects;

/**
 * TRL's preference row with an explicit prompt: {@code {"prompt", "chosen", "rejected"}}, optionally
 * {@code "margin"} (the preference strength, read by TRL's RewardTrainer as {@code ℓ(r_c − r_r − margin)};
 * REFERENCE §7, §8). Conversational rows hold the prompt's messages and the chosen and rejected
 * assistant messages.
 *
 * @param prompt the prompt
 * @param chosen the preferred completion
 * @param rejected the other completion
 * @param margin the preference strength, or null
 * @param metadata Parley's metadata, or null
 */
public record PreferenceRecord(Content prompt, Content chosen, Content rejected, Double margin, RecordMetadata metadata)
    implements DatasetRecord {

  public PreferenceRecord {
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(chosen, "chosen");
    Objects.requireNonNull(rejected, "rejected");
    if (margin != null && !Double.isFinite(margin)) {
      throw new IllegalArgumentException("margin must be finite, was " + margin);
    }
    Rows.sameForm(List.of(prompt, chosen, rejected));
  }

  /** A standard-form row without margin. */
  public static PreferenceRecord of(String prompt, String chosen, String rejected, RecordMetadata metadata) {
    return new PreferenceRecord(Content.text(prompt), Content.text(chosen), Content.text(rejected), null, metadata);
  }

  @Override
  public Kind kind() {
    return Kind.PREFERENCE;
  }

  @Override
  public List<Content> contents() {
    return List.of(prompt, chosen, rejected);
  }

  @Override
  public PreferenceRecord withoutMetadata() {
    return new PreferenceRecord(prompt, chosen, rejected, margin, null);
  }

  public PreferenceRecord withMetadata(RecordMetadata m) {
    return new PreferenceRecord(prompt, chosen, rejected, margin, m);
  }
}
