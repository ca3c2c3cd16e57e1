package dev.parley.learn.reward;

import dev.parley.core.llm.ChatMessage;
import dev.parley.learn.data.Content;
import dev.parley.learn.data.PreferenceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns TRL preference rows ({@link PreferenceRecord}) into reward-model training pairs: each side is the
 * text {@code prompt + "\n" + completion} (conversational rows: the messages' contents, one per line)
 * featurised by a text {@link FeatureFunction}; the row's {@code margin} becomes the pair's margin and
 * Parley's soft label {@code p(chosen ≻ rejected)} (metadata {@code probability}) its label.
 */
public final class PreferenceFeatures {
  private PreferenceFeatures() {}

  /** The plain text of a field: the text itself, or the messages' contents joined by newlines. */
  public static String text(Content content) {
    Objects.requireNonNull(content, "content");
    if (content instanceof Content.Text t) {
      return t.text();
    }
    return String.join("\n", ((Content.Messages) content).messages().stream().map(ChatMessage::content).toList());
  }

  /** The training pair of one row. */
  public static FeaturePair pair(PreferenceRecord row, FeatureFunction<? super String> text) {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(text, "text");
    String prompt = text(row.prompt());
    double margin = row.margin() == null ? 0 : row.margin();
    double p = row.metadata() == null || row.metadata().probability() == null ? 1 : row.metadata().probability();
    return FeaturePair.of(text.features(prompt + "\n" + text(row.chosen())),
        text.features(prompt + "\n" + text(row.rejected())), margin, p, 1);
  }

  /** The training pairs of rows, in order. */
  public static List<FeaturePair> pairs(List<PreferenceRecord> rows, FeatureFunction<? super String> text) {
    Objects.requireNonNull(rows, "rows");
    List<FeaturePair> out = new ArrayList<>(rows.size());
    for (PreferenceRecord r : rows) {
      out.add(pair(r, text));
    }
    return out;
  }

  /** Annotated pairs for a pluralistic model, the annotator read from each row (e.g. its judge). */
  public static List<AnnotatedPair> annotated(List<PreferenceRecord> rows, FeatureFunction<? super String> text,
      Function<? super PreferenceRecord, String> annotator) {
    Objects.requireNonNull(annotator, "annotator");
    List<AnnotatedPair> out = new ArrayList<>(rows.size());
    for (PreferenceRecord r : rows) {
      out.add(new AnnotatedPair(annotator.apply(r), pair(r, text)));
    }
    return out;
  }
}
