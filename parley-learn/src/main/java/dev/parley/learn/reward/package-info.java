/**
 * Reward models (REFERENCE §7): a tabular reward over a policy space and its Bradley–Terry fit from
 * weighted preference pairs, the first stage of the RLHF baseline
 * ({@link dev.parley.learn.train.RlhfPipeline}).
 */
package dev.parley.learn.reward;
