/**
 * Shapley attribution: exact values for small games and seeded permutation sampling with standard
 * errors for larger ones, over any coalition value function given on bit masks.
 */
package dev.parley.analysis.shapley;
