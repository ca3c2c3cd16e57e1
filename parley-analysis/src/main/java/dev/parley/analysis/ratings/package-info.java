/**
 * Ratings of players and strategies. Pairwise results ({@link dev.parley.analysis.ratings.Battles},
 * aggregated into {@link dev.parley.analysis.ratings.PairCounts}) are rated by the
 * {@link dev.parley.analysis.ratings.PairwiseRating} algorithms: online Elo, Bradley–Terry on the
 * Chatbot Arena scale with bootstrap intervals, TrueSkill (also for teams and free-for-all),
 * Glicko-2 and Thurstonian utilities. Meta-game payoff matrices are ranked by the
 * {@link dev.parley.analysis.ratings.MetaGameRanking} algorithms Nash averaging and α-Rank. GTBench's
 * normalized relative advantage and triad transitivity complete the set. Formulas: REFERENCE §4, §3.2.
 */
package dev.parley.analysis.ratings;
