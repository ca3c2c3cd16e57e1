package dev.parley.analysis.equilibria;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Simultaneous discrete fictitious play (Brown 1951; convergence in zero-sum games, Robinson 1951;
 * REFERENCE §5, §9.8): at iteration 1 each player plays its configured initial action; at iteration
 * t ≥ 2 each plays a pure best response to the opponent's empirical play over iterations 1..t−1,
 * ties going to the lowest index. The average profile after t iterations is the empirical frequency
 * of play; the last profile is the pure pair played at t.
 */
public final class FictitiousPlay implements LearningDynamics {

  /** What a player best-responds to. */
  public enum Beliefs {
    /**
     * The opponent's empirical frequencies {@code count/(t−1)} in double precision, payoffs summed in
     * index order; ties are exactly equal doubles. Payoffs that tie in exact arithmetic can then
     * differ in the last bit, which decides the tie; this is the arithmetic behind REFERENCE §9.8's
     * RPS gaps (0.028 at t = 1000, 0.008 at t = 10000). Costs O(m·n) per iteration.
     */
    FREQUENCIES,
    /**
     * The opponent's action counts (payoffs accumulated incrementally): exact ties for integer
     * payoffs, so "lowest index" decides every tie that exists in exact arithmetic (RPS then gives
     * 0.042 and 0.0134 at t = 1000 and 10000). Costs O(m + n) per iteration.
     */
    COUNTS
  }

  /**
   * Settings.
   *
   * @param iterations plays per player (≥ 1)
   * @param initialRow row action at iteration 1
   * @param initialColumn column action at iteration 1
   * @param beliefs what best responses are computed against
   * @param checkpoints iterations at which NashConv is recorded (the last is always added)
   */
  public record Config(int iterations, int initialRow, int initialColumn, Beliefs beliefs, List<Integer> checkpoints) {
    public Config {
      Objects.requireNonNull(beliefs, "beliefs");
      if (iterations < 1) {
        throw new IllegalArgumentException("iterations must be ≥ 1, was " + iterations);
      }
      if (initialRow < 0 || initialColumn < 0) {
        throw new IllegalArgumentException("initial actions must be ≥ 0, were " + initialRow + ", " + initialColumn);
      }
      checkpoints = Schedules.check("checkpoints", checkpoints, iterations);
    }

    /** Both start with action 1 (index 0), best responses to frequencies, no extra checkpoints. */
    public static Config of(int iterations) {
      return new Config(iterations, 0, 0, Beliefs.FREQUENCIES, List.of());
    }

    public Config withCheckpoints(List<Integer> at) {
      return new Config(iterations, initialRow, initialColumn, beliefs, at);
    }

    public Config withBeliefs(Beliefs b) {
      return new Config(iterations, initialRow, initialColumn, b, checkpoints);
    }
  }

  private final Config config;

  public FictitiousPlay(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public Config config() {
    return config;
  }

  @Override
  public DynamicsResult run(Bimatrix game) {
    Objects.requireNonNull(game, "game");
    int m = game.rows();
    int n = game.columns();
    if (config.initialRow() >= m || config.initialColumn() >= n) {
      throw new IllegalArgumentException("initial actions (" + config.initialRow() + ", " + config.initialColumn()
          + ") outside the " + m + "×" + n + " game");
    }
    double[][] a = game.a();
    double[][] b = game.b();
    int iterations = config.iterations();
    boolean frequencies = config.beliefs() == Beliefs.FREQUENCIES;
    boolean[] report = Schedules.flags(config.checkpoints(), iterations);
    long[] rowCount = new long[m];
    long[] columnCount = new long[n];
    double[] rowPayoff = new double[m];
    double[] columnPayoff = new double[n];
    double[] belief = new double[Math.max(m, n)];
    double[] xAvg = new double[m];
    double[] yAvg = new double[n];
    double[] ay = new double[m];
    double[] xb = new double[n];
    double[] xLast = new double[m];
    double[] yLast = new double[n];
    List<Checkpoint> checkpoints = new ArrayList<>();
    int i = config.initialRow();
    int j = config.initialColumn();
    for (int t = 1; t <= iterations; t++) {
      if (t > 1) {
        if (frequencies) {
          double past = t - 1;
          for (int c = 0; c < n; c++) {
            belief[c] = columnCount[c] / past;
          }
          Strategies.times(a, belief, rowPayoff);
          for (int r = 0; r < m; r++) {
            belief[r] = rowCount[r] / past;
          }
          Strategies.timesTransposed(b, belief, columnPayoff);
        }
        i = Strategies.argmax(rowPayoff);
        j = Strategies.argmax(columnPayoff);
      }
      rowCount[i]++;
      columnCount[j]++;
      if (!frequencies) {
        for (int r = 0; r < m; r++) {
          rowPayoff[r] += a[r][j];
        }
        double[] row = b[i];
        for (int c = 0; c < n; c++) {
          columnPayoff[c] += row[c];
        }
      }
      if (report[t]) {
        for (int r = 0; r < m; r++) {
          xAvg[r] = rowCount[r] / (double) t;
          xLast[r] = r == i ? 1 : 0;
        }
        for (int c = 0; c < n; c++) {
          yAvg[c] = columnCount[c] / (double) t;
          yLast[c] = c == j ? 1 : 0;
        }
        checkpoints.add(new Checkpoint(t, Strategies.nashConv(a, b, xAvg, yAvg, ay, xb),
            Strategies.nashConv(a, b, xLast, yLast, ay, xb)));
      }
    }
    return new DynamicsResult(new StrategyProfile(xAvg, yAvg), new StrategyProfile(xLast, yLast), iterations,
        checkpoints);
  }
}
