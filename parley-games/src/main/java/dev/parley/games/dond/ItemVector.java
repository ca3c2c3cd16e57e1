package dev.parley.games.dond;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Three non-negative integers, one per item type of Deal or No Deal in the fixed order books,
 * hats, balls: the item counts of an instance, a bundle of items, or one player's value per item.
 */
public record ItemVector(int books, int hats, int balls) implements Comparable<ItemVector> {
  /** Item type names, plural, in order. */
  public static final List<String> NAMES = List.of("books", "hats", "balls");
  /** Item type names, singular, in order. */
  public static final List<String> SINGULAR = List.of("book", "hat", "ball");
  /** Number of item types. */
  public static final int TYPES = 3;
  public static final ItemVector ZERO = new ItemVector(0, 0, 0);

  public ItemVector {
    if (books < 0 || hats < 0 || balls < 0) {
      throw new IllegalArgumentException("item numbers must be ≥ 0, were books=" + books + " hats=" + hats
          + " balls=" + balls);
    }
  }

  public static ItemVector of(int books, int hats, int balls) {
    return new ItemVector(books, hats, balls);
  }

  /**
   * From three integers, e.g. a parameter {@code [1,1,3]}; {@code what} names the value in
   * messages.
   */
  public static ItemVector of(String what, List<?> numbers) {
    if (numbers == null || numbers.size() != TYPES) {
      throw new IllegalArgumentException(what + " must list 3 numbers (books, hats, balls), was " + numbers);
    }
    int[] v = new int[TYPES];
    for (int k = 0; k < TYPES; k++) {
      Object x = numbers.get(k);
      if (!(x instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() < 0
          || n.doubleValue() > 1000) {
        throw new IllegalArgumentException(what + ": " + NAMES.get(k) + " must be a whole number in [0, 1000], was "
            + x);
      }
      v[k] = (int) n.doubleValue();
    }
    return new ItemVector(v[0], v[1], v[2]);
  }

  /** The number for item type {@code k} (0 = books, 1 = hats, 2 = balls). */
  public int get(int k) {
    return switch (k) {
      case 0 -> books;
      case 1 -> hats;
      case 2 -> balls;
      default -> throw new IndexOutOfBoundsException("item type must be 0, 1 or 2, was " + k);
    };
  }

  /** Dot product: the value of bundle {@code this} under per-item values {@code values}. */
  public int dot(ItemVector values) {
    return books * values.books + hats * values.hats + balls * values.balls;
  }

  /** {@code this − other}; fails when a number would go below 0. */
  public ItemVector minus(ItemVector other) {
    return new ItemVector(books - other.books, hats - other.hats, balls - other.balls);
  }

  /** True when every number is at most {@code other}'s. */
  public boolean fitsIn(ItemVector other) {
    return books <= other.books && hats <= other.hats && balls <= other.balls;
  }

  /** Sum of the three numbers. */
  public int total() {
    return books + hats + balls;
  }

  /** {@code 1,1,3}: the numbers only, as in parameters. */
  public String csv() {
    return books + "," + hats + "," + balls;
  }

  /** {@code books=1 hats=0 balls=2}: the canonical form in action text. */
  public String assignments() {
    return "books=" + books + " hats=" + hats + " balls=" + balls;
  }

  /** {@code 1 book, 0 hats and 2 balls}: for people and models. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < TYPES; k++) {
      if (k > 0) {
        sb.append(k == TYPES - 1 ? " and " : ", ");
      }
      int n = get(k);
      sb.append(n).append(' ').append(n == 1 ? SINGULAR.get(k) : NAMES.get(k));
    }
    return sb.toString();
  }

  /** As a JSON-safe map in item order, {@code {books=1, hats=0, balls=2}}. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("books", books);
    m.put("hats", hats);
    m.put("balls", balls);
    return Collections.unmodifiableMap(m);
  }

  /** Lexicographic: books, then hats, then balls. */
  @Override
  public int compareTo(ItemVector o) {
    int c = Integer.compare(books, o.books);
    if (c == 0) {
      c = Integer.compare(hats, o.hats);
    }
    return c != 0 ? c : Integer.compare(balls, o.balls);
  }

  @Override
  public String toString() {
    return "[" + csv() + "]";
  }
}
