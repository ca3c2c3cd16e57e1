/**
 * Equilibria of two-player normal-form games ({@link dev.parley.analysis.equilibria.Bimatrix}):
 * exact zero-sum solutions by linear programming, all equilibria by support enumeration, one
 * equilibrium per dropped label by Lemke–Howson, and learning dynamics (fictitious play, regret
 * matching and RM+, replicator dynamics) with their NashConv over time (REFERENCE §5, §9.2, §9.8).
 * {@link dev.parley.analysis.equilibria.BimatrixAdapter} reads the bimatrix of any Parley game that
 * starts with one joint move.
 */
package dev.parley.analysis.equilibria;
