package dev.parley.games.dond;

import dev.parley.core.game.Game;
import dev.parley.core.game.GameProvider;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Params;
import java.util.List;

/** Registers {@code deal-or-no-deal}. */
public final class DondGameProvider implements GameProvider {
  @Override
  public List<GameType> types() {
    return List.of(DealOrNoDeal.TYPE);
  }

  @Override
  public Game<?> create(GameType type, Params params) {
    if (type != DealOrNoDeal.TYPE) {
      throw new IllegalArgumentException("not a deal-or-no-deal game type: " + type.id());
    }
    return new DealOrNoDeal(params);
  }
}
