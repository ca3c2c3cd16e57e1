package dev.parley.analysis.play;

import dev.parley.analysis.equilibria.Bimatrix;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rationality metrics of played rounds of a two-player matrix game (one-shot or repeated), from one
 * seat's side:
 * <ul>
 *   <li><b>NE-hit rate</b> (Hua et al. 2024): share of rounds whose joint action is a pure Nash
 *       equilibrium of the stage game — the Pareto-optimal one(s) when there are several; rounds of
 *       a stage game with no pure equilibrium do not count;
 *   <li><b>coordination rate</b> (Akata et al. 2023, Battle of the Sexes): share of rounds in which
 *       both seats chose the same action;
 *   <li><b>regret per decision</b>: payoff of the best response to the other's realised move in
 *       that round minus the payoff obtained;
 *   <li><b>hindsight regret</b> (GTBench): per episode, the payoff of the best fixed action against
 *       the other's realised sequence minus the payoff obtained;
 *   <li><b>prediction accuracy</b>: share of stated predictions (the {@code prediction} note of a
 *       social chain-of-thought decision) that name the other's actual move.
 * </ul>
 * Not thread-safe; add episodes from one thread.
 */
public final class StagePlayMetrics {
  private final Bimatrix stage;
  private final boolean[][] target;
  private final boolean hasTarget;
  private long rounds;
  private long nashHits;
  private long coordinated;
  private double regret;
  private long episodes;
  private double hindsightRegret;
  private long predictions;
  private long correctPredictions;

  public StagePlayMetrics(Bimatrix stage) {
    this.stage = Objects.requireNonNull(stage, "stage");
    this.target = targets(stage);
    boolean any = false;
    for (boolean[] row : target) {
      for (boolean t : row) {
        any |= t;
      }
    }
    this.hasTarget = any;
  }

  /** Pure equilibria (weak best responses), kept only if Pareto-optimal among themselves. */
  static boolean[][] targets(Bimatrix g) {
    int m = g.rows();
    int n = g.columns();
    List<int[]> pure = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        boolean rowBest = true;
        for (int k = 0; k < m; k++) {
          rowBest &= g.rowPayoff(k, j) <= g.rowPayoff(i, j);
        }
        boolean colBest = true;
        for (int k = 0; k < n; k++) {
          colBest &= g.columnPayoff(i, k) <= g.columnPayoff(i, j);
        }
        if (rowBest && colBest) {
          pure.add(new int[] {i, j});
        }
      }
    }
    boolean[][] t = new boolean[m][n];
    for (int[] a : pure) {
      boolean dominated = false;
      for (int[] b : pure) {
        double ra = g.rowPayoff(a[0], a[1]);
        double ca = g.columnPayoff(a[0], a[1]);
        double rb = g.rowPayoff(b[0], b[1]);
        double cb = g.columnPayoff(b[0], b[1]);
        if (rb >= ra && cb >= ca && (rb > ra || cb > ca)) {
          dominated = true;
        }
      }
      t[a[0]][a[1]] = !dominated;
    }
    return t;
  }

  /** Adds every round of {@code episode} as seen from {@code seat} (0 = row, 1 = column). */
  public void add(Episode episode, int seat) {
    if (seat != 0 && seat != 1) {
      throw new IllegalArgumentException("seat must be 0 or 1, was " + seat);
    }
    List<Step> steps = episode.steps();
    int other = 1 - seat;
    List<Integer> mine = new ArrayList<>();
    List<Integer> theirs = new ArrayList<>();
    int i = 0;
    while (i < steps.size()) {
      int move = steps.get(i).move();
      Step[] bySeat = new Step[2];
      while (i < steps.size() && steps.get(i).move() == move) {
        Step s = steps.get(i);
        if (s.seat() == 0 || s.seat() == 1) {
          bySeat[s.seat()] = s;
        }
        i++;
      }
      if (bySeat[0] == null || bySeat[1] == null) {
        continue;
      }
      int r = index(stage.rowActions(), bySeat[0].action());
      int c = index(stage.columnActions(), bySeat[1].action());
      int a = seat == 0 ? r : c;
      int b = seat == 0 ? c : r;
      rounds++;
      if (target[r][c]) {
        nashHits++;
      }
      if (stage.rowActions().get(r).equals(stage.columnActions().get(c))) {
        coordinated++;
      }
      regret += best(b, seat) - payoff(seat, a, b);
      mine.add(a);
      theirs.add(b);
      Step me = bySeat[seat];
      if (me.trace() != null && me.trace().notes().containsKey("prediction")) {
        predictions++;
        if (me.trace().notes().get("prediction").equals(bySeat[other].action())) {
          correctPredictions++;
        }
      }
    }
    if (!mine.isEmpty()) {
      episodes++;
      int actions = seat == 0 ? stage.rows() : stage.columns();
      double got = 0;
      for (int t = 0; t < mine.size(); t++) {
        got += payoff(seat, mine.get(t), theirs.get(t));
      }
      double bestFixed = Double.NEGATIVE_INFINITY;
      for (int x = 0; x < actions; x++) {
        double sum = 0;
        for (int b : theirs) {
          sum += payoff(seat, x, b);
        }
        bestFixed = Math.max(bestFixed, sum);
      }
      hindsightRegret += bestFixed - got;
    }
  }

  private static int index(List<String> actions, String action) {
    int i = actions.indexOf(action);
    if (i < 0) {
      throw new IllegalArgumentException("action '" + action + "' is not in the stage game's actions " + actions);
    }
    return i;
  }

  /** Payoff of {@code seat} playing {@code mine} against {@code theirs}. */
  private double payoff(int seat, int mine, int theirs) {
    return seat == 0 ? stage.rowPayoff(mine, theirs) : stage.columnPayoff(theirs, mine);
  }

  private double best(int theirs, int seat) {
    int actions = seat == 0 ? stage.rows() : stage.columns();
    double best = Double.NEGATIVE_INFINITY;
    for (int x = 0; x < actions; x++) {
      best = Math.max(best, payoff(seat, x, theirs));
    }
    return best;
  }

  public long rounds() {
    return rounds;
  }

  /** Share of rounds at the target pure equilibria; NaN when the stage game has none or no round was played. */
  public double nashHitRate() {
    return hasTarget && rounds > 0 ? (double) nashHits / rounds : Double.NaN;
  }

  public double coordinationRate() {
    return rounds == 0 ? Double.NaN : (double) coordinated / rounds;
  }

  public double regretPerDecision() {
    return rounds == 0 ? Double.NaN : regret / rounds;
  }

  public double hindsightRegretPerEpisode() {
    return episodes == 0 ? Double.NaN : hindsightRegret / episodes;
  }

  public long predictions() {
    return predictions;
  }

  public double predictionAccuracy() {
    return predictions == 0 ? Double.NaN : (double) correctPredictions / predictions;
  }
}
