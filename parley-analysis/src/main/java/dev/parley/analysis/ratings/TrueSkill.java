package dev.parley.analysis.ratings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * TrueSkill (Herbrich, Minka, Graepel, "TrueSkill: A Bayesian Skill Rating System", NIPS 2006/2007;
 * REFERENCE §4.3), with the {@code trueskill} package's defaults.
 *
 * <p>{@link #rate1v1} is the closed form of Herbrich et al. Table 1: after the dynamics step
 * {@code σ² ← σ² + τ²}, {@code c² = 2β² + σ_w² + σ_l²}, {@code t = (μ_w − μ_l)/c},
 * {@code μ_w += (σ_w²/c)·v(t, ε/c)}, {@code μ_l −= (σ_l²/c)·v},
 * {@code σ² ← σ²(1 − (σ²/c²)·w(t, ε/c))}, with the truncated-window v, w for draws.
 *
 * <p>{@link #rate} runs expectation propagation on the factor graph of Herbrich et al. Fig. 1 for any
 * number of teams and ranks: prior → skill, likelihood → performance (noise β²), sum → team
 * performance, then the schedule over the differences of adjacent teams in rank order (forward then
 * backward through the difference and truncation factors until no truncation update moves by
 * {@code minDelta}), and back up to skills. The draw margin of a difference is
 * {@code Φ⁻¹((p_draw + 1)/2)·√(n₁ + n₂)·β} for teams of n₁ and
 * n₂ players. Messages are Gaussians in natural parameters (precision π, precision-mean τ).
 */
public final class TrueSkill implements PairwiseRating {
  private final TrueSkillConfig config;
  private final double marginPerSqrtPlayer;

  public TrueSkill(TrueSkillConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.marginPerSqrtPlayer = config.drawProbability() == 0 ? 0
        : Normal.quantile((config.drawProbability() + 1) / 2) * config.beta();
  }

  public TrueSkillConfig config() {
    return config;
  }

  /** Draw margin ε of a comparison involving {@code players} players in total (2 for one-vs-one). */
  public double drawMargin(int players) {
    return marginPerSqrtPlayer * Math.sqrt(players);
  }

  /**
   * One game between two players: {@code first} beat {@code second}, or they drew. Returns the new
   * ratings of first and second.
   */
  public List<TrueSkillRating> rate1v1(TrueSkillRating first, TrueSkillRating second, boolean drawn) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (drawn && config.drawProbability() == 0) {
      throw new IllegalArgumentException("a draw is impossible with drawProbability 0");
    }
    double tau2 = config.tau() * config.tau();
    double varW = first.sigma() * first.sigma() + tau2;
    double varL = second.sigma() * second.sigma() + tau2;
    double c2 = 2 * config.beta() * config.beta() + varW + varL;
    double c = Math.sqrt(c2);
    double t = (first.mu() - second.mu()) / c;
    double e = drawMargin(2) / c;
    double v = drawn ? vDraw(t, e) : vWin(t, e);
    double w = drawn ? wDraw(t, e) : wWin(t, e);
    return List.of(
        new TrueSkillRating(first.mu() + varW / c * v, Math.sqrt(varW * (1 - varW / c2 * w))),
        new TrueSkillRating(second.mu() - varL / c * v, Math.sqrt(varL * (1 - varL / c2 * w))));
  }

  /** Free-for-all: every player is a team of one; {@code ranks[i]} of player i, lower is better. */
  public List<TrueSkillRating> rateFreeForAll(List<TrueSkillRating> players, int[] ranks) {
    List<List<TrueSkillRating>> teams = new ArrayList<>();
    for (TrueSkillRating p : players) {
      teams.add(List.of(p));
    }
    List<List<TrueSkillRating>> rated = rate(teams, ranks);
    List<TrueSkillRating> out = new ArrayList<>();
    for (List<TrueSkillRating> team : rated) {
      out.add(team.get(0));
    }
    return List.copyOf(out);
  }

  /**
   * One game between teams: {@code ranks[j]} is team j's place (lower is better, equal ranks drew).
   * Returns the new ratings in the input shape.
   */
  public List<List<TrueSkillRating>> rate(List<List<TrueSkillRating>> teams, int[] ranks) {
    Objects.requireNonNull(teams, "teams");
    Objects.requireNonNull(ranks, "ranks");
    int k = teams.size();
    if (k < 2) {
      throw new IllegalArgumentException("teams: need at least two, got " + k);
    }
    if (ranks.length != k) {
      throw new IllegalArgumentException("ranks has " + ranks.length + " entries for " + k + " teams");
    }
    for (int j = 0; j < k; j++) {
      if (teams.get(j).isEmpty()) {
        throw new IllegalArgumentException("team " + j + " has no players");
      }
    }
    // stable sort of team indices by rank
    int[] order = new int[k];
    for (int j = 0; j < k; j++) {
      order[j] = j;
    }
    for (int i = 1; i < k; i++) {
      int x = order[i];
      int p = i - 1;
      while (p >= 0 && ranks[order[p]] > ranks[x]) {
        order[p + 1] = order[p];
        p--;
      }
      order[p + 1] = x;
    }
    int[] start = new int[k + 1];
    for (int j = 0; j < k; j++) {
      start[j + 1] = start[j] + teams.get(order[j]).size();
    }
    int m = start[k];
    double[] mu = new double[m];
    double[] sigma = new double[m];
    for (int j = 0; j < k; j++) {
      List<TrueSkillRating> team = teams.get(order[j]);
      for (int i = 0; i < team.size(); i++) {
        TrueSkillRating r = Objects.requireNonNull(team.get(i), "rating");
        mu[start[j] + i] = r.mu();
        sigma[start[j] + i] = r.sigma();
      }
    }
    boolean[] drawn = new boolean[k - 1];
    double[] margin = new double[k - 1];
    for (int d = 0; d < k - 1; d++) {
      drawn[d] = ranks[order[d]] == ranks[order[d + 1]];
      if (drawn[d] && config.drawProbability() == 0) {
        throw new IllegalArgumentException("ranks contain a draw, impossible with drawProbability 0");
      }
      margin[d] = drawMargin(start[d + 2] - start[d]);
    }
    Graph g = new Graph(mu, sigma, start, drawn, margin);
    g.run();
    List<List<TrueSkillRating>> out = new ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      out.add(List.of());
    }
    for (int j = 0; j < k; j++) {
      List<TrueSkillRating> team = new ArrayList<>();
      for (int i = start[j]; i < start[j + 1]; i++) {
        team.add(new TrueSkillRating(g.skillTau[i] / g.skillPi[i], Math.sqrt(1 / g.skillPi[i])));
      }
      out.set(order[j], List.copyOf(team));
    }
    return List.copyOf(out);
  }

  /** Every player's rating after playing the battles in order, one-vs-one, from the prior. */
  public List<TrueSkillRating> rateAll(Battles battles) {
    int n = battles.playerCount();
    TrueSkillRating[] r = new TrueSkillRating[n];
    Arrays.fill(r, config.prior());
    for (int row = 0; row < battles.rows(); row++) {
      int a = battles.first(row);
      int b = battles.second(row);
      double s = battles.score(row);
      for (int t = battles.count(row); t > 0; t--) {
        List<TrueSkillRating> next = s == 0 ? rate1v1(r[b], r[a], false) : rate1v1(r[a], r[b], s == 0.5);
        r[s == 0 ? b : a] = next.get(0);
        r[s == 0 ? a : b] = next.get(1);
      }
    }
    return List.of(r);
  }

  /** The conservative scores μ − 3σ after {@link #rateAll}. */
  @Override
  public Ratings rate(Battles battles) {
    List<TrueSkillRating> all = rateAll(battles);
    double[] score = new double[all.size()];
    for (int i = 0; i < score.length; i++) {
      score[i] = all.get(i).conservative();
    }
    return new Ratings(battles.players(), score, "trueskill mu-3sigma " + config);
  }

  /** Mean additive correction of a win: φ(t − ε)/Φ(t − ε). */
  static double vWin(double t, double e) {
    double x = t - e;
    double denom = Normal.cdf(x);
    return denom > 0 ? Normal.pdf(x) / denom : -x;
  }

  /** Variance multiplicative correction of a win: v·(v + t − ε). */
  static double wWin(double t, double e) {
    double v = vWin(t, e);
    return v * (v + t - e);
  }

  /** Mean correction of a draw (truncation to |d| ≤ ε). */
  static double vDraw(double t, double e) {
    double abs = Math.abs(t);
    double a = e - abs;
    double b = -e - abs;
    double denom = Normal.cdf(a) - Normal.cdf(b);
    double v = denom > 0 ? (Normal.pdf(b) - Normal.pdf(a)) / denom : a;
    return t < 0 ? -v : v;
  }

  /** Variance correction of a draw. */
  static double wDraw(double t, double e) {
    double abs = Math.abs(t);
    double a = e - abs;
    double b = -e - abs;
    double denom = Normal.cdf(a) - Normal.cdf(b);
    if (!(denom > 0)) {
      return 1;
    }
    double v = vDraw(abs, e);
    return v * v + (a * Normal.pdf(a) - b * Normal.pdf(b)) / denom;
  }

  /**
   * The factor graph of one game, teams already sorted by rank. Arrays hold marginals of the
   * variables (skill s, performance p, team performance t, difference d) and the messages each
   * factor last sent, as (π, τ) pairs.
   */
  private final class Graph {
    final int m;
    final int k;
    final int[] start;
    final boolean[] drawn;
    final double[] margin;
    final double[] priorPi;
    final double[] priorTau;
    final double[] skillPi;
    final double[] skillTau;
    final double[] perfPi;
    final double[] perfTau;
    final double[] likeToPerfPi;
    final double[] likeToPerfTau;
    final double[] sumToPerfPi;
    final double[] sumToPerfTau;
    final double[] teamPi;
    final double[] teamTau;
    final double[] sumToTeamPi;
    final double[] sumToTeamTau;
    final double[] leftPi;
    final double[] leftTau;
    final double[] rightPi;
    final double[] rightTau;
    final double[] diffMsgPi;
    final double[] diffMsgTau;
    final double[] diffPi;
    final double[] diffTau;
    final double[] truncPi;
    final double[] truncTau;
    final double beta2;

    Graph(double[] mu, double[] sigma, int[] start, boolean[] drawn, double[] margin) {
      this.m = mu.length;
      this.k = start.length - 1;
      this.start = start;
      this.drawn = drawn;
      this.margin = margin;
      this.beta2 = config.beta() * config.beta();
      priorPi = new double[m];
      priorTau = new double[m];
      double tau2 = config.tau() * config.tau();
      for (int i = 0; i < m; i++) {
        double var = sigma[i] * sigma[i] + tau2;
        priorPi[i] = 1 / var;
        priorTau[i] = mu[i] / var;
      }
      skillPi = priorPi.clone();
      skillTau = priorTau.clone();
      perfPi = new double[m];
      perfTau = new double[m];
      likeToPerfPi = new double[m];
      likeToPerfTau = new double[m];
      sumToPerfPi = new double[m];
      sumToPerfTau = new double[m];
      teamPi = new double[k];
      teamTau = new double[k];
      sumToTeamPi = new double[k];
      sumToTeamTau = new double[k];
      leftPi = new double[k - 1];
      leftTau = new double[k - 1];
      rightPi = new double[k - 1];
      rightTau = new double[k - 1];
      diffMsgPi = new double[k - 1];
      diffMsgTau = new double[k - 1];
      diffPi = new double[k - 1];
      diffTau = new double[k - 1];
      truncPi = new double[k - 1];
      truncTau = new double[k - 1];
    }

    void run() {
      // down: skill → performance (likelihood), performance → team (sum)
      for (int i = 0; i < m; i++) {
        double a = 1 / (1 + beta2 * skillPi[i]);
        likeToPerfPi[i] = a * skillPi[i];
        likeToPerfTau[i] = a * skillTau[i];
        perfPi[i] = likeToPerfPi[i];
        perfTau[i] = likeToPerfTau[i];
      }
      for (int j = 0; j < k; j++) {
        double var = 0;
        double mean = 0;
        for (int i = start[j]; i < start[j + 1]; i++) {
          var += 1 / perfPi[i];
          mean += perfTau[i] / perfPi[i];
        }
        sumToTeamPi[j] = 1 / var;
        sumToTeamTau[j] = mean / var;
        teamPi[j] = sumToTeamPi[j];
        teamTau[j] = sumToTeamTau[j];
      }
      // the loop over differences and truncations
      int diffs = k - 1;
      for (int iteration = 0; iteration < config.maxIterations(); iteration++) {
        double delta;
        if (diffs == 1) {
          diffDown(0);
          delta = truncate(0);
        } else {
          delta = 0;
          for (int d = 0; d < diffs - 1; d++) {
            diffDown(d);
            delta = Math.max(delta, truncate(d));
            diffUpRight(d);
          }
          for (int d = diffs - 1; d > 0; d--) {
            diffDown(d);
            delta = Math.max(delta, truncate(d));
            diffUpLeft(d);
          }
        }
        if (delta <= config.minDelta()) {
          break;
        }
      }
      diffUpLeft(0);
      diffUpRight(diffs - 1);
      // up: team → performances, performance → skill
      for (int j = 0; j < k; j++) {
        double cavTeamPi = teamPi[j] - sumToTeamPi[j];
        double cavTeamTau = teamTau[j] - sumToTeamTau[j];
        for (int i = start[j]; i < start[j + 1]; i++) {
          double var = 1 / cavTeamPi;
          double mean = cavTeamTau / cavTeamPi;
          for (int l = start[j]; l < start[j + 1]; l++) {
            if (l != i) {
              double cPi = perfPi[l] - sumToPerfPi[l];
              double cTau = perfTau[l] - sumToPerfTau[l];
              var += 1 / cPi;
              mean -= cTau / cPi;
            }
          }
          double newPi = 1 / var;
          double newTau = mean / var;
          perfPi[i] += newPi - sumToPerfPi[i];
          perfTau[i] += newTau - sumToPerfTau[i];
          sumToPerfPi[i] = newPi;
          sumToPerfTau[i] = newTau;
        }
      }
      for (int i = 0; i < m; i++) {
        double cPi = perfPi[i] - likeToPerfPi[i];
        double cTau = perfTau[i] - likeToPerfTau[i];
        double a = 1 / (1 + beta2 * cPi);
        skillPi[i] = priorPi[i] + a * cPi;
        skillTau[i] = priorTau[i] + a * cTau;
      }
    }

    /** Difference factor d = t_d − t_{d+1}, message to d. */
    private void diffDown(int d) {
      double lPi = teamPi[d] - leftPi[d];
      double lTau = teamTau[d] - leftTau[d];
      double rPi = teamPi[d + 1] - rightPi[d];
      double rTau = teamTau[d + 1] - rightTau[d];
      double var = 1 / lPi + 1 / rPi;
      double mean = lTau / lPi - rTau / rPi;
      double newPi = 1 / var;
      double newTau = mean / var;
      diffPi[d] += newPi - diffMsgPi[d];
      diffTau[d] += newTau - diffMsgTau[d];
      diffMsgPi[d] = newPi;
      diffMsgTau[d] = newTau;
    }

    /** Difference factor, message to the left team: t_d = d + t_{d+1}. */
    private void diffUpLeft(int d) {
      double dPi = diffPi[d] - diffMsgPi[d];
      double dTau = diffTau[d] - diffMsgTau[d];
      double rPi = teamPi[d + 1] - rightPi[d];
      double rTau = teamTau[d + 1] - rightTau[d];
      double var = 1 / dPi + 1 / rPi;
      double mean = dTau / dPi + rTau / rPi;
      double newPi = 1 / var;
      double newTau = mean / var;
      teamPi[d] += newPi - leftPi[d];
      teamTau[d] += newTau - leftTau[d];
      leftPi[d] = newPi;
      leftTau[d] = newTau;
    }

    /** Difference factor, message to the right team: t_{d+1} = t_d − d. */
    private void diffUpRight(int d) {
      double lPi = teamPi[d] - leftPi[d];
      double lTau = teamTau[d] - leftTau[d];
      double dPi = diffPi[d] - diffMsgPi[d];
      double dTau = diffTau[d] - diffMsgTau[d];
      double var = 1 / lPi + 1 / dPi;
      double mean = lTau / lPi - dTau / dPi;
      double newPi = 1 / var;
      double newTau = mean / var;
      teamPi[d + 1] += newPi - rightPi[d];
      teamTau[d + 1] += newTau - rightTau[d];
      rightPi[d] = newPi;
      rightTau[d] = newTau;
    }

    /** Truncation factor on difference d (win: d > ε; draw: |d| ≤ ε); returns how far the marginal moved. */
    private double truncate(int d) {
      double cPi = diffPi[d] - truncPi[d];
      double cTau = diffTau[d] - truncTau[d];
      double sqrtPi = Math.sqrt(cPi);
      double t = cTau / sqrtPi;
      double e = margin[d] * sqrtPi;
      double v = drawn[d] ? vDraw(t, e) : vWin(t, e);
      double w = drawn[d] ? wDraw(t, e) : wWin(t, e);
      double denom = 1 - w;
      double newPi = cPi / denom;
      double newTau = (cTau + sqrtPi * v) / denom;
      double delta = Math.max(Math.abs(newTau - diffTau[d]), Math.sqrt(Math.abs(newPi - diffPi[d])));
      truncPi[d] = newPi - cPi;
      truncTau[d] = newTau - cTau;
      diffPi[d] = newPi;
      diffTau[d] = newTau;
      return delta;
    }
  }
}
