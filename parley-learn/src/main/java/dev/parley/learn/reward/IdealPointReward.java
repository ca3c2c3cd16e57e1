package dev.parley.learn.reward;

import java.util.Arrays;
import java.util.Objects;

/**
 * One annotator's reward under an ideal-point model: {@code r(x) = −‖f(x) − u‖²} with the learned
 * projector f and the annotator's ideal point {@code u = Σ_k w_k·P_k} ({@link IdealPointMixture}).
 * Immutable; array accessors copy.
 */
public final class IdealPointReward implements RewardModel {
  private final Network projector;
  private final double[] mixture;
  private final double[] idealPoint;

  IdealPointReward(Network projector, double[] mixture, double[] idealPoint) {
    this.projector = Objects.requireNonNull(projector, "projector");
    this.mixture = mixture;
    this.idealPoint = idealPoint;
  }

  @Override
  public int dimension() {
    return projector.inputDimension();
  }

  @Override
  public double reward(double[] x) {
    double[] f = projector.apply(x);
    double s = 0;
    for (int c = 0; c < f.length; c++) {
      s -= (f[c] - idealPoint[c]) * (f[c] - idealPoint[c]);
    }
    return s;
  }

  /** The annotator's weights over the prototypes (a copy; they sum to 1). */
  public double[] mixture() {
    return mixture.clone();
  }

  /** The ideal point u (a copy). */
  public double[] idealPoint() {
    return idealPoint.clone();
  }

  public Network projector() {
    return projector;
  }

  @Override
  public String toString() {
    return "IdealPointReward[mixture=" + Arrays.toString(mixture) + ", u=" + Arrays.toString(idealPoint) + "]";
  }
}
