/**
 * Analysis of stored play: ratings, equilibrium solvers, exploitability, statistics and Shapley
 * attribution. Each algorithm sits behind one interface with a config record and is tested against
 * a known answer.
 */
package dev.parley.analysis;
