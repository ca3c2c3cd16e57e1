package dev.parley.games.dond;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The instance generator of Deal or No Deal, after Lewis et al. 2017 as REFERENCE §1.4 states it:
 * 1–4 items of each type, each player's values non-negative integers with the whole pool worth
 * {@value DondInstance#POOL_VALUE} to each, and every item type that is present worth something to
 * at least one player. The distribution, in three chance steps (the game deals them as three chance
 * moves with exactly these probabilities):
 *
 * <ol>
 *   <li>counts uniform over {@link #countsSupport()}: the count vectors in {1..4}³ that admit at
 *       least one valid pair of value vectors (e.g. not (3,3,3): no integer values make it worth 10);
 *   <li>A's values uniform over {@link #firstValues(ItemVector)}: the vectors of
 *       {@link #valueVectors(ItemVector) Ω(counts)} that some B vector completes to a valid pair;
 *   <li>B's values uniform over {@link #secondValues(ItemVector, ItemVector)}: the vectors of
 *       Ω(counts) that together with A's value every present item type.
 * </ol>
 *
 * <p>{@code Ω(counts) = {v ∈ Z³≥0 : v·counts = 10}}, with value 0 for an item type that is absent
 * (count 0). The same Ω is the workflow agent's hypothesis space for the opponent's values.
 */
public final class DondGenerator {
  /** Fewest items of a type the generator deals. */
  public static final int MIN_COUNT = 1;
  /** Most items of a type the generator deals. */
  public static final int MAX_COUNT = 4;

  private DondGenerator() {}

  private static final class Support {
    static final List<ItemVector> COUNTS = computeCounts();
  }

  /** Every per-item value vector that makes {@code counts} worth exactly 10, lexicographic. */
  public static List<ItemVector> valueVectors(ItemVector counts) {
    Objects.requireNonNull(counts, "counts");
    int p = DondInstance.POOL_VALUE;
    List<ItemVector> out = new ArrayList<>();
    int maxB = counts.books() == 0 ? 0 : p / counts.books();
    int maxH = counts.hats() == 0 ? 0 : p / counts.hats();
    for (int b = 0; b <= maxB; b++) {
      for (int h = 0; h <= maxH; h++) {
        int rest = p - b * counts.books() - h * counts.hats();
        if (rest < 0) {
          break;
        }
        if (counts.balls() == 0) {
          if (rest == 0) {
            out.add(new ItemVector(b, h, 0));
          }
        } else if (rest % counts.balls() == 0) {
          out.add(new ItemVector(b, h, rest / counts.balls()));
        }
      }
    }
    return List.copyOf(out);
  }

  /** True when every item type present in {@code counts} is worth something to {@code a} or {@code b}. */
  public static boolean covers(ItemVector counts, ItemVector a, ItemVector b) {
    for (int k = 0; k < ItemVector.TYPES; k++) {
      if (counts.get(k) > 0 && a.get(k) == 0 && b.get(k) == 0) {
        return false;
      }
    }
    return true;
  }

  /** The count vectors the generator deals, lexicographic. */
  public static List<ItemVector> countsSupport() {
    return Support.COUNTS;
  }

  /** A's possible values for {@code counts}: vectors of Ω with at least one valid partner. */
  public static List<ItemVector> firstValues(ItemVector counts) {
    List<ItemVector> omega = valueVectors(counts);
    List<ItemVector> out = new ArrayList<>();
    for (ItemVector a : omega) {
      for (ItemVector b : omega) {
        if (covers(counts, a, b)) {
          out.add(a);
          break;
        }
      }
    }
    return List.copyOf(out);
  }

  /** B's possible values for {@code counts} given A's values {@code a}. */
  public static List<ItemVector> secondValues(ItemVector counts, ItemVector a) {
    List<ItemVector> out = new ArrayList<>();
    for (ItemVector b : valueVectors(counts)) {
      if (covers(counts, a, b)) {
        out.add(b);
      }
    }
    return List.copyOf(out);
  }

  /** Draws one instance from the generator's distribution. */
  public static DondInstance sample(SplittableRandom random) {
    List<ItemVector> c = countsSupport();
    ItemVector counts = c.get(random.nextInt(c.size()));
    List<ItemVector> first = firstValues(counts);
    ItemVector a = first.get(random.nextInt(first.size()));
    List<ItemVector> second = secondValues(counts, a);
    ItemVector b = second.get(random.nextInt(second.size()));
    return new DondInstance(counts, a, b);
  }

  /**
   * Draws {@code n} instances that admit an envy-free split (as Hua et al.'s evaluation set does),
   * drawing until there are enough.
   */
  public static List<DondInstance> sampleEnvyFreeAdmitting(SplittableRandom random, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be ≥ 0, was " + n);
    }
    List<DondInstance> out = new ArrayList<>(n);
    while (out.size() < n) {
      DondInstance d = sample(random);
      if (d.admitsEnvyFreeSplit()) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  private static List<ItemVector> computeCounts() {
    List<ItemVector> out = new ArrayList<>();
    for (int b = MIN_COUNT; b <= MAX_COUNT; b++) {
      for (int h = MIN_COUNT; h <= MAX_COUNT; h++) {
        for (int l = MIN_COUNT; l <= MAX_COUNT; l++) {
          ItemVector c = new ItemVector(b, h, l);
          if (!firstValues(c).isEmpty()) {
            out.add(c);
          }
        }
      }
    }
    return List.copyOf(out);
  }
}
