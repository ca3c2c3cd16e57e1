package dev.parley.analysis.equilibria;

/**
 * Iterative learning in a bimatrix game (fictitious play, regret matching, replicator dynamics):
 * both players adapt to each other; the average (and last) profile are reported with their NashConv
 * along the way. In two-player zero-sum games the averages converge to equilibrium.
 */
public interface LearningDynamics {

  /** Runs the dynamics from the algorithm's default start. */
  DynamicsResult run(Bimatrix game);
}
