package dev.parley.core.critic;

/**
 * Compares two options (two replies, two moves with their continuations) in a context and says how
 * likely the first is the better: {@code P(A ≻ B)}. Sources: outcome rules, a language model, a
 * person. Judges see options in the order given; callers that want to remove position bias ask
 * both orders (see the preference builders). Implementations are thread-safe.
 */
public interface PairwiseJudge {
  Judgement judge(JudgeRequest request);
}
