package dev.parley.analysis.equilibria;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Regret matching in simultaneous self-play with expected-payoff (full-information) updates (Hart
 * &amp; Mas-Colell 2000; REFERENCE §5, §9.8). Cumulative regrets start at 0; at iteration t each player
 * plays {@code σ_t(a) = R(a)⁺ / Σ_b R(b)⁺} (uniform when no regret is positive), then adds
 * {@code u_t(a) − u_t(σ_t)} for every action a, where {@code u_t} are its expected payoffs against the
 * opponent's σ_t. RM+ (Tammelin 2014) clips the cumulative regrets at 0 after each update. The
 * average strategy weighs σ_t by 1 (uniform) or by t (linear, as in CFR+); it converges to a Nash
 * equilibrium in two-player zero-sum games and to a coarse correlated equilibrium in general.
 */
public final class RegretMatching implements LearningDynamics {

  /** The regret update. */
  public enum Rule {
    /** Plain regret matching. */
    REGRET_MATCHING,
    /** Regret matching+: cumulative regrets clipped at 0 after every update. */
    REGRET_MATCHING_PLUS
  }

  /** Weights of σ_t in the average strategy. */
  public enum Averaging {
    /** Every iteration weighs 1. */
    UNIFORM,
    /** Iteration t weighs t. */
    LINEAR
  }

  /**
   * Settings.
   *
   * @param iterations iterations (≥ 1)
   * @param rule plain regret matching or RM+
   * @param averaging weights of the average strategy
   * @param checkpoints iterations at which NashConv is recorded (the last is always added)
   */
  public record Config(int iterations, Rule rule, Averaging averaging, List<Integer> checkpoints) {
    public Config {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(averaging, "averaging");
      if (iterations < 1) {
        throw new IllegalArgumentException("iterations must be ≥ 1, was " + iterations);
      }
      checkpoints = Schedules.check("checkpoints", checkpoints, iterations);
    }

    /** Plain regret matching with uniform averaging. */
    public static Config regretMatching(int iterations) {
      return new Config(iterations, Rule.REGRET_MATCHING, Averaging.UNIFORM, List.of());
    }

    /** RM+ with linear averaging. */
    public static Config regretMatchingPlus(int iterations) {
      return new Config(iterations, Rule.REGRET_MATCHING_PLUS, Averaging.LINEAR, List.of());
    }

    public Config withCheckpoints(List<Integer> at) {
      return new Config(iterations, rule, averaging, at);
    }

    public Config withAveraging(Averaging a) {
      return new Config(iterations, rule, a, checkpoints);
    }
  }

  private final Config config;

  public RegretMatching(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public Config config() {
    return config;
  }

  @Override
  public DynamicsResult run(Bimatrix game) {
    Objects.requireNonNull(game, "game");
    return run(game, null);
  }

  /**
   * Runs until {@code stopAtNashConv} is reached by the average profile (checked at every
   * checkpoint and at the last iteration) or the iterations run out. For benchmarks and callers that
   * want a target precision; {@link DynamicsResult#iterations()} says where it stopped.
   */
  public DynamicsResult runUntil(Bimatrix game, double stopAtNashConv) {
    Objects.requireNonNull(game, "game");
    if (!(stopAtNashConv > 0)) {
      throw new IllegalArgumentException("stopAtNashConv must be > 0, was " + stopAtNashConv);
    }
    return run(game, stopAtNashConv);
  }

  private DynamicsResult run(Bimatrix game, Double stopAt) {
    int m = game.rows();
    int n = game.columns();
    double[][] a = game.a();
    double[][] b = game.b();
    int iterations = config.iterations();
    boolean plus = config.rule() == Rule.REGRET_MATCHING_PLUS;
    boolean linear = config.averaging() == Averaging.LINEAR;
    boolean[] report = Schedules.flags(config.checkpoints(), iterations);
    double[] rowRegret = new double[m];
    double[] columnRegret = new double[n];
    double[] x = new double[m];
    double[] y = new double[n];
    double[] xSum = new double[m];
    double[] ySum = new double[n];
    double[] ay = new double[m];
    double[] xb = new double[n];
    double[] xAvg = new double[m];
    double[] yAvg = new double[n];
    double[] scratchM = new double[m];
    double[] scratchN = new double[n];
    double weightSum = 0;
    List<Checkpoint> checkpoints = new ArrayList<>();
    int t = 1;
    for (; t <= iterations; t++) {
      match(rowRegret, x);
      match(columnRegret, y);
      double w = linear ? t : 1;
      weightSum += w;
      for (int i = 0; i < m; i++) {
        xSum[i] += w * x[i];
      }
      for (int j = 0; j < n; j++) {
        ySum[j] += w * y[j];
      }
      Strategies.times(a, y, ay);
      Strategies.timesTransposed(b, x, xb);
      double rowValue = Strategies.dot(x, ay);
      double columnValue = Strategies.dot(xb, y);
      for (int i = 0; i < m; i++) {
        double r = rowRegret[i] + ay[i] - rowValue;
        rowRegret[i] = plus && r < 0 ? 0 : r;
      }
      for (int j = 0; j < n; j++) {
        double r = columnRegret[j] + xb[j] - columnValue;
        columnRegret[j] = plus && r < 0 ? 0 : r;
      }
      boolean last = t == iterations;
      if (report[t] || (stopAt != null && last)) {
        for (int i = 0; i < m; i++) {
          xAvg[i] = xSum[i] / weightSum;
        }
        for (int j = 0; j < n; j++) {
          yAvg[j] = ySum[j] / weightSum;
        }
        double avgConv = Strategies.nashConv(a, b, xAvg, yAvg, scratchM, scratchN);
        checkpoints.add(new Checkpoint(t, avgConv, Strategies.nashConv(a, b, x, y, scratchM, scratchN)));
        if (stopAt != null && avgConv <= stopAt) {
          break;
        }
      }
    }
    int done = Math.min(t, iterations);
    return new DynamicsResult(new StrategyProfile(xAvg, yAvg), new StrategyProfile(x, y), done, checkpoints);
  }

  /** {@code σ(a) = R(a)⁺ / Σ R⁺}, uniform when no regret is positive. */
  private static void match(double[] regret, double[] out) {
    for (int k = 0; k < regret.length; k++) {
      out[k] = regret[k] > 0 ? regret[k] : 0;
    }
    Strategies.normalise(out);
  }
}
