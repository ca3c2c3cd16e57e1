package dev.parley.learn.build;

import dev.parley.learn.data.Content;
import dev.parley.learn.data.PreferenceRecord;
import java.util.Objects;
import java.util.function.ToDoubleBiFunction;

/**
 * Scores both sides of a preference row: the new labeller of {@link Relabeling}. From a reward
 * function of (prompt, completion) (for example a reward model), or from the outcomes the builders
 * stored in the row ({@value Attributes#CHOSEN}{@value Attributes#OUTCOME},
 * {@value Attributes#REJECTED}{@value Attributes#OUTCOME}).
 */
public interface PairScorer {

  /** A name kept in the relabeled row's metadata. */
  String name();

  /** The scores of {@code row}'s chosen and rejected sides. */
  Scores score(PreferenceRecord row);

  /** Scores of a row's two sides. */
  record Scores(double chosen, double rejected) {
    public Scores {
      if (!Double.isFinite(chosen) || !Double.isFinite(rejected)) {
        throw new IllegalArgumentException("scores must be finite, were " + chosen + " and " + rejected);
      }
    }
  }

  /** Each side scored on its own by {@code reward(prompt, completion)}. */
  static PairScorer ofReward(String name, ToDoubleBiFunction<Content, Content> reward) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reward, "reward");
    return new PairScorer() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Scores score(PreferenceRecord row) {
        return new Scores(reward.applyAsDouble(row.prompt(), row.chosen()),
            reward.applyAsDouble(row.prompt(), row.rejected()));
      }
    };
  }

  /**
   * The outcomes an outcome or judge builder stored in the row's attributes.
   *
   * @throws IllegalArgumentException (when scoring) for a row without them
   */
  static PairScorer outcomes() {
    return new PairScorer() {
      @Override
      public String name() {
        return "outcome";
      }

      @Override
      public Scores score(PreferenceRecord row) {
        return new Scores(read(row, Attributes.CHOSEN + Attributes.OUTCOME),
            read(row, Attributes.REJECTED + Attributes.OUTCOME));
      }

      private double read(PreferenceRecord row, String key) {
        String v = row.metadata() == null ? null : row.metadata().attributes().get(key);
        if (v == null) {
          throw new IllegalArgumentException("row has no attribute '" + key + "' to score by outcome: " + row.prompt());
        }
        return Double.parseDouble(v);
      }
    };
  }
}
