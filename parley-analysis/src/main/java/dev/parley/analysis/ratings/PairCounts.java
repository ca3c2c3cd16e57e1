package dev.parley.analysis.ratings;

import java.util.Arrays;
import java.util.List;

/**
 * Battles collapsed into one row per unordered pair of players that met: {@code low(r) < high(r)}
 * and how often the lower-indexed player won, tied and lost against the other. Seats are merged,
 * which is exact for models without a seat advantage (Bradley–Terry as in Chatbot Arena): merging
 * categories of a multinomial gives a multinomial, so resampling these rows is the same bootstrap
 * as resampling FastChat's (a, b, outcome) rows. Rows are sorted by (low, high). Immutable.
 */
public final class PairCounts {
  private final List<String> players;
  final int[] low;
  final int[] high;
  final long[] wins;
  final long[] ties;
  final long[] losses;
  private final long battles;

  private PairCounts(List<String> players, int[] low, int[] high, long[] wins, long[] ties, long[] losses) {
    this.players = players;
    this.low = low;
    this.high = high;
    this.wins = wins;
    this.ties = ties;
    this.losses = losses;
    long t = 0;
    for (int r = 0; r < low.length; r++) {
      t += wins[r] + ties[r] + losses[r];
    }
    this.battles = t;
  }

  static PairCounts of(Battles battles) {
    int n = battles.playerCount();
    int rows = battles.rows();
    LongIntTable table = new LongIntTable(Math.min(rows, 1 << 16));
    int[] lo = new int[16];
    int[] hi = new int[16];
    long[] w = new long[16];
    long[] t = new long[16];
    long[] l = new long[16];
    int pairs = 0;
    for (int r = 0; r < rows; r++) {
      int a = battles.first(r);
      int b = battles.second(r);
      int half = battles.halfPoints(r);
      boolean swap = a > b;
      int x = swap ? b : a;
      int y = swap ? a : b;
      long key = (long) x * n + y;
      int row = table.get(key);
      if (row < 0) {
        if (pairs == lo.length) {
          int cap = pairs * 2;
          lo = Arrays.copyOf(lo, cap);
          hi = Arrays.copyOf(hi, cap);
          w = Arrays.copyOf(w, cap);
          t = Arrays.copyOf(t, cap);
          l = Arrays.copyOf(l, cap);
        }
        row = pairs++;
        table.put(key, row);
        lo[row] = x;
        hi[row] = y;
      }
      int c = battles.count(r);
      if (half == 1) {
        t[row] += c;
      } else if ((half == 2) != swap) {
        w[row] += c;
      } else {
        l[row] += c;
      }
    }
    long[] keys = new long[pairs];
    for (int r = 0; r < pairs; r++) {
      keys[r] = (long) lo[r] * n + hi[r];
    }
    Arrays.sort(keys);
    int[] sLo = new int[pairs];
    int[] sHi = new int[pairs];
    long[] sW = new long[pairs];
    long[] sT = new long[pairs];
    long[] sL = new long[pairs];
    for (int i = 0; i < pairs; i++) {
      int r = table.get(keys[i]);
      sLo[i] = lo[r];
      sHi[i] = hi[r];
      sW[i] = w[r];
      sT[i] = t[r];
      sL[i] = l[r];
    }
    return new PairCounts(battles.players(), sLo, sHi, sW, sT, sL);
  }

  public List<String> players() {
    return players;
  }

  public int playerCount() {
    return players.size();
  }

  /** Number of unordered pairs that met. */
  public int pairs() {
    return low.length;
  }

  /** Number of battles. */
  public long battles() {
    return battles;
  }

  public int low(int row) {
    return low[row];
  }

  public int high(int row) {
    return high[row];
  }

  /** Times {@code low(row)} beat {@code high(row)}. */
  public long wins(int row) {
    return wins[row];
  }

  public long ties(int row) {
    return ties[row];
  }

  /** Times {@code low(row)} lost to {@code high(row)}. */
  public long losses(int row) {
    return losses[row];
  }

  /**
   * {@code m[i][j]} = mean score of i against j (a tie counts ½); ½ on the diagonal, NaN for pairs
   * that never met.
   */
  public double[][] meanScoreMatrix() {
    int n = players.size();
    double[][] m = new double[n][n];
    for (double[] row : m) {
      Arrays.fill(row, Double.NaN);
    }
    for (int i = 0; i < n; i++) {
      m[i][i] = 0.5;
    }
    for (int r = 0; r < low.length; r++) {
      double games = wins[r] + ties[r] + losses[r];
      double s = (wins[r] + 0.5 * ties[r]) / games;
      m[low[r]][high[r]] = s;
      m[high[r]][low[r]] = 1 - s;
    }
    return m;
  }

  @Override
  public String toString() {
    return "PairCounts[" + players.size() + " players, " + low.length + " pairs, " + battles + " battles]";
  }

  /** Open-addressing map from non-negative long keys to non-negative int values. */
  private static final class LongIntTable {
    private long[] keys;
    private int[] values;
    private int size;

    LongIntTable(int expected) {
      int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
      keys = new long[cap];
      values = new int[cap];
      Arrays.fill(keys, -1);
    }

    int get(long key) {
      int mask = keys.length - 1;
      for (int i = slot(key, mask); ; i = (i + 1) & mask) {
        long k = keys[i];
        if (k == key) {
          return values[i];
        }
        if (k < 0) {
          return -1;
        }
      }
    }

    void put(long key, int value) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = slot(key, mask);
      while (keys[i] >= 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (keys[i] < 0) {
        size++;
      }
      keys[i] = key;
      values[i] = value;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      Arrays.fill(keys, -1);
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] >= 0) {
          put(oldKeys[i], oldValues[i]);
        }
      }
    }

    private static int slot(long key, int mask) {
      long h = key * 0x9e3779b97f4a7c15L;
      return (int) (h ^ (h >>> 32)) & mask;
    }
  }
}
