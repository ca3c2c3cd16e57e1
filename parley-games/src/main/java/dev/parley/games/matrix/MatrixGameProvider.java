package dev.parley.games.matrix;

import dev.parley.core.game.Game;
import dev.parley.core.game.GameProvider;
import dev.parley.core.game.GameType;
import dev.parley.core.game.Params;
import java.util.List;

/** Registers {@code matrix} (one-shot) and {@code repeated} matrix games. */
public final class MatrixGameProvider implements GameProvider {
  @Override
  public List<GameType> types() {
    return List.of(MatrixGame.MATRIX_TYPE, MatrixGame.REPEATED_TYPE);
  }

  @Override
  public Game<?> create(GameType type, Params params) {
    if (type != MatrixGame.MATRIX_TYPE && type != MatrixGame.REPEATED_TYPE) {
      throw new IllegalArgumentException("not a matrix game type: " + type.id());
    }
    return new MatrixGame(type, params);
  }
}
