package dev.parley.games.bargaining;

import dev.parley.core.game.Game;
import dev.parley.core.game.GameProvider;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Params;
import java.util.List;

/** Registers {@code bargaining}. */
public final class BargainingGameProvider implements GameProvider {
  @Override
  public List<GameType> types() {
    return List.of(BargainingGame.TYPE);
  }

  @Override
  public Game<?> create(GameType type, Params params) {
    if (type != BargainingGame.TYPE) {
      throw new IllegalArgumentException("not a bargaining game type: " + type.id());
    }
    return new BargainingGame(params);
  }
}
