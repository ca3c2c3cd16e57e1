package dev.parley.analysis.ratings;

import java.util.List;
import java.util.Objects;

/**
 * GTBench's normalized relative advantage (Duan et al. 2024; REFERENCE §3.2):
 * {@code NRA(m1, m2) = Σ_matches (s1 − s2) / Σ_matches (|s1| + |s2|)} ∈ [−1, 1], where s is 1 for a
 * win and 0 otherwise ({@link Scoring#WIN_LOSS}) or the game reward ({@link Scoring#REWARD}). Reported
 * over all meetings and separately with m1 in the first and in the second seat, so a seat advantage
 * shows. When the denominator is 0 (no meetings, or only draws under win/loss scoring) the NRA is 0.
 */
public final class RelativeAdvantage {

  /** How a match turns into the scores s1, s2. */
  public enum Scoring {
    /** 1 for the strictly higher score, 0 otherwise (a draw is 0 for both). */
    WIN_LOSS,
    /** The scores as given (poker chips, negotiation utility). */
    REWARD
  }

  /** NRA of m1 over m2 in all meetings and by m1's seat, with the number of meetings in each seat. */
  public record Result(double overall, double asFirst, double asSecond, int matchesAsFirst, int matchesAsSecond) {}

  private RelativeAdvantage() {}

  /** NRA of {@code m1} against {@code m2} over the matches between them (others are ignored). */
  public static Result of(List<SeatedMatch> matches, String m1, String m2, Scoring scoring) {
    Objects.requireNonNull(matches, "matches");
    Objects.requireNonNull(m1, "m1");
    Objects.requireNonNull(m2, "m2");
    Objects.requireNonNull(scoring, "scoring");
    if (m1.equals(m2)) {
      throw new IllegalArgumentException("m1 and m2 must differ, both were '" + m1 + "'");
    }
    double num1 = 0;
    double den1 = 0;
    double num2 = 0;
    double den2 = 0;
    int n1 = 0;
    int n2 = 0;
    for (SeatedMatch m : matches) {
      boolean m1First = m.first().equals(m1) && m.second().equals(m2);
      boolean m1Second = m.first().equals(m2) && m.second().equals(m1);
      if (!m1First && !m1Second) {
        continue;
      }
      double a = m1First ? m.firstScore() : m.secondScore();
      double b = m1First ? m.secondScore() : m.firstScore();
      if (scoring == Scoring.WIN_LOSS) {
        double win = a > b ? 1 : 0;
        b = b > a ? 1 : 0;
        a = win;
      }
      if (m1First) {
        num1 += a - b;
        den1 += Math.abs(a) + Math.abs(b);
        n1++;
      } else {
        num2 += a - b;
        den2 += Math.abs(a) + Math.abs(b);
        n2++;
      }
    }
    return new Result(ratio(num1 + num2, den1 + den2), ratio(num1, den1), ratio(num2, den2), n1, n2);
  }

  /** {@code m[i][j]} = overall NRA of player i over player j (antisymmetric, 0 on the diagonal). */
  public static double[][] matrix(List<SeatedMatch> matches, List<String> players, Scoring scoring) {
    int n = players.size();
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double v = of(matches, players.get(i), players.get(j), scoring).overall();
        m[i][j] = v;
        m[j][i] = -v;
      }
    }
    return m;
  }

  private static double ratio(double num, double den) {
    return den == 0 ? 0 : num / den;
  }
}
