package dev.parley.learn.reward;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The shape of a feed-forward network between a feature vector and a model's outputs: the widths of its
 * hidden layers and their activation. No hidden layer is a linear (affine) model
 * {@code y = W·x + b}; with hidden layers {@code h_1 = act(W_1·x + b_1)}, …, {@code y = W_L·h_{L−1} + b_L}
 * (the output layer is affine). The input width comes from the data and the output width from the task
 * (1 for a Bradley–Terry reward, one per attribute for a regression head, the embedding width for an
 * ideal-point projector).
 *
 * @param hidden the hidden layer widths, each ≥ 1 (empty: linear)
 * @param activation the hidden layers' activation (unused by a linear model)
 */
public record Architecture(List<Integer> hidden, Activation activation) {

  public Architecture {
    hidden = List.copyOf(Objects.requireNonNull(hidden, "hidden"));
    Objects.requireNonNull(activation, "activation");
    for (int i = 0; i < hidden.size(); i++) {
      if (hidden.get(i) < 1) {
        throw new IllegalArgumentException("hidden[" + i + "] must be ≥ 1, was " + hidden.get(i));
      }
    }
  }

  /** A linear (affine) model. */
  public static Architecture linear() {
    return new Architecture(List.of(), Activation.TANH);
  }

  /** A multilayer perceptron with the given hidden widths (at least one). */
  public static Architecture mlp(Activation activation, int... hidden) {
    if (hidden.length == 0) {
      throw new IllegalArgumentException("hidden must name at least one layer width, was empty");
    }
    return new Architecture(Arrays.stream(hidden).boxed().toList(), activation);
  }

  /** Whether the model is linear (no hidden layer). */
  public boolean isLinear() {
    return hidden.isEmpty();
  }

  @Override
  public String toString() {
    return isLinear() ? "linear" : "mlp" + hidden + "/" + activation.name().toLowerCase(Locale.ROOT);
  }
}
