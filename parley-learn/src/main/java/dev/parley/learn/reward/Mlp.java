package dev.parley.learn.reward;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The stateless engine behind {@link Network}: forward pass and reverse-mode backpropagation over a flat
 * parameter vector θ. Layer l maps width {@code sizes[l]} to {@code sizes[l+1]}; its weights
 * {@code W_l[out][in]} (row-major) precede its biases {@code b_l} in θ. Hidden layers apply the
 * activation, the output layer is affine.
 */
final class Mlp {
  final int[] sizes;
  final Activation activation;
  private final int[] weightOffset;
  private final int[] biasOffset;
  private final int parameterCount;

  Mlp(int inputs, Architecture architecture, int outputs) {
    if (inputs < 1) {
      throw new IllegalArgumentException("input dimension must be ≥ 1, was " + inputs);
    }
    if (outputs < 1) {
      throw new IllegalArgumentException("output dimension must be ≥ 1, was " + outputs);
    }
    int layers = architecture.hidden().size() + 1;
    sizes = new int[layers + 1];
    sizes[0] = inputs;
    for (int i = 0; i < architecture.hidden().size(); i++) {
      sizes[i + 1] = architecture.hidden().get(i);
    }
    sizes[layers] = outputs;
    activation = architecture.activation();
    weightOffset = new int[layers];
    biasOffset = new int[layers];
    int offset = 0;
    for (int l = 0; l < layers; l++) {
      weightOffset[l] = offset;
      offset += sizes[l] * sizes[l + 1];
      biasOffset[l] = offset;
      offset += sizes[l + 1];
    }
    parameterCount = offset;
  }

  int layers() {
    return sizes.length - 1;
  }

  int inputs() {
    return sizes[0];
  }

  int outputs() {
    return sizes[sizes.length - 1];
  }

  int parameterCount() {
    return parameterCount;
  }

  int weightOffset(int layer) {
    return weightOffset[layer];
  }

  int biasOffset(int layer) {
    return biasOffset[layer];
  }

  /** Buffers of one forward/backward pass; not shared between threads. */
  final class Workspace {
    final double[][] pre = new double[layers() + 1][];
    final double[][] post = new double[layers() + 1][];
    final double[][] delta = new double[layers() + 1][];

    Workspace() {
      for (int l = 1; l <= layers(); l++) {
        pre[l] = new double[sizes[l]];
        post[l] = new double[sizes[l]];
        delta[l] = new double[sizes[l]];
      }
    }
  }

  Workspace workspace() {
    return new Workspace();
  }

  /**
   * Runs the network on x at θ {@code theta[offset …]} and returns the output buffer of the workspace
   * (valid until the workspace's next forward pass; do not modify).
   */
  double[] forward(double[] theta, int offset, double[] x, Workspace ws) {
    ws.post[0] = x;
    int last = layers();
    for (int l = 0; l < last; l++) {
      double[] in = ws.post[l];
      double[] z = ws.pre[l + 1];
      double[] a = ws.post[l + 1];
      int nIn = sizes[l];
      int w = offset + weightOffset[l];
      int b = offset + biasOffset[l];
      for (int o = 0; o < z.length; o++) {
        double s = theta[b + o];
        int row = w + o * nIn;
        for (int i = 0; i < nIn; i++) {
          s += theta[row + i] * in[i];
        }
        z[o] = s;
        a[o] = l + 1 == last ? s : activation.apply(s);
      }
    }
    return ws.post[last];
  }

  /**
   * Adds {@code ∂L/∂θ} to {@code gradient[offset …]} for the forward pass held by the workspace, given
   * {@code dOutput = ∂L/∂y}.
   */
  void backward(double[] theta, int offset, Workspace ws, double[] dOutput, double[] gradient) {
    int last = layers();
    System.arraycopy(dOutput, 0, ws.delta[last], 0, sizes[last]);
    for (int l = last - 1; l >= 0; l--) {
      double[] d = ws.delta[l + 1];
      double[] in = ws.post[l];
      int nIn = sizes[l];
      int w = offset + weightOffset[l];
      int b = offset + biasOffset[l];
      for (int o = 0; o < d.length; o++) {
        double g = d[o];
        if (g == 0) {
          continue;
        }
        gradient[b + o] += g;
        int row = w + o * nIn;
        for (int i = 0; i < nIn; i++) {
          gradient[row + i] += g * in[i];
        }
      }
      if (l > 0) {
        double[] below = ws.delta[l];
        Arrays.fill(below, 0);
        for (int o = 0; o < d.length; o++) {
          double g = d[o];
          if (g == 0) {
            continue;
          }
          int row = w + o * nIn;
          for (int i = 0; i < nIn; i++) {
            below[i] += g * theta[row + i];
          }
        }
        double[] z = ws.pre[l];
        double[] a = ws.post[l];
        for (int i = 0; i < nIn; i++) {
          below[i] *= activation.slope(z[i], a[i]);
        }
      }
    }
  }

  /**
   * Seeded initialisation at {@code theta[offset …]}: weights uniform in ±√(6/(fan_in + fan_out))
   * (Glorot and Bengio 2010) for tanh and output layers, ±√(6/fan_in) (He et al. 2015) for ReLU hidden
   * layers; biases 0.
   */
  void initialise(double[] theta, int offset, SplittableRandom random) {
    for (int l = 0; l < layers(); l++) {
      boolean relu = activation == Activation.RELU && l + 1 < layers();
      double limit = relu ? Math.sqrt(6.0 / sizes[l]) : Math.sqrt(6.0 / (sizes[l] + sizes[l + 1]));
      int w = offset + weightOffset[l];
      for (int k = 0; k < sizes[l] * sizes[l + 1]; k++) {
        theta[w + k] = random.nextDouble(-limit, limit);
      }
      Arrays.fill(theta, offset + biasOffset[l], offset + biasOffset[l] + sizes[l + 1], 0);
    }
  }

  /**
   * Adds the ridge penalty {@code (λ/2)·Σ W²} over the weights (not the biases) at
   * {@code theta[offset …]} to the gradient and returns its value.
   */
  double weightDecay(double[] theta, int offset, double lambda, double[] gradient) {
    if (lambda == 0) {
      return 0;
    }
    double sum = 0;
    for (int l = 0; l < layers(); l++) {
      int w = offset + weightOffset[l];
      for (int k = 0; k < sizes[l] * sizes[l + 1]; k++) {
        double v = theta[w + k];
        sum += v * v;
        gradient[w + k] += lambda * v;
      }
    }
    return lambda / 2 * sum;
  }
}
