package dev.parley.learn.experiments;

import dev.parley.learn.policy.Simplex;
import dev.parley.learn.policy.SoftmaxPolicy;
import dev.parley.learn.preference.PreferenceMatrix;
import dev.parley.learn.train.TrainingCheckpoint;
import dev.parley.learn.train.TrainingResult;
import java.util.List;
import java.util.Locale;

/** Builds {@link MethodTrace}s from training runs on one-context problems. */
final class Traces {
  private Traces() {}

  static MethodTrace of(TrainingResult run, boolean average, PreferenceMatrix p, String target, double[]... targets) {
    List<TrainingCheckpoint> cps = run.checkpoints();
    int[] it = new int[cps.size()];
    double[] expl = new double[cps.size()];
    double[] dist = new double[cps.size()];
    for (int i = 0; i < it.length; i++) {
      TrainingCheckpoint c = cps.get(i);
      double[] pi = (average ? c.average() : c.last()).probabilities(0);
      it[i] = c.iteration();
      expl[i] = p.exploitability(pi);
      dist[i] = nearest(pi, targets);
    }
    SoftmaxPolicy out = average ? run.average() : run.last();
    return new MethodTrace(run.algorithm(), average ? "average" : "last", target, it, expl, dist, out.probabilities(0));
  }

  /** {@code min over targets of max_y |π(y) − target(y)|}. */
  static double nearest(double[] pi, double[]... targets) {
    double best = Double.POSITIVE_INFINITY;
    for (double[] t : targets) {
      best = Math.min(best, Simplex.maxAbsDifference(pi, t));
    }
    return best;
  }

  static String vector(double[] v) {
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < v.length; i++) {
      b.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.5f", v[i]));
    }
    return b.append(')').toString();
  }

  static String table(List<MethodTrace> traces) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-32s %-8s %-26s %-14s %-12s %s%n", "method", "output",
        "target", "exploitability", "distance", "final policy"));
    for (MethodTrace t : traces) {
      b.append(String.format(Locale.ROOT, "%-32s %-8s %-26s %-14.4e %-12.4e %s%n", t.method(), t.output(), t.target(),
          t.finalExploitability(), t.finalDistance(), vector(t.finalPolicy())));
    }
    return b.toString();
  }
}
