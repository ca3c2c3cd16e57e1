package dev.parley.llm.judge;

import dev.parley.core.critic.PairwiseJudge;
import dev.parley.llm.ModelPool;
import dev.parley.llm.ModelSpec;
import dev.parley.llm.UsageMeter;
import dev.parley.llm.provider.Providers;
import java.util.Objects;

/** Makes language-model pairwise judges ({@link LlmJudge}) from model spec strings. */
public final class LlmJudges {
  /** Times an unusable reply is asked again by default. */
  public static final int DEFAULT_RETRIES = 2;

  private LlmJudges() {}

  /**
   * A judge on the model {@code modelSpec} (e.g. {@code openai:gpt-4o-mini?temperature=0}), its
   * calls going through {@code pool}'s shared stack (cache, retries, limits), re-asking an unusable
   * reply {@value #DEFAULT_RETRIES} times.
   *
   * @throws IllegalArgumentException for a bad spec or a missing key
   */
  public static PairwiseJudge create(String modelSpec, ModelPool pool) {
    return create(modelSpec, pool, DEFAULT_RETRIES, null);
  }

  /**
   * As {@link #create(String, ModelPool)}, with the number of re-asks and a usage meter (or null).
   *
   * @param retries times an unusable reply is asked again, 0 to 10
   */
  public static PairwiseJudge create(String modelSpec, ModelPool pool, int retries, UsageMeter meter) {
    Objects.requireNonNull(modelSpec, "modelSpec");
    Objects.requireNonNull(pool, "pool");
    if (retries < 0 || retries > 10) {
      throw new IllegalArgumentException("retries must be in 0..10, was " + retries);
    }
    ModelSpec spec = ModelSpec.parse(modelSpec);
    Providers.checkCredentials(spec);
    return new LlmJudge(pool.model(spec), spec, retries, meter);
  }
}
