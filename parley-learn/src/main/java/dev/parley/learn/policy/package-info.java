/**
 * Tabular softmax policies whose log-probabilities are exact: a {@link dev.parley.learn.policy.PolicySpace}
 * of contexts (prompts of a bandit, or information states of a game) each with a finite set of options
 * (responses, or legal actions), and a {@link dev.parley.learn.policy.SoftmaxPolicy} over it.
 * {@link dev.parley.learn.policy.Simplex} holds the in-place vector arithmetic the trainers use.
 */
package dev.parley.learn.policy;
