package dev.parley.core.engine;

/**
 * Seed derivation. Every random source in a run is derived from the run seed by mixing in an index
 * (SplitMix64's finaliser), so results depend only on seeds and indices, never on thread timing.
 */
public final class Seeds {
  private Seeds() {}

  /** SplitMix64 finaliser: a bijective, well-mixed hash of a long. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Seed of item {@code index} under {@code parent}. */
  public static long derive(long parent, long index) {
    return mix(parent + 0x9e3779b97f4a7c15L * (index + 1));
  }

  /** The episode seed of match {@code matchIndex} of a run. */
  public static long forMatch(long runSeed, long matchIndex) {
    return derive(runSeed, matchIndex);
  }

  /** The private random source of one seat in an episode. */
  public static long forSeat(long episodeSeed, int seat) {
    return derive(episodeSeed ^ 0x5ea7L, seat);
  }

  /** The engine's own random source in an episode (chance moves, random-legal policy). */
  public static long forEngine(long episodeSeed) {
    return derive(episodeSeed ^ 0xe9e1L, 0);
  }
}
