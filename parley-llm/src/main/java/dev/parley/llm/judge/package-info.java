/**
 * Language-model pairwise judges: {@link dev.parley.llm.judge.LlmJudges} makes a
 * {@link dev.parley.core.critic.PairwiseJudge} from a model spec that answers which of two options
 * is better for a criterion ({@code A}, {@code B} or {@code tie}, optionally a probability), asks
 * again when the answer cannot be used, and keeps its prompt, raw reply and reason in the
 * {@link dev.parley.core.critic.Judgement}.
 */
package dev.parley.llm.judge;
