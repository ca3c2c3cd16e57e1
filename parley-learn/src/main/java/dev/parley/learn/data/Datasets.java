package dev.parley.learn.data;

import dev.parley.learn.policy.PolicySpace;
import dev.parley.learn.preference.WeightedPair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Conversions between dataset rows, TRL's row types, and the learning lab's index pairs. */
public final class Datasets {
  private Datasets() {}

  /**
   * TRL's {@code unpair_preference_dataset}: every preference row becomes two unpaired rows,
   * {@code (prompt, chosen, true)} and {@code (prompt, rejected, false)}, with the row's metadata.
   */
  public static Dataset<UnpairedRecord> unpair(Dataset<PreferenceRecord> preferences) {
    Objects.requireNonNull(preferences, "preferences");
    List<UnpairedRecord> out = new ArrayList<>();
    for (PreferenceRecord p : preferences.records()) {
      out.add(new UnpairedRecord(p.prompt(), p.chosen(), true, p.metadata()));
      out.add(new UnpairedRecord(p.prompt(), p.rejected(), false, p.metadata()));
    }
    return Dataset.of(out);
  }

  /**
   * The prompt-only rows of a dataset's distinct prompts, in order of first appearance, with the first
   * row's metadata.
   */
  public static Dataset<PromptRecord> prompts(Dataset<? extends DatasetRecord> rows) {
    Objects.requireNonNull(rows, "rows");
    LinkedHashMap<Content, RecordMetadata> seen = new LinkedHashMap<>();
    for (DatasetRecord r : rows.records()) {
      seen.putIfAbsent(r.prompt(), r.metadata());
    }
    List<PromptRecord> out = new ArrayList<>();
    seen.forEach((prompt, meta) -> out.add(new PromptRecord(prompt, meta)));
    return Dataset.of(out);
  }

  /** The metadata attribute that carries an index pair's weight when it is not 1. */
  public static final String WEIGHT_ATTRIBUTE = "weight";

  /**
   * Standard-form preference rows for index pairs of a policy space: the context's name is the prompt and
   * the options' names are the completions. A weight other than 1 is kept in the metadata attribute
   * {@value #WEIGHT_ATTRIBUTE} (not in TRL's {@code margin}, which means a reward margin).
   *
   * @param metadata the metadata of every row (required: it carries the weights)
   */
  public static Dataset<PreferenceRecord> fromPairs(PolicySpace space, List<WeightedPair> pairs, RecordMetadata metadata) {
    Objects.requireNonNull(space, "space");
    Objects.requireNonNull(pairs, "pairs");
    Objects.requireNonNull(metadata, "metadata");
    List<PreferenceRecord> out = new ArrayList<>();
    for (WeightedPair p : pairs) {
      List<String> options = space.options(p.context());
      RecordMetadata meta = metadata;
      if (p.weight() != 1) {
        Map<String, String> attributes = new TreeMap<>(metadata.attributes());
        attributes.put(WEIGHT_ATTRIBUTE, Double.toString(p.weight()));
        meta = metadata.withAttributes(attributes);
      }
      out.add(new PreferenceRecord(Content.text(space.context(p.context())), Content.text(options.get(p.chosen())),
          Content.text(options.get(p.rejected())), null, meta));
    }
    return Dataset.of(out);
  }

  /**
   * Index pairs of a policy space from standard-form preference rows: the prompt names the context, the
   * completions name options; the weight is the metadata attribute {@value #WEIGHT_ATTRIBUTE} if present,
   * else 1.
   *
   * @throws IllegalArgumentException for a conversational row, a prompt or completion that is not in the
   *     space, or an unreadable weight (naming the row)
   */
  public static List<WeightedPair> toPairs(Dataset<PreferenceRecord> rows, PolicySpace space) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(space, "space");
    List<WeightedPair> out = new ArrayList<>();
    int i = 0;
    for (PreferenceRecord r : rows.records()) {
      if (r.isConversational()) {
        throw new IllegalArgumentException("row " + i + " is conversational; index pairs need standard-form rows");
      }
      String prompt = ((Content.Text) r.prompt()).text();
      if (!space.hasContext(prompt)) {
        throw new IllegalArgumentException("row " + i + ": prompt '" + prompt + "' is not a context of the space");
      }
      int c = space.contextIndex(prompt);
      try {
        String w = r.metadata() == null ? null : r.metadata().attributes().get(WEIGHT_ATTRIBUTE);
        out.add(new WeightedPair(c, space.optionIndex(c, ((Content.Text) r.chosen()).text()),
            space.optionIndex(c, ((Content.Text) r.rejected()).text()), w == null ? 1 : Double.parseDouble(w)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("row " + i + ": " + e.getMessage(), e);
      }
      i++;
    }
    return out;
  }
}
