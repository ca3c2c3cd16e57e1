/**
 * The linear public goods game, repeated for a few rounds with every contribution public afterwards,
 * with TextArena's parameter set as the default (REFERENCE §1.3.5: 3 players, endowment 20,
 * multiplier 1.5, 3 rounds): the game ({@link dev.parley.games.publicgoods.PublicGoodsGame}, id
 * {@code public-goods}) and its scripted players ({@link dev.parley.games.publicgoods.PublicGoodsAgents}:
 * {@code contribute}, {@code free-rider}, {@code conditional-cooperator}, {@code random-contributor}).
 */
package dev.parley.games.publicgoods;
