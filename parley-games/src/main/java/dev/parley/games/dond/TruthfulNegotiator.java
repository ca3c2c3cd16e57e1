package dev.parley.games.dond;

import dev.parley.games.dond.DondView.Move;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A truthful scripted negotiator for Deal or No Deal: it acts on its true values only and never
 * bluffs. As a pure function of its view:
 *
 * <ul>
 *   <li><b>Accept</b> the standing proposal when it is envy-free for itself (its share worth at least
 *       the other share, i.e. at least 5 of its 10 points) and worth at least {@code share}.
 *   <li>Otherwise <b>propose</b> the next split of its concession list, each at most once: the splits
 *       envy-free for itself and worth at least {@code share}, its own best first (so it opens by
 *       asking for everything), ties broken toward keeping fewer items (more left to the other, whose
 *       values it does not know), then lexicographically.
 *   <li>With the list used up: <b>reject</b> a standing proposal, or <b>end</b>.
 * </ul>
 *
 * With the default {@code share} (5) it rejects a proposal, outright or by counter-proposing, exactly
 * when the proposal is not envy-free for it: the opponent Hua et al.'s workflow assumes with γ = 0.
 * Such a rejection has likelihood 1 under its true values for any γ, so the workflow's belief never
 * rules them out.
 */
public final class TruthfulNegotiator {
  /** Default acceptance threshold: half of the pool value, the envy-free threshold itself. */
  public static final int DEFAULT_SHARE = DondInstance.POOL_VALUE / 2;

  private TruthfulNegotiator() {}

  /** The move for {@code view}'s seat; null when it does not move now. */
  public static DondAction decide(DondView view, int share) {
    if (!view.myTurn()) {
      return null;
    }
    ItemVector counts = view.counts();
    ItemVector offer = view.standingOffer();
    if (offer != null && acceptable(view, offer, share)) {
      return DondAction.ACCEPT;
    }
    Set<ItemVector> proposed = new HashSet<>();
    for (Move m : view.history()) {
      if (m.seat() == view.seat() && m.action().kind() == DondAction.Kind.PROPOSE) {
        proposed.add(m.action().items());
      }
    }
    for (ItemVector keep : concessions(counts, view.ownValues(), share)) {
      if (!proposed.contains(keep)) {
        return DondAction.propose(keep);
      }
    }
    return offer != null ? DondAction.REJECT : DondAction.END;
  }

  private static boolean acceptable(DondView view, ItemVector bundle, int share) {
    int v = view.value(bundle);
    return v >= share && WorkflowBelief.envyFreeForMe(view.counts(), view.ownValues(), bundle);
  }

  /** The concession list: kept bundles in the order this negotiator proposes them. */
  public static List<ItemVector> concessions(ItemVector counts, ItemVector values, int share) {
    List<ItemVector> l = new ArrayList<>();
    for (ItemVector keep : DondInstance.splitsOf(counts)) {
      if (keep.dot(values) >= share && WorkflowBelief.envyFreeForMe(counts, values, keep)) {
        l.add(keep);
      }
    }
    l.sort(Comparator.comparingInt((ItemVector k) -> -k.dot(values)).thenComparingInt(ItemVector::total)
        .thenComparing(Comparator.naturalOrder()));
    return List.copyOf(l);
  }
}
