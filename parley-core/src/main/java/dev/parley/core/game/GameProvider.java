package dev.parley.core.game;

import java.util.List;

/**
 * Service-provider interface through which {@link GameRegistry} finds games
 * ({@code META-INF/services/dev.parley.core.game.GameProvider}).
 */
public interface GameProvider {
  List<GameType> types();

  /** Creates a game of {@code type} (one of {@link #types()}) with checked parameters. */
  Game<?> create(GameType type, Params params);
}
