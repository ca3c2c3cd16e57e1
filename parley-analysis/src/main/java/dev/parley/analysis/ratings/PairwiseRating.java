package dev.parley.analysis.ratings;

/**
 * The rating problem: from pairwise results to one number per player, higher is better. Each
 * algorithm (Elo, Bradley–Terry, TrueSkill, Glicko-2, Thurstonian utilities) implements it with its
 * own configuration record; online algorithms read the battles in order.
 */
public interface PairwiseRating {

  /** Ratings of every player of {@code battles}, in the order of {@link Battles#players()}. */
  Ratings rate(Battles battles);
}
