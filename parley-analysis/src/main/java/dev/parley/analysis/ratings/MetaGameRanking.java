package dev.parley.analysis.ratings;

/**
 * The game-theoretic ranking problem: from a meta-game payoff matrix among strategies (agents) to a
 * distribution over them and a score each. Implemented by {@link NashAveraging} and {@link AlphaRank}.
 */
public interface MetaGameRanking {

  MetaRanking rank(MetaGame game);
}
