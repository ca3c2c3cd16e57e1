package dev.parley.learn.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An immutable, ordered list of dataset rows of one type with the operations that prepare it for
 * training: filter, deduplicate and a group-aware train/test split that never puts rows of one group
 * (by default one episode) on both sides.
 *
 * @param <R> the row type
 */
public final class Dataset<R extends DatasetRecord> {
  private final List<R> records;

  private Dataset(List<R> records) {
    this.records = records;
  }

  public static <R extends DatasetRecord> Dataset<R> of(List<R> records) {
    Objects.requireNonNull(records, "records");
    for (int i = 0; i < records.size(); i++) {
      Objects.requireNonNull(records.get(i), "records[" + i + "]");
    }
    return new Dataset<>(List.copyOf(records));
  }

  public List<R> records() {
    return records;
  }

  public int size() {
    return records.size();
  }

  /** The rows that satisfy {@code keep}, in order. */
  public Dataset<R> filter(Predicate<? super R> keep) {
    Objects.requireNonNull(keep, "keep");
    return new Dataset<>(records.stream().filter(keep).toList());
  }

  /**
   * The rows without repeats of their TRL content (prompt, completions, label, margin; Parley's metadata
   * is ignored), keeping the first occurrence of each.
   */
  public Dataset<R> deduplicate() {
    Set<DatasetRecord> seen = new HashSet<>();
    List<R> out = new ArrayList<>();
    for (R r : records) {
      if (seen.add(r.withoutMetadata())) {
        out.add(r);
      }
    }
    return new Dataset<>(List.copyOf(out));
  }

  /** A train/test split. */
  public record Split<R extends DatasetRecord>(Dataset<R> train, Dataset<R> test) {
    public Split {
      Objects.requireNonNull(train, "train");
      Objects.requireNonNull(test, "test");
    }
  }

  /**
   * Splits by group: the distinct keys (in order of first appearance) are shuffled with {@code seed} and
   * the first {@code round(testFraction × groups)} go to the test set; every row follows its group, and
   * rows keep their order within each side.
   *
   * @param testFraction share of the groups in the test set, in [0, 1]
   * @param seed shuffle seed
   * @param groupKey the group of a row (e.g. its episode id); must not return null
   * @throws IllegalArgumentException when {@code groupKey} returns null, naming the row
   */
  public Split<R> split(double testFraction, long seed, Function<? super R, String> groupKey) {
    if (!(testFraction >= 0 && testFraction <= 1)) {
      throw new IllegalArgumentException("testFraction must be in [0, 1], was " + testFraction);
    }
    Objects.requireNonNull(groupKey, "groupKey");
    Map<String, Integer> index = new LinkedHashMap<>();
    String[] keys = new String[records.size()];
    for (int i = 0; i < records.size(); i++) {
      String k = groupKey.apply(records.get(i));
      if (k == null) {
        throw new IllegalArgumentException("row " + i + " has no group key: " + records.get(i));
      }
      keys[i] = k;
      index.putIfAbsent(k, index.size());
    }
    List<String> groups = new ArrayList<>(index.keySet());
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = groups.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String t = groups.get(i);
      groups.set(i, groups.get(j));
      groups.set(j, t);
    }
    Set<String> test = new HashSet<>(groups.subList(0, (int) Math.round(testFraction * groups.size())));
    List<R> trainRows = new ArrayList<>();
    List<R> testRows = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      (test.contains(keys[i]) ? testRows : trainRows).add(records.get(i));
    }
    return new Split<>(new Dataset<>(List.copyOf(trainRows)), new Dataset<>(List.copyOf(testRows)));
  }

  /**
   * Splits by each row's {@link RecordMetadata#splitKey()} (its group, else its episode id).
   *
   * @throws IllegalArgumentException when a row has no metadata or no split key, naming the row
   */
  public Split<R> splitByGroup(double testFraction, long seed) {
    return split(testFraction, seed, r -> r.metadata() == null ? null : r.metadata().splitKey().orElse(null));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dataset<?> d && records.equals(d.records);
  }

  @Override
  public int hashCode() {
    return records.hashCode();
  }

  @Override
  public String toString() {
    return "Dataset[" + records.size() + " rows]";
  }
}
