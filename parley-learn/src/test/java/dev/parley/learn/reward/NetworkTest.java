package dev.parley.learn.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NetworkTest {

  @Test
  void forwardPassMatchesHandComputation() {
    // W1 = [[1, 2], [−1, 0.5]], b1 = [0.1, −0.2], W2 = [[3, −1]], b2 = [0.5].
    Network net = Network.of(Architecture.mlp(Activation.TANH, 2), 2, 1,
        new double[] {1, 2, -1, 0.5, 0.1, -0.2, 3, -1, 0.5});
    double expected = 3 * Math.tanh(0.3 - 0.8 + 0.1) - Math.tanh(-0.3 - 0.2 - 0.2) + 0.5;

    assertThat(net.apply(new double[] {0.3, -0.4})[0]).isCloseTo(expected, within(1e-15));

    Network relu = Network.of(Architecture.mlp(Activation.RELU, 2), 2, 1,
        new double[] {1, 2, -1, 0.5, 0.1, -0.2, 3, -1, 0.5});
    // z1 = [−0.4, −0.7] → ReLU zeroes both; only b2 remains.
    assertThat(relu.apply(new double[] {0.3, -0.4})[0]).isEqualTo(0.5);
  }

  @Test
  void linearNetworkExposesWeightsAndBias() {
    Network net = Network.linear(new double[][] {{1, -2, 3}, {0, 4, 0}}, new double[] {0.5, -1});

    assertThat(net.apply(new double[] {1, 1, 1})).containsExactly(2.5, 3);
    assertThat(net.weights(1)).containsExactly(0, 4, 0);
    assertThat(net.bias(0)).isEqualTo(0.5);
    assertThat(net.parameterCount()).isEqualTo(8);
    assertThat(RewardModel.linear(2, -1).reward(new double[] {3, 1})).isEqualTo(5);
  }

  @Test
  void backpropagationMatchesFiniteDifferences() {
    SplittableRandom rnd = new SplittableRandom(3);
    List<Architecture> shapes = List.of(Architecture.linear(), Architecture.mlp(Activation.TANH, 5),
        Architecture.mlp(Activation.RELU, 6), Architecture.mlp(Activation.TANH, 4, 3),
        Architecture.mlp(Activation.RELU, 5, 4));
    for (Architecture shape : shapes) {
      Mlp mlp = new Mlp(4, shape, 3);
      double[] x = Synthetic.gaussian(4, rnd);
      double[] coefficients = Synthetic.gaussian(3, rnd);
      Objective f = new Objective() {
        final Mlp.Workspace ws = mlp.workspace();

        @Override
        public int examples() {
          return 1;
        }


        @Override
        public double evaluate(double[] theta, double[] gradient, int[] order, int from, int to) {
          Arrays.fill(gradient, 0);
          double[] y = mlp.forward(theta, 0, x, ws);
          mlp.backward(theta, 0, ws, coefficients, gradient);
          return Vectors.dot(coefficients, y) + mlp.weightDecay(theta, 0, 0.3, gradient);
        }
      };
      for (int trial = 0; trial < 5; trial++) {
        Gradients.check(f, Gradients.random(mlp.parameterCount(), 1, rnd));
      }
    }
  }

  @Test
  void seededInitialisationIsReproducibleAndScaled() {
    Mlp mlp = new Mlp(10, Architecture.mlp(Activation.RELU, 20), 1);
    double[] a = new double[mlp.parameterCount()];
    double[] b = new double[mlp.parameterCount()];
    mlp.initialise(a, 0, new SplittableRandom(9));
    mlp.initialise(b, 0, new SplittableRandom(9));

    assertThat(a).containsExactly(b);
    double he = Math.sqrt(6.0 / 10);
    for (int i = 0; i < 200; i++) {
      assertThat(Math.abs(a[i])).isLessThanOrEqualTo(he);
    }
    assertThat(Arrays.copyOfRange(a, 200, 220)).containsOnly(0.0); // hidden biases
  }

  @Test
  void invalidShapesAndParametersFailNamingTheValue() {
    assertThatThrownBy(() -> Architecture.mlp(Activation.TANH, 4, 0))
        .hasMessage("hidden[1] must be ≥ 1, was 0");
    assertThatThrownBy(() -> Network.of(Architecture.linear(), 3, 1, new double[3]))
        .hasMessage("parameters must have 4 entries for linear 3→1, has 3");
    assertThatThrownBy(() -> Network.of(Architecture.linear(), 1, 1, new double[] {1, Double.NaN}))
        .hasMessage("parameters[1] must be finite, was NaN");
    assertThatThrownBy(() -> Network.linear(new double[][] {{1}}, new double[] {0}).apply(new double[] {1, 2}))
        .hasMessage("x must have 1 features, has 2");
    assertThatThrownBy(() -> Network.of(Architecture.mlp(Activation.RELU, 2), 1, 1, new double[7]).weights(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mlp[2]/relu");
    assertThatThrownBy(() -> Solver.adam(0, 0.01, 32)).hasMessage("maxIterations must be ≥ 1, was 0");
    assertThatThrownBy(() -> new Solver(Solver.Method.LBFGS, 10, 1, 16, 0))
        .hasMessage("batchSize must be 0 (full batch) for LBFGS, was 16");
  }
}
