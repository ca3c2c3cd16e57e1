package dev.parley.learn.reward;

import java.util.Arrays;
import java.util.Objects;

/**
 * A trained feed-forward network with an {@link Architecture}, from {@code inputDimension} features to
 * {@code outputDimension} outputs, and its parameters. Immutable and safe to share between threads;
 * array accessors copy.
 */
public final class Network {
  private final Architecture architecture;
  private final Mlp mlp;
  private final double[] theta;

  private Network(Architecture architecture, Mlp mlp, double[] theta) {
    this.architecture = architecture;
    this.mlp = mlp;
    this.theta = theta;
  }

  /**
   * A network from its parameters (copied): per layer, the weights {@code W[out][in]} row by row, then
   * the biases.
   *
   * @throws IllegalArgumentException when the parameter count does not fit the shape or one is not finite
   */
  public static Network of(Architecture architecture, int inputDimension, int outputDimension, double[] parameters) {
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(parameters, "parameters");
    Mlp mlp = new Mlp(inputDimension, architecture, outputDimension);
    if (parameters.length != mlp.parameterCount()) {
      throw new IllegalArgumentException("parameters must have " + mlp.parameterCount() + " entries for " + architecture
          + " " + inputDimension + "→" + outputDimension + ", has " + parameters.length);
    }
    Vectors.requireFinite("parameters", parameters);
    return new Network(architecture, mlp, parameters.clone());
  }

  /** The linear network {@code y = W·x + b} with {@code weights[out][in]} and {@code biases[out]}. */
  public static Network linear(double[][] weights, double[] biases) {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(biases, "biases");
    if (weights.length == 0 || weights.length != biases.length) {
      throw new IllegalArgumentException("weights must have one row per bias (≥ 1), had " + weights.length + " rows and "
          + biases.length + " biases");
    }
    int inputs = weights[0].length;
    double[] theta = new double[weights.length * inputs + biases.length];
    for (int o = 0; o < weights.length; o++) {
      if (weights[o].length != inputs) {
        throw new IllegalArgumentException("weights[" + o + "] must have " + inputs + " entries, has " + weights[o].length);
      }
      System.arraycopy(weights[o], 0, theta, o * inputs, inputs);
    }
    System.arraycopy(biases, 0, theta, weights.length * inputs, biases.length);
    return of(Architecture.linear(), inputs, weights.length, theta);
  }

  static Network wrap(Architecture architecture, Mlp mlp, double[] theta) {
    return new Network(architecture, mlp, theta);
  }

  public Architecture architecture() {
    return architecture;
  }

  public int inputDimension() {
    return mlp.inputs();
  }

  public int outputDimension() {
    return mlp.outputs();
  }

  public int parameterCount() {
    return theta.length;
  }

  /** The parameters in the layout of {@link #of} (a copy). */
  public double[] parameters() {
    return theta.clone();
  }

  /** The outputs for features x. */
  public double[] apply(double[] x) {
    Vectors.requireLength("x", x, mlp.inputs());
    return mlp.forward(theta, 0, x, mlp.workspace()).clone();
  }

  /**
   * Row {@code output} of W of a linear network (a copy).
   *
   * @throws IllegalStateException when the network has hidden layers
   */
  public double[] weights(int output) {
    requireLinear();
    Objects.checkIndex(output, mlp.outputs());
    int start = output * mlp.inputs();
    return Arrays.copyOfRange(theta, start, start + mlp.inputs());
  }

  /** Entry {@code output} of b of a linear network. */
  public double bias(int output) {
    requireLinear();
    Objects.checkIndex(output, mlp.outputs());
    return theta[mlp.biasOffset(0) + output];
  }

  private void requireLinear() {
    if (!architecture.isLinear()) {
      throw new IllegalStateException("weights and bias are defined for a linear network, this is " + architecture);
    }
  }

  Mlp mlp() {
    return mlp;
  }

  /** The parameters themselves (not copied; never modified). */
  double[] theta() {
    return theta;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Network n && architecture.equals(n.architecture) && mlp.inputs() == n.mlp.inputs()
        && mlp.outputs() == n.mlp.outputs() && Arrays.equals(theta, n.theta);
  }

  @Override
  public int hashCode() {
    return Objects.hash(architecture, mlp.inputs(), mlp.outputs(), Arrays.hashCode(theta));
  }

  @Override
  public String toString() {
    return "Network[" + architecture + " " + mlp.inputs() + "→" + mlp.outputs() + ", " + theta.length + " parameters]";
  }
}
