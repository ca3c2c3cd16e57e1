package dev.parley.games.dond;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The belief of Hua et al.'s (2024) Deal or No Deal workflow (REFERENCE §1.4): a distribution B
 * over the opponent's possible value vectors, starting uniform, updated after each rejected
 * proposal. Immutable; {@link #afterRejection} returns the updated belief.
 *
 * <p>Splits are written from the believer's side: {@code keep} is what it keeps, the opponent gets
 * {@code counts − keep}. With the pool worth 10 to each player, a split is envy-free for a player
 * exactly when that player's share is worth at least 5 to it.
 *
 * <p><b>Hypotheses.</b> {@code Ω = {v ∈ Z³≥0 : v·counts = 10}} ({@link DondGenerator#valueVectors}):
 * every value vector that makes the opponent's pool worth 10. (REFERENCE writes {@code Σv = 10};
 * read literally, that set would usually not contain the opponent's true values — in §9.5's
 * example v2 = (1, 0, 3) sums to 4 — so the pool-value constraint of the rules is used.)
 *
 * <p><b>Envy-free probability.</b> {@code P_EF(L; B) = 1[L envy-free for me] · Σ_v B(v)·1[L
 * envy-free for the opponent under v]}.
 *
 * <p><b>Update after the opponent rejects L.</b> {@code B ← (1−λ)·B + λ·P(v|R)} with
 * {@code P(v|R) ∝ P(R|v)·B(v)} and {@code P(R|v) = 1} if L is not envy-free for the opponent under
 * v, γ if it is but some split that is envy-free for both (under my values and v) is strictly
 * better for the opponent, else 0. When {@code P(R|·)·B} sums to 0 (the rejection is impossible
 * under every hypothesis still held) the belief is left unchanged. λ = 1 is the plain Bayes
 * update; with λ &lt; 1 no hypothesis ever loses all its weight.
 */
public final class WorkflowBelief {
  private final ItemVector counts;
  private final ItemVector ownValues;
  private final double lambda;
  private final double gamma;
  private final List<ItemVector> hypotheses;
  private final double[] weights;
  private final int rejections;
  /** Per hypothesis, the opponent's best score over splits envy-free for both; −1 when none. */
  private final int[] bestEnvyFree;
  private final List<ItemVector> keeps;

  private WorkflowBelief(ItemVector counts, ItemVector ownValues, double lambda, double gamma,
      List<ItemVector> hypotheses, double[] weights, int rejections, int[] bestEnvyFree, List<ItemVector> keeps) {
    this.counts = counts;
    this.ownValues = ownValues;
    this.lambda = lambda;
    this.gamma = gamma;
    this.hypotheses = hypotheses;
    this.weights = weights;
    this.rejections = rejections;
    this.bestEnvyFree = bestEnvyFree;
    this.keeps = keeps;
  }

  /**
   * The uniform prior over Ω for a player with {@code ownValues} facing the pool {@code counts}.
   *
   * @param lambda mixing weight of the posterior in each update, in [0, 1]
   * @param gamma probability that the opponent rejects an envy-free split when a better one exists for
   *     it, in [0, 1] (γ = 1 in Hua et al.'s experiments)
   */
  public static WorkflowBelief uniform(ItemVector counts, ItemVector ownValues, double lambda, double gamma) {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(ownValues, "ownValues");
    if (!(lambda >= 0 && lambda <= 1)) {
      throw new IllegalArgumentException("lambda must be in [0, 1], was " + lambda);
    }
    if (!(gamma >= 0 && gamma <= 1)) {
      throw new IllegalArgumentException("gamma must be in [0, 1], was " + gamma);
    }
    DondInstance.requirePoolValue("own values", counts, ownValues);
    List<ItemVector> omega = DondGenerator.valueVectors(counts);
    double[] w = new double[omega.size()];
    Arrays.fill(w, 1.0 / omega.size());
    List<ItemVector> keeps = DondInstance.splitsOf(counts);
    int[] best = new int[omega.size()];
    for (int i = 0; i < omega.size(); i++) {
      ItemVector v = omega.get(i);
      best[i] = -1;
      for (ItemVector keep : keeps) {
        if (envyFreeForMe(counts, ownValues, keep) && envyFreeForOpponent(counts, v, keep)) {
          best[i] = Math.max(best[i], counts.minus(keep).dot(v));
        }
      }
    }
    return new WorkflowBelief(counts, ownValues, lambda, gamma, omega, w, 0, best, keeps);
  }

  static boolean envyFreeForMe(ItemVector counts, ItemVector ownValues, ItemVector keep) {
    return keep.dot(ownValues) >= counts.minus(keep).dot(ownValues);
  }

  static boolean envyFreeForOpponent(ItemVector counts, ItemVector opponentValues, ItemVector keep) {
    return counts.minus(keep).dot(opponentValues) >= keep.dot(opponentValues);
  }

  /** The belief after the opponent rejected the proposal in which I keep {@code keep}. */
  public WorkflowBelief afterRejection(ItemVector keep) {
    requireFits(keep);
    double[] post = new double[weights.length];
    double z = 0;
    for (int i = 0; i < weights.length; i++) {
      ItemVector v = hypotheses.get(i);
      double likelihood;
      if (!envyFreeForOpponent(counts, v, keep)) {
        likelihood = 1;
      } else {
        int offered = counts.minus(keep).dot(v);
        likelihood = bestEnvyFree[i] > offered ? gamma : 0;
      }
      post[i] = likelihood * weights[i];
      z += post[i];
    }
    double[] next = weights.clone();
    if (z > 0) {
      for (int i = 0; i < next.length; i++) {
        next[i] = (1 - lambda) * weights[i] + lambda * post[i] / z;
      }
    }
    return new WorkflowBelief(counts, ownValues, lambda, gamma, hypotheses, next, rejections + 1, bestEnvyFree, keeps);
  }

  /** The uniform prior with the same game and parameters. */
  public WorkflowBelief prior() {
    return uniform(counts, ownValues, lambda, gamma);
  }

  /** {@code P_EF(L; B)} of the split in which I keep {@code keep}. */
  public double probabilityEnvyFree(ItemVector keep) {
    requireFits(keep);
    if (!envyFreeForMe(counts, ownValues, keep)) {
      return 0;
    }
    double p = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] > 0 && envyFreeForOpponent(counts, hypotheses.get(i), keep)) {
        p += weights[i];
      }
    }
    return Math.min(1, p);
  }

  /** The opponent's expected score under B of the split in which I keep {@code keep}. */
  public double expectedOpponentScore(ItemVector keep) {
    requireFits(keep);
    ItemVector theirs = counts.minus(keep);
    double e = 0;
    for (int i = 0; i < weights.length; i++) {
      e += weights[i] * theirs.dot(hypotheses.get(i));
    }
    return e;
  }

  /** The expected value under B of one item of each type to the opponent. */
  public double[] expectedValues() {
    double[] e = new double[ItemVector.TYPES];
    for (int i = 0; i < weights.length; i++) {
      for (int k = 0; k < ItemVector.TYPES; k++) {
        e[k] += weights[i] * hypotheses.get(i).get(k);
      }
    }
    return e;
  }

  /**
   * The workflow's proposal: among splits envy-free for me with {@code P_EF > 0} that the opponent
   * has not already rejected, the one I value most; ties go to the higher {@code P_EF}, then to the
   * higher expected opponent score, then to the lexicographically smaller kept bundle. Empty when no
   * split qualifies.
   */
  public Optional<Candidate> bestProposal(Set<ItemVector> rejected) {
    Candidate best = null;
    for (ItemVector keep : keeps) {
      if (rejected.contains(keep)) {
        continue;
      }
      Candidate c = candidate(keep);
      if (c != null && (best == null || ORDER.compare(c, best) < 0)) {
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * A proposal to make again once every candidate has been rejected: among splits envy-free for me
   * with {@code P_EF > 0}, the one rejected least often ({@code timesRejected}), then as in
   * {@link #bestProposal}. An opponent that concedes over time may accept what it refused before.
   */
  public Optional<Candidate> bestRenewal(Map<ItemVector, Integer> timesRejected) {
    Candidate best = null;
    int bestTimes = Integer.MAX_VALUE;
    for (ItemVector keep : keeps) {
      Candidate c = candidate(keep);
      if (c == null) {
        continue;
      }
      int times = timesRejected.getOrDefault(keep, 0);
      if (best == null || times < bestTimes || times == bestTimes && ORDER.compare(c, best) < 0) {
        best = c;
        bestTimes = times;
      }
    }
    return Optional.ofNullable(best);
  }

  private Candidate candidate(ItemVector keep) {
    double p = probabilityEnvyFree(keep);
    return p > 0 ? new Candidate(keep, keep.dot(ownValues), p, expectedOpponentScore(keep)) : null;
  }

  private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::ownScore).reversed()
      .thenComparing(Comparator.comparingDouble(Candidate::probabilityEnvyFree).reversed())
      .thenComparing(Comparator.comparingDouble(Candidate::expectedOpponentScore).reversed())
      .thenComparing(Candidate::keep);

  /**
   * A split the workflow may propose.
   *
   * @param keep what I keep
   * @param ownScore my value of {@code keep}
   * @param probabilityEnvyFree {@code P_EF} under the belief
   * @param expectedOpponentScore the opponent's expected score under the belief
   */
  public record Candidate(ItemVector keep, int ownScore, double probabilityEnvyFree, double expectedOpponentScore) {}

  /** One hypothesis with its weight. */
  public record Hypothesis(ItemVector values, double probability) {}

  /** The {@code n} most likely hypotheses, most likely first (ties lexicographic). */
  public List<Hypothesis> mostLikely(int n) {
    List<Hypothesis> all = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] > 0) {
        all.add(new Hypothesis(hypotheses.get(i), weights[i]));
      }
    }
    all.sort(Comparator.comparingDouble(Hypothesis::probability).reversed().thenComparing(Hypothesis::values));
    return List.copyOf(all.subList(0, Math.min(n, all.size())));
  }

  /** The probability of {@code values}; 0 when not a hypothesis. */
  public double probability(ItemVector values) {
    int i = hypotheses.indexOf(values);
    return i < 0 ? 0 : weights[i];
  }

  /** Number of hypotheses with positive weight. */
  public int plausible() {
    int n = 0;
    for (double w : weights) {
      if (w > 0) {
        n++;
      }
    }
    return n;
  }

  /** |Ω|. */
  public int hypotheses() {
    return hypotheses.size();
  }

  /** Rejections taken into account so far. */
  public int rejections() {
    return rejections;
  }

  public ItemVector counts() {
    return counts;
  }

  public ItemVector ownValues() {
    return ownValues;
  }

  public double lambda() {
    return lambda;
  }

  public double gamma() {
    return gamma;
  }

  private void requireFits(ItemVector keep) {
    if (!keep.fitsIn(counts)) {
      throw new IllegalArgumentException("bundle " + keep + " does not fit in the pool " + counts);
    }
  }

  @Override
  public String toString() {
    return "WorkflowBelief{" + plausible() + "/" + hypotheses.size() + " plausible after " + rejections
        + " rejections, λ=" + lambda + ", γ=" + gamma + "}";
  }
}
