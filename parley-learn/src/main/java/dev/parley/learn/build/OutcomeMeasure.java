package dev.parley.learn.build;

import dev.parley.core.episode.Episode;
import dev.parley.core.game.Game;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;

/**
 * How good an episode ended for one seat: the number outcome pairs compare and the outcome rule
 * judge reads. The default is the seat's return; {@link #metric} reads one of the game's
 * {@link Game#metrics} (e.g. {@code utility} in bargaining).
 */
public interface OutcomeMeasure {

  /** A short name kept in record metadata, e.g. {@code return} or {@code metric:utility}. */
  String name();

  /** The outcome of {@code episode} for {@code seat}; NaN when it has none. */
  double of(Episode episode, int seat);

  /** The seat's return. */
  OutcomeMeasure RETURN = of("return", Episode::returnOf);

  /** A named measure. */
  static OutcomeMeasure of(String name, ToDoubleBiFunction<Episode, Integer> measure) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(measure, "measure");
    return new OutcomeMeasure() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public double of(Episode episode, int seat) {
        return measure.applyAsDouble(episode, seat);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  /**
   * The game metric {@code metric} of the seat, the game loaded from the episode's spec by
   * {@code games}.
   *
   * @throws IllegalArgumentException (when measuring) if the game has no such metric
   */
  static OutcomeMeasure metric(String metric, Function<String, ? extends Game<?>> games) {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(games, "games");
    return of("metric:" + metric, (episode, seat) -> {
      Map<String, Double> m = games.apply(episode.game()).metrics(episode, seat);
      Double v = m.get(metric);
      if (v == null) {
        throw new IllegalArgumentException("metric '" + metric + "' is not one of " + episode.game() + "'s metrics "
            + m.keySet());
      }
      return v;
    });
  }
}
