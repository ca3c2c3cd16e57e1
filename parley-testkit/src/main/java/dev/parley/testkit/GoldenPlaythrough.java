package dev.parley.testkit;

import dev.parley.core.engine.Seeds;
import dev.parley.core.game.ChanceOutcome;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import dev.parley.core.game.Turn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Golden playthroughs: a seeded random play of a game rendered as text (every seat's observation
 * at every state, every move, the returns) and compared with a file kept under version control.
 * Any change to rules, observations or action text shows up as a diff. Run the tests with
 * {@code -Dparley.golden.update=true} to rewrite the files after an intended change.
 */
public final class GoldenPlaythrough {
  private GoldenPlaythrough() {}

  /** Renders a seeded random playthrough of {@code game}. */
  public static <A> String render(Game<A> game, long seed) {
    SplittableRandom rng = new SplittableRandom(Seeds.derive(seed, 0));
    StringBuilder sb = new StringBuilder();
    sb.append("game: ").append(game).append('\n');
    sb.append("versioned id: ").append(game.type().versionedId()).append('\n');
    sb.append("seed: ").append(seed).append('\n');
    GameState<A> state = game.newInitialState();
    while (true) {
      sb.append("\n== move ").append(state.moveNumber()).append(" (").append(state.turn()).append(") ==\n");
      for (int p = 0; p < game.numPlayers(); p++) {
        sb.append("-- seat ").append(p).append(" sees:\n").append(game.observe(state, p).text()).append('\n');
      }
      if (state.isTerminal()) {
        break;
      }
      Turn turn = state.turn();
      if (turn.isChance()) {
        List<ChanceOutcome<A>> outcomes = state.chanceOutcomes();
        double u = rng.nextDouble();
        double c = 0;
        A pick = outcomes.get(outcomes.size() - 1).action();
        for (ChanceOutcome<A> o : outcomes) {
          c += o.probability();
          if (u < c) {
            pick = o.action();
            break;
          }
        }
        sb.append("chance plays ").append(game.codec().encode(pick)).append('\n');
        state = state.apply(pick);
      } else {
        List<A> joint = new ArrayList<>();
        for (int i = 0; i < turn.count(); i++) {
          int seat = turn.seat(i);
          List<A> legal = state.legalActions(seat);
          A a = legal.get(rng.nextInt(legal.size()));
          joint.add(a);
          sb.append("seat ").append(seat).append(" plays ").append(game.codec().encode(a)).append('\n');
        }
        state = joint.size() == 1 ? state.apply(joint.get(0)) : state.applyJoint(joint);
      }
    }
    sb.append("\nreturns: ").append(Arrays.toString(state.returns())).append('\n');
    return sb.toString();
  }

  /**
   * Compares the playthrough with {@code file}: empty when they agree, otherwise where and how they
   * differ. When {@code parley.golden.update} is set, writes (or overwrites) the file instead and
   * returns empty.
   */
  public static Optional<String> difference(Game<?> game, long seed, Path file) {
    String actual = render(game, seed);
    try {
      if (Boolean.getBoolean("parley.golden.update")) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return Optional.empty();
      }
      if (!Files.exists(file)) {
        return Optional.of("no golden file " + file + "; run with -Dparley.golden.update=true to create it");
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (expected.equals(actual)) {
        return Optional.empty();
      }
      return Optional.of("playthrough of " + game + " differs from " + file + " at line "
          + firstDifferentLine(expected, actual) + "; if the change is intended, rerun with "
          + "-Dparley.golden.update=true and review the diff");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int firstDifferentLine(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) {
        return i + 1;
      }
    }
    return Math.min(x.length, y.length) + 1;
  }
}
