package dev.parley.analysis.ratings;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Nash averaging (Balduzzi, Tuyls, Pérolat, Graepel, "Re-evaluating evaluation", NeurIPS 2018;
 * REFERENCE §4.5). Agent-vs-agent: for an antisymmetric payoff A, the maximum-entropy Nash
 * equilibrium p* of the symmetric zero-sum game — the maximum-entropy point of
 * {@code {p ∈ Δ : A p ≤ 0}} — and ratings {@code A p*} (0 on the equilibrium's support, negative
 * off it). The maximum-entropy equilibrium is unique, so the ratings do not change when a strategy
 * is copied. Computed exactly up to {@code tolerance} by one linear program for the support and an
 * interior-point method for the entropy (see {@code MaxEntropy}).
 */
public final class NashAveraging implements MetaGameRanking {
  private final NashAveragingConfig config;

  public NashAveraging(NashAveragingConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public NashAveragingConfig config() {
    return config;
  }

  /** Rejects a payoff matrix that is not antisymmetric within the tolerance. */
  @Override
  public MetaRanking rank(MetaGame game) {
    double[][] a = game.payoff();
    int n = a.length;
    double scale = 0;
    for (double[] row : a) {
      for (double v : row) {
        scale = Math.max(scale, Math.abs(v));
      }
    }
    if (game.asymmetry() > config.tolerance() * Math.max(scale, 1)) {
      throw new IllegalArgumentException("payoff must be antisymmetric (A = −Aᵀ); largest |A + Aᵀ| was "
          + game.asymmetry());
    }
    double[] p = MaxEntropy.solve(a, n, config.tolerance());
    return new MetaRanking(game.strategies(), p, times(a, p), "nash-averaging " + config);
  }

  /**
   * Agent-vs-task Nash averaging: each task column of {@code scores} (agents × tasks) is min–max
   * normalised (a constant column becomes 0), the zero-sum game in which agents maximise and tasks
   * minimise the normalised score is solved, and each side takes its maximum-entropy equilibrium
   * strategy. Agent skill = {@code (S p_task)_i − v} and task difficulty = {@code v − (Sᵀ p_agent)_e},
   * both 0 on the equilibrium supports and negative off them; v is the game's value.
   */
  public AgentTaskRanking agentVsTask(List<String> agents, List<String> tasks, double[][] scores) {
    List<String> agentNames = List.copyOf(agents);
    List<String> taskNames = List.copyOf(tasks);
    int m = agentNames.size();
    int n = taskNames.size();
    Objects.requireNonNull(scores, "scores");
    if (m < 1 || n < 1) {
      throw new IllegalArgumentException("need at least one agent and one task, got " + m + " and " + n);
    }
    if (scores.length != m) {
      throw new IllegalArgumentException("scores has " + scores.length + " rows for " + m + " agents");
    }
    double[][] s = new double[m][n];
    for (int i = 0; i < m; i++) {
      if (scores[i] == null || scores[i].length != n) {
        throw new IllegalArgumentException("scores row " + i + " must have " + n + " entries");
      }
      for (int e = 0; e < n; e++) {
        if (!Double.isFinite(scores[i][e])) {
          throw new IllegalArgumentException("scores[" + i + "][" + e + "] must be finite, was " + scores[i][e]);
        }
      }
    }
    for (int e = 0; e < n; e++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        lo = Math.min(lo, scores[i][e]);
        hi = Math.max(hi, scores[i][e]);
      }
      for (int i = 0; i < m; i++) {
        s[i][e] = hi > lo ? (scores[i][e] - lo) / (hi - lo) : 0;
      }
    }
    double v = value(s);
    double slack = 0.01 * config.tolerance();
    double[][] agentSide = new double[n][m];
    for (int e = 0; e < n; e++) {
      for (int i = 0; i < m; i++) {
        agentSide[e][i] = (v - slack) - s[i][e];
      }
    }
    double[][] taskSide = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int e = 0; e < n; e++) {
        taskSide[i][e] = s[i][e] - (v + slack);
      }
    }
    double[] pAgent = MaxEntropy.solve(agentSide, m, config.tolerance());
    double[] pTask = MaxEntropy.solve(taskSide, n, config.tolerance());
    double[] skill = times(s, pTask);
    for (int i = 0; i < m; i++) {
      skill[i] -= v;
    }
    double[] difficulty = new double[n];
    for (int e = 0; e < n; e++) {
      double sum = 0;
      for (int i = 0; i < m; i++) {
        sum += s[i][e] * pAgent[i];
      }
      difficulty[e] = v - sum;
    }
    return new AgentTaskRanking(new MetaRanking(agentNames, pAgent, skill, "nash-averaging agents " + config),
        new MetaRanking(taskNames, pTask, difficulty, "nash-averaging tasks " + config), v);
  }

  /** Agent and task sides of agent-vs-task Nash averaging, and the value of the normalised game. */
  public record AgentTaskRanking(MetaRanking agents, MetaRanking tasks, double value) {
    public AgentTaskRanking {
      Objects.requireNonNull(agents, "agents");
      Objects.requireNonNull(tasks, "tasks");
    }
  }

  /** Value of the zero-sum game where the row player maximises s, by the simplex on the shifted game. */
  private static double value(double[][] s) {
    int m = s.length;
    int n = s[0].length;
    double min = Double.POSITIVE_INFINITY;
    for (double[] row : s) {
      for (double x : row) {
        min = Math.min(min, x);
      }
    }
    // column player: max Σy s.t. (S − min + 1) y ≤ 1, y ≥ 0; value of the shifted game = 1/Σy
    double[][] a = new double[m][n];
    double[] b = new double[m];
    double[] c = new double[n];
    for (int i = 0; i < m; i++) {
      for (int e = 0; e < n; e++) {
        a[i][e] = s[i][e] - min + 1;
      }
      b[i] = 1;
    }
    Arrays.fill(c, 1);
    double[] y = Simplex.maximize(a, b, c);
    double sum = 0;
    for (double x : y) {
      sum += x;
    }
    return 1 / sum + min - 1;
  }

  private static double[] times(double[][] a, double[] p) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      double sum = 0;
      for (int j = 0; j < p.length; j++) {
        sum += a[i][j] * p[j];
      }
      r[i] = sum;
    }
    return r;
  }
}
