package dev.parley.games.dond;

import dev.parley.games.negotiation.OutcomeSet;
import dev.parley.games.negotiation.UtilityPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One Deal or No Deal instance (REFERENCE §1.4; Lewis et al. 2017): the item counts and each
 * player's private value per item, with each player's value of the whole pool equal to
 * {@link #POOL_VALUE}. Seat 0 is player A (Alice, who proposes first), seat 1 player B (Bob).
 *
 * <p>A <em>split</em> gives every item to exactly one player; it is written as the bundle seat 0
 * receives ({@code toFirst}), seat 1 getting the rest. Player i's score is
 * {@code U_i(L_i) = Σ_k v_ik·n_ik}. A split is envy-free when {@code U_i(L_i) ≥ U_i(L_−i)} for both
 * players (with a pool worth 10 to each: when each scores at least 5), Pareto-optimal when no other
 * split is at least as good for both and better for one, and "best possible" (Hua et al. 2024) when
 * it is envy-free and Pareto-optimal with the greatest total score.
 */
public record DondInstance(ItemVector counts, ItemVector valuesA, ItemVector valuesB) {
  /** Each player's value of the whole pool. */
  public static final int POOL_VALUE = 10;

  public DondInstance {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(valuesA, "valuesA");
    Objects.requireNonNull(valuesB, "valuesB");
    if (counts.total() < 1) {
      throw new IllegalArgumentException("counts must hold at least one item, were " + counts);
    }
    requirePoolValue("values_a", counts, valuesA);
    requirePoolValue("values_b", counts, valuesB);
  }

  /** Fails unless {@code values} gives the pool {@code counts} a value of {@link #POOL_VALUE}. */
  static void requirePoolValue(String what, ItemVector counts, ItemVector values) {
    int total = counts.dot(values);
    if (total != POOL_VALUE) {
      throw new IllegalArgumentException(what + " " + values + " value the pool " + counts + " at " + total
          + " (" + counts.books() + "×" + values.books() + " + " + counts.hats() + "×" + values.hats() + " + "
          + counts.balls() + "×" + values.balls() + "); each player's pool must be worth " + POOL_VALUE);
    }
  }

  /** The values of {@code seat} (0 = A, 1 = B). */
  public ItemVector values(int seat) {
    return switch (seat) {
      case 0 -> valuesA;
      case 1 -> valuesB;
      default -> throw new IllegalArgumentException("seat must be 0 or 1, was " + seat);
    };
  }

  /** What {@code seat} receives in the split where seat 0 gets {@code toFirst}. */
  public ItemVector share(int seat, ItemVector toFirst) {
    requireSplit(toFirst);
    return seat == 0 ? toFirst : counts.minus(toFirst);
  }

  /** {@code seat}'s score of the split where seat 0 gets {@code toFirst}. */
  public int score(int seat, ItemVector toFirst) {
    return share(seat, toFirst).dot(values(seat));
  }

  /** Every split, as the bundle seat 0 receives, in lexicographic order (books, hats, balls). */
  public List<ItemVector> splits() {
    return splitsOf(counts);
  }

  /** Every bundle that fits in {@code counts}, lexicographic. */
  public static List<ItemVector> splitsOf(ItemVector counts) {
    List<ItemVector> all = new ArrayList<>((counts.books() + 1) * (counts.hats() + 1) * (counts.balls() + 1));
    for (int b = 0; b <= counts.books(); b++) {
      for (int h = 0; h <= counts.hats(); h++) {
        for (int l = 0; l <= counts.balls(); l++) {
          all.add(new ItemVector(b, h, l));
        }
      }
    }
    return List.copyOf(all);
  }

  /** True when {@code seat} does not prefer the other's share: {@code U_i(L_i) ≥ U_i(L_−i)}. */
  public boolean isEnvyFreeFor(int seat, ItemVector toFirst) {
    ItemVector mine = share(seat, toFirst);
    ItemVector theirs = counts.minus(mine);
    return mine.dot(values(seat)) >= theirs.dot(values(seat));
  }

  /** Envy-free for both players. */
  public boolean isEnvyFree(ItemVector toFirst) {
    return isEnvyFreeFor(0, toFirst) && isEnvyFreeFor(1, toFirst);
  }

  /** No other split is at least as good for both players and better for one. */
  public boolean isParetoOptimal(ItemVector toFirst) {
    int a = score(0, toFirst);
    int b = score(1, toFirst);
    for (ItemVector s : splits()) {
      int a2 = score(0, s);
      int b2 = score(1, s);
      if (a2 >= a && b2 >= b && (a2 > a || b2 > b)) {
        return false;
      }
    }
    return true;
  }

  /** Hua et al.'s difficulty {@code −‖v_A − v_B‖₁}: 0 for identical values, more negative = easier. */
  public int difficulty() {
    int d = 0;
    for (int k = 0; k < ItemVector.TYPES; k++) {
      d += Math.abs(valuesA.get(k) - valuesB.get(k));
    }
    return -d;
  }

  /** Every split with both scores and its envy-freeness and Pareto-optimality, lexicographic. */
  public List<SplitAnalysis> analyse() {
    List<ItemVector> all = splits();
    int n = all.size();
    int[] a = new int[n];
    int[] b = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = score(0, all.get(i));
      b[i] = score(1, all.get(i));
    }
    List<SplitAnalysis> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      boolean po = true;
      for (int j = 0; j < n && po; j++) {
        po = !(a[j] >= a[i] && b[j] >= b[i] && (a[j] > a[i] || b[j] > b[i]));
      }
      ItemVector s = all.get(i);
      out.add(new SplitAnalysis(s, counts.minus(s), a[i], b[i], isEnvyFree(s), po));
    }
    return List.copyOf(out);
  }

  /**
   * The "best possible" splits (Hua et al. 2024): envy-free and Pareto-optimal with the greatest
   * total score, lexicographic; empty when no split is envy-free.
   */
  public List<SplitAnalysis> bestPossible() {
    List<SplitAnalysis> good = new ArrayList<>();
    int best = Integer.MIN_VALUE;
    for (SplitAnalysis s : analyse()) {
      if (s.envyFree() && s.paretoOptimal()) {
        if (s.total() > best) {
          best = s.total();
          good.clear();
        }
        if (s.total() == best) {
          good.add(s);
        }
      }
    }
    return List.copyOf(good);
  }

  /** True when some split is envy-free for both players. */
  public boolean admitsEnvyFreeSplit() {
    for (ItemVector s : splits()) {
      if (isEnvyFree(s)) {
        return true;
      }
    }
    return false;
  }

  /** The greatest total score over all splits. */
  public int maxTotal() {
    int best = 0;
    for (ItemVector s : splits()) {
      best = Math.max(best, score(0, s) + score(1, s));
    }
    return best;
  }

  /** The splits' score pairs (A, B) as an outcome set with reservation (0, 0): no deal scores 0. */
  public OutcomeSet outcomeSet() {
    List<UtilityPoint> points = new ArrayList<>();
    for (ItemVector s : splits()) {
      points.add(UtilityPoint.of(score(0, s), score(1, s)));
    }
    return OutcomeSet.of(points, UtilityPoint.of(0, 0));
  }

  private void requireSplit(ItemVector toFirst) {
    if (!toFirst.fitsIn(counts)) {
      throw new IllegalArgumentException("split " + toFirst + " gives more items than the pool " + counts + " holds");
    }
  }

  @Override
  public String toString() {
    return "counts=" + counts + ",values_a=" + valuesA + ",values_b=" + valuesB;
  }

  /**
   * One split: what each seat gets, both scores, and whether it is envy-free and Pareto-optimal.
   */
  public record SplitAnalysis(ItemVector toFirst, ItemVector toSecond, int scoreFirst, int scoreSecond,
      boolean envyFree, boolean paretoOptimal) {
    public int total() {
      return scoreFirst + scoreSecond;
    }
  }
}
