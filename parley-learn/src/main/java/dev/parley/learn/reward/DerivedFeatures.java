package dev.parley.learn.reward;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The feature functions made by {@link FeatureFunction}'s factories. */
final class DerivedFeatures {
  private DerivedFeatures() {}

  static <T, U> FeatureFunction<U> compose(FeatureFunction<T> inner, Function<? super U, ? extends T> before) {
    Objects.requireNonNull(before, "before");
    return new FeatureFunction<>() {
      @Override
      public int dimension() {
        return inner.dimension();
      }

      @Override
      public double[] features(U input) {
        return inner.features(before.apply(input));
      }

      @Override
      public String toString() {
        return inner + "∘" + before;
      }
    };
  }

  static <T> FeatureFunction<T> of(int dimension, Function<? super T, double[]> embedding) {
    Objects.requireNonNull(embedding, "embedding");
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension must be ≥ 1, was " + dimension);
    }
    return new FeatureFunction<>() {
      @Override
      public int dimension() {
        return dimension;
      }

      @Override
      public double[] features(T input) {
        double[] v = embedding.apply(input);
        if (v == null) {
          throw new IllegalArgumentException("embedding returned null for " + input);
        }
        return Vectors.requireLength("embedding", v.clone(), dimension);
      }

      @Override
      public String toString() {
        return "embedding(" + dimension + ")";
      }
    };
  }

  static <T> FeatureFunction<T> concat(List<? extends FeatureFunction<? super T>> parts) {
    List<FeatureFunction<? super T>> copy = List.copyOf(Objects.requireNonNull(parts, "parts"));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("parts must not be empty");
    }
    int total = copy.stream().mapToInt(FeatureFunction::dimension).sum();
    return new FeatureFunction<>() {
      @Override
      public int dimension() {
        return total;
      }

      @Override
      public double[] features(T input) {
        double[] out = new double[total];
        int at = 0;
        for (FeatureFunction<? super T> part : copy) {
          double[] v = part.features(input);
          if (v.length != part.dimension()) {
            throw new IllegalArgumentException(part + " returned " + v.length + " features, declared " + part.dimension());
          }
          System.arraycopy(v, 0, out, at, v.length);
          at += v.length;
        }
        return out;
      }

      @Override
      public String toString() {
        return "concat" + copy;
      }
    };
  }
}
