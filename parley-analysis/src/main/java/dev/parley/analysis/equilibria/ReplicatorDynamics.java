package dev.parley.analysis.equilibria;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two-population replicator dynamics (Taylor &amp; Jonker 1978; REFERENCE §5) integrated by Euler steps:
 *
 * <pre>  x_i ← x_i + dt·x_i·((Ay)_i − xᵀAy),   y_j ← y_j + dt·y_j·((xᵀB)_j − xᵀBy)</pre>
 *
 * both from the previous (x, y); then each strategy is raised to at least {@code floor} and
 * renormalised (OpenSpiel's projected replicator uses floor 1e-6). In a symmetric game started from
 * equal strategies the populations stay equal, which gives the single-population dynamics. The
 * average profile is the mean of the states after steps 1..T.
 */
public final class ReplicatorDynamics implements LearningDynamics {

  /**
   * Settings.
   *
   * @param dt Euler step (&gt; 0)
   * @param steps number of steps (≥ 1)
   * @param floor lowest probability kept after a step (0 = plain Euler, clipped at 0)
   * @param checkpoints steps at which NashConv is recorded (the last is always added)
   */
  public record Config(double dt, int steps, double floor, List<Integer> checkpoints) {
    public Config {
      if (!(dt > 0) || !Double.isFinite(dt)) {
        throw new IllegalArgumentException("dt must be a finite number > 0, was " + dt);
      }
      if (steps < 1) {
        throw new IllegalArgumentException("steps must be ≥ 1, was " + steps);
      }
      if (!(floor >= 0) || floor >= 0.5) {
        throw new IllegalArgumentException("floor must be in [0, 0.5), was " + floor);
      }
      checkpoints = Schedules.check("checkpoints", checkpoints, steps);
    }

    /** dt = 0.01, 20,000 steps, no floor (REFERENCE §9.8). */
    public static Config defaults() {
      return new Config(0.01, 20_000, 0, List.of());
    }

    public Config withCheckpoints(List<Integer> at) {
      return new Config(dt, steps, floor, at);
    }
  }

  private final Config config;

  public ReplicatorDynamics(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public ReplicatorDynamics() {
    this(Config.defaults());
  }

  public Config config() {
    return config;
  }

  /** Runs from the uniform profile. */
  @Override
  public DynamicsResult run(Bimatrix game) {
    Objects.requireNonNull(game, "game");
    return run(game, StrategyProfile.uniform(game));
  }

  /** Runs from {@code start}. */
  public DynamicsResult run(Bimatrix game, StrategyProfile start) {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(start, "start");
    int m = game.rows();
    int n = game.columns();
    double[] x = start.row();
    double[] y = start.column();
    Bimatrix.checkStrategy("start row strategy", x, m);
    Bimatrix.checkStrategy("start column strategy", y, n);
    if (config.floor() * Math.max(m, n) >= 1) {
      throw new IllegalArgumentException("floor " + config.floor() + " times " + Math.max(m, n)
          + " actions must be < 1");
    }
    double[][] a = game.a();
    double[][] b = game.b();
    double dt = config.dt();
    int steps = config.steps();
    boolean[] report = Schedules.flags(config.checkpoints(), steps);
    double[] ay = new double[m];
    double[] xb = new double[n];
    double[] xSum = new double[m];
    double[] ySum = new double[n];
    double[] xAvg = new double[m];
    double[] yAvg = new double[n];
    double[] scratchM = new double[m];
    double[] scratchN = new double[n];
    List<Checkpoint> checkpoints = new ArrayList<>();
    for (int t = 1; t <= steps; t++) {
      Strategies.times(a, y, ay);
      Strategies.timesTransposed(b, x, xb);
      double fx = Strategies.dot(x, ay);
      double fy = Strategies.dot(xb, y);
      for (int i = 0; i < m; i++) {
        x[i] += dt * x[i] * (ay[i] - fx);
      }
      for (int j = 0; j < n; j++) {
        y[j] += dt * y[j] * (xb[j] - fy);
      }
      project(x, config.floor());
      project(y, config.floor());
      for (int i = 0; i < m; i++) {
        xSum[i] += x[i];
      }
      for (int j = 0; j < n; j++) {
        ySum[j] += y[j];
      }
      if (report[t]) {
        for (int i = 0; i < m; i++) {
          xAvg[i] = xSum[i] / t;
        }
        for (int j = 0; j < n; j++) {
          yAvg[j] = ySum[j] / t;
        }
        checkpoints.add(new Checkpoint(t, Strategies.nashConv(a, b, xAvg, yAvg, scratchM, scratchN),
            Strategies.nashConv(a, b, x, y, scratchM, scratchN)));
      }
    }
    return new DynamicsResult(new StrategyProfile(xAvg, yAvg), new StrategyProfile(x, y), steps, checkpoints);
  }

  private static void project(double[] p, double floor) {
    for (int k = 0; k < p.length; k++) {
      if (!(p[k] >= floor)) {
        p[k] = floor;
      }
    }
    Strategies.normalise(p);
  }
}
