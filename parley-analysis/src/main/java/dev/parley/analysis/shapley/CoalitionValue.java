package dev.parley.analysis.shapley;

/**
 * A cooperative game: the value of each coalition, given as a bit mask (bit i set = player i is
 * in). Must be a pure function of the mask; it may be called from one thread many times.
 */
@FunctionalInterface
public interface CoalitionValue {

  double value(long coalition);
}
