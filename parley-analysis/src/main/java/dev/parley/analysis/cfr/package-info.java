/**
 * Extensive-form solvers for finite two-player zero-sum (or constant-sum) games given through the
 * core contracts: the game tree compiled once into flat arrays ({@link dev.parley.analysis.cfr.GameTree}),
 * CFR and CFR+ as in OpenSpiel, outcome- and external-sampling MCCFR, and best responses, NashConv and
 * exploitability of tabular policies. Games are accepted or refused from their declared facts.
 */
package dev.parley.analysis.cfr;
