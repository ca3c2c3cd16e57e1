package dev.parley.games.poker;

import dev.parley.core.game.Game;
import dev.parley.core.game.GameProvider;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Params;
import java.util.List;

/** Registers {@code kuhn-poker} and {@code leduc-poker}. */
public final class PokerGameProvider implements GameProvider {
  @Override
  public List<GameType> types() {
    return List.of(KuhnPoker.TYPE, LeducPoker.TYPE);
  }

  @Override
  public Game<?> create(GameType type, Params params) {
    if (type == KuhnPoker.TYPE) {
      return new KuhnPoker(params);
    }
    if (type == LeducPoker.TYPE) {
      return new LeducPoker(params);
    }
    throw new IllegalArgumentException("not a poker game type: " + type.id());
  }
}
