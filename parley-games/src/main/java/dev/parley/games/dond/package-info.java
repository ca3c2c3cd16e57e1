/**
 * Deal or No Deal (Lewis et al. 2017) as Hua et al. (2024) study it (REFERENCE §1.4): the game
 * ({@link dev.parley.games.dond.DealOrNoDeal}, id {@code deal-or-no-deal}), its instance generator
 * and difficulty measure ({@link dev.parley.games.dond.DondGenerator},
 * {@link dev.parley.games.dond.DondInstance}: every split with its envy-freeness and
 * Pareto-optimality, and the "best possible" split), the game-theoretic workflow
 * ({@link dev.parley.games.dond.WorkflowBelief}, {@link dev.parley.games.dond.WorkflowAdvisor}:
 * agent type {@code workflow}, and a prompt scaffold for model-driven agents) and a truthful
 * scripted opponent ({@link dev.parley.games.dond.TruthfulNegotiator}: agent type
 * {@code dond-truthful}).
 */
package dev.parley.games.dond;
