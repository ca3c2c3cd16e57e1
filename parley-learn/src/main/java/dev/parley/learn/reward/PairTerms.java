package dev.parley.learn.reward;

import dev.parley.learn.losses.BradleyTerryRewardLoss;
import dev.parley.learn.losses.PairLoss;
import java.util.List;

/** The loss of one {@link FeaturePair} given its two rewards, and shared data checks. */
final class PairTerms {
  private static final BradleyTerryRewardLoss PLAIN = BradleyTerryRewardLoss.plain();

  private PairTerms() {}

  /**
   * {@code w·[p·ℓ(z) + (1 − p)·ℓ(−z)] + c·(r_c + r_r)²} with {@code z = r_c − r_r − m}, built from
   * {@link BradleyTerryRewardLoss} (so p = 1 is exactly that loss), with its derivatives in r_c and r_r.
   */
  static PairLoss evaluate(BradleyTerryRewardLoss loss, double chosen, double rejected, FeaturePair pair) {
    double p = pair.probability();
    PairLoss forward = loss.evaluate(chosen, rejected, pair.margin(), pair.weight() * p);
    if (p == 1) {
      return forward;
    }
    PairLoss backward = PLAIN.evaluate(rejected, chosen, -pair.margin(), pair.weight() * (1 - p));
    return new PairLoss(forward.value() + backward.value(), forward.dChosen() + backward.dRejected(),
        forward.dRejected() + backward.dChosen());
  }

  /** The common feature dimension of the pairs; fails on an empty list or a mismatch. */
  static int dimension(List<FeaturePair> pairs) {
    if (pairs.isEmpty()) {
      throw new IllegalArgumentException("pairs must not be empty");
    }
    int d = pairs.get(0).dimension();
    for (int i = 0; i < pairs.size(); i++) {
      if (pairs.get(i) == null) {
        throw new NullPointerException("pairs[" + i + "]");
      }
      if (pairs.get(i).dimension() != d) {
        throw new IllegalArgumentException("pairs[" + i + "] has " + pairs.get(i).dimension() + " features, pairs[0] has "
            + d);
      }
    }
    return d;
  }
}
