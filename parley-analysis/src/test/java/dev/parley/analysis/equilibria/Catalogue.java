package dev.parley.analysis.equilibria;

import dev.parley.games.matrix.StageGame;
import dev.parley.games.matrix.StageGames;

/** Catalogue stage games (REFERENCE §1.3) as bimatrices, for tests. */
final class Catalogue {
  private Catalogue() {}

  static Bimatrix of(StageGame g) {
    return Bimatrix.of(g.rowPayoffs(), g.columnPayoffs(), g.rowActions(), g.columnActions());
  }

  static Bimatrix named(String name) {
    return of(StageGames.get(name));
  }

  /** The intransitive preference game of REFERENCE §9.8 as a constant-sum game (sum 1). */
  static Bimatrix preference() {
    return Bimatrix.constantSum(new double[][] {{.5, .9, .2}, {.1, .5, .7}, {.8, .3, .5}}, 1);
  }
}
