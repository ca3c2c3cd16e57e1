package dev.parley.learn.reward;

import java.util.Objects;

/**
 * A reward computed by a {@link Network} with one output: linear ({@code r(x) = wᵀx + b}) or a small
 * multilayer perceptron. Made by {@link BradleyTerryRewardTrainer} or {@link RewardModel#linear}.
 */
public final class NetworkReward implements RewardModel {
  private final Network network;

  /**
   * A reward from a one-output network.
   *
   * @throws IllegalArgumentException when the network has more than one output
   */
  public NetworkReward(Network network) {
    this.network = Objects.requireNonNull(network, "network");
    if (network.outputDimension() != 1) {
      throw new IllegalArgumentException("network must have 1 output, has " + network.outputDimension());
    }
  }

  public Network network() {
    return network;
  }

  @Override
  public int dimension() {
    return network.inputDimension();
  }

  @Override
  public double reward(double[] x) {
    Vectors.requireLength("x", x, network.inputDimension());
    Mlp mlp = network.mlp();
    return mlp.forward(network.theta(), 0, x, mlp.workspace())[0];
  }

  /** The weights w of a linear reward (a copy); the bias b does not change any preference. */
  public double[] weights() {
    return network.weights(0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NetworkReward r && network.equals(r.network);
  }

  @Override
  public int hashCode() {
    return network.hashCode();
  }

  @Override
  public String toString() {
    return "NetworkReward[" + network + "]";
  }
}
