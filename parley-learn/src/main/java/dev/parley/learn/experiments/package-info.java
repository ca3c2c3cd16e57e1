/**
 * Runnable experiments that check the papers' claims (issue 6): each has a public static {@code run}
 * returning an immutable result and writing a self-contained SVG chart, and a {@code main} for the full
 * run. {@link dev.parley.learn.experiments.TransitiveExperiment}: on transitive preferences every method
 * reaches its KL-regularised optimum (DPO's closed form checked).
 * {@link dev.parley.learn.experiments.IntransitiveExperiment}: on the intransitive preference of
 * REFERENCE §9.8 the Nash methods reach their equilibria and the Bradley–Terry RLHF pipeline does not.
 */
package dev.parley.learn.experiments;
