package dev.parley.games.common;

import dev.parley.core.critic.Critic;

/**
 * A game that has a rule critic of its own. The critic type {@code rule} ({@link Critics}) is one
 * name for every game family: it hands the critique to the game's {@link #ruleCritic()}, so game
 * families add rule critics without registering a second type under the same name.
 */
public interface RuleCritiqued {
  /** A fresh rule critic for one campaign of this game. */
  Critic ruleCritic();
}
