package dev.parley.learn.reward;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Text features by the hashing trick (Weinberger et al. 2009, "Feature hashing for large scale multitask
 * learning"): the text is lower-cased (root locale) and split into tokens of letters and digits;
 * each word n-gram (n = 1 … {@code maxNgram}, joined by one space) adds {@code ξ(g)} to bucket
 * {@code h(g) mod dimension}, where h and the sign ξ ∈ {±1} come from a seeded 64-bit hash (FNV-1a over
 * the UTF-16 code units, then MurmurHash3's finaliser), fixed across JVMs and platforms. With
 * {@code normalise} the vector is scaled to unit Euclidean norm (the empty text stays zero).
 *
 * @param dimension the number of buckets (≥ 1)
 * @param maxNgram the longest n-gram (1 to 3)
 * @param normalise whether to scale to unit L2 norm
 * @param seed the hash seed
 */
public record HashedBagOfWords(int dimension, int maxNgram, boolean normalise, long seed)
    implements FeatureFunction<String> {

  public HashedBagOfWords {
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension must be ≥ 1, was " + dimension);
    }
    if (maxNgram < 1 || maxNgram > 3) {
      throw new IllegalArgumentException("maxNgram must be in [1, 3], was " + maxNgram);
    }
  }

  /** Unigrams and bigrams, unit-normalised, seed 0. */
  public static HashedBagOfWords of(int dimension) {
    return new HashedBagOfWords(dimension, 2, true, 0);
  }

  @Override
  public double[] features(String text) {
    Objects.requireNonNull(text, "text");
    List<String> tokens = tokens(text);
    double[] v = new double[dimension];
    for (int n = 1; n <= maxNgram; n++) {
      for (int start = 0; start + n <= tokens.size(); start++) {
        String gram = n == 1 ? tokens.get(start) : String.join(" ", tokens.subList(start, start + n));
        long h = hash(gram);
        int bucket = (int) Long.remainderUnsigned(h, dimension);
        v[bucket] += (mix(h ^ 0x5851F42D4C957F2DL) & 1) == 0 ? 1 : -1;
      }
    }
    if (normalise) {
      double norm = Math.sqrt(Vectors.dot(v, v));
      if (norm > 0) {
        for (int i = 0; i < v.length; i++) {
          v[i] /= norm;
        }
      }
    }
    return v;
  }

  /** The tokens of a text: maximal runs of letters and digits, lower-cased. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        current.appendCodePoint(Character.toLowerCase(cp));
      } else if (current.length() > 0) {
        out.add(current.toString());
        current.setLength(0);
      }
    });
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  private long hash(String gram) {
    long h = 0xcbf29ce484222325L ^ mix(seed);
    for (int i = 0; i < gram.length(); i++) {
      h ^= gram.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** MurmurHash3's 64-bit finaliser. */
  private static long mix(long z) {
    z ^= z >>> 33;
    z *= 0xff51afd7ed558ccdL;
    z ^= z >>> 33;
    z *= 0xc4ceb9fe1a85ec53L;
    z ^= z >>> 33;
    return z;
  }
}
