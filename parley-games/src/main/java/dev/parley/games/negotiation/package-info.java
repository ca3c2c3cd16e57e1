/**
 * Negotiation outcome metrics for any negotiation game (REFERENCE §3.1, worked vectors §9.5):
 * outcome sets in utility space with reservation values, the Pareto frontier and distances to it,
 * the Nash, Kalai (egalitarian), modified-Kalai and Kalai–Smorodinsky points, social welfare,
 * NegMAS's advantage and optimality scores, and the concession rate of an offer sequence. Pure
 * functions over {@link dev.parley.games.negotiation.UtilityPoint}s: games map their agreements to
 * points and ask.
 */
package dev.parley.games.negotiation;
