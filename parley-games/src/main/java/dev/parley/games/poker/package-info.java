/**
 * Kuhn poker and Leduc poker, the small imperfect-information games on which extensive-form solvers
 * (CFR and friends) are checked, with OpenSpiel's rules (REFERENCE §1.9): chance deals the cards as
 * an explicit player, information-state keys name exactly what a seat knows, and observations show
 * the opponent's card only at a showdown.
 */
package dev.parley.games.poker;
