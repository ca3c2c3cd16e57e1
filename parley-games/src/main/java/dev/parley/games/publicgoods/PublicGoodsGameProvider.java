package dev.parley.games.publicgoods;

import dev.parley.core.game.Game;
import dev.parley.core.game.GameProvider;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Params;
import java.util.List;

/** Registers the {@code public-goods} game. */
public final class PublicGoodsGameProvider implements GameProvider {
  @Override
  public List<GameType> types() {
    return List.of(PublicGoodsGame.TYPE);
  }

  @Override
  public Game<?> create(GameType type, Params params) {
    if (type != PublicGoodsGame.TYPE) {
      throw new IllegalArgumentException("not a public goods game type: " + type.id());
    }
    return new PublicGoodsGame(params);
  }
}
