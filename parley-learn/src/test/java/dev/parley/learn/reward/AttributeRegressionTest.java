package dev.parley.learn.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.learn.losses.Logistic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AttributeRegressionTest {
  private static final List<String> HS2 = AttributeWeights.HELPSTEER2;
  /** True linear maps of the five attributes from six features, around the middle (2) of the 0–4 scale. */
  private static final double[][] B = {
      {0.8, 0.3, 0, 0, 0.2, 0}, {0.5, 0.6, 0, -0.2, 0, 0}, {0, 0, 0.7, 0, 0, 0.1}, {0, 0.2, 0, 0.6, 0, 0},
      {0, 0, 0, 0, 0.4, 0.9}};

  private static double[] linearScores(double[] x) {
    double[] y = new double[B.length];
    for (int a = 0; a < B.length; a++) {
      y[a] = 2 + Vectors.dot(B[a], x);
    }
    return y;
  }

  private static List<ScoredResponse> data(int n, double noise, SplittableRandom rnd,
      java.util.function.Function<double[], double[]> scores) {
    List<ScoredResponse> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double[] x = Synthetic.uniform(6, rnd);
      double[] y = scores.apply(x);
      for (int a = 0; a < y.length; a++) {
        y[a] += noise * rnd.nextGaussian();
      }
      out.add(ScoredResponse.of(x, y));
    }
    return out;
  }

  @Test
  void linearHeadsRecoverTheAttributeMaps() {
    SplittableRandom rnd = new SplittableRandom(1);
    List<ScoredResponse> train = data(600, 0.1, rnd, AttributeRegressionTest::linearScores);
    List<ScoredResponse> test = data(600, 0.1, rnd, AttributeRegressionTest::linearScores);

    Fit<AttributeRewardModel> fit = new AttributeRegression(AttributeRegression.Config.linear(1e-6)).fit(HS2, train);
    Network net = fit.model().network();
    double error = 0;
    for (int a = 0; a < B.length; a++) {
      double[] w = net.weights(a);
      for (int i = 0; i < w.length; i++) {
        error = Math.max(error, Math.abs(w[i] - B[a][i]));
      }
      error = Math.max(error, Math.abs(net.bias(a) - 2));
    }
    Map<String, Double> rmse = fit.model().rootMeanSquaredError(test);
    System.out.printf("HelpSteer2-style linear heads: max |B̂ − B| = %.4f, held-out RMSE %s%n", error, rmse);

    assertThat(error).isLessThan(0.03);
    assertThat(rmse.keySet()).containsExactlyElementsOf(HS2);
    assertThat(rmse.values()).allSatisfy(v -> assertThat(v).isBetween(0.08, 0.12));
  }

  @Test
  void mlpHeadFitsANonlinearAttributeTheLinearHeadCannot() {
    // complexity = 4·x1·x2 + 2, the other attributes linear.
    java.util.function.Function<double[], double[]> scores = x -> {
      double[] y = linearScores(x);
      y[3] = 2 + 4 * x[0] * x[1];
      return y;
    };
    SplittableRandom rnd = new SplittableRandom(2);
    List<ScoredResponse> train = data(500, 0.05, rnd, scores);
    List<ScoredResponse> test = data(500, 0.05, rnd, scores);

    double linear = new AttributeRegression(AttributeRegression.Config.linear(1e-6)).fit(HS2, train).model()
        .rootMeanSquaredError(test).get("complexity");
    Fit<AttributeRewardModel> mlp = new AttributeRegression(
        AttributeRegression.Config.mlp(Architecture.mlp(Activation.TANH, 12), 1e-5)
            .withSolver(Solver.lbfgs(800, 1e-7))).fit(HS2, train);
    double nonlinear = mlp.model().rootMeanSquaredError(test).get("complexity");
    System.out.printf("complexity = 4·x1·x2 + 2: held-out RMSE linear %.4f, MLP %.4f (%d steps)%n", linear, nonlinear,
        mlp.iterations());

    assertThat(linear).isGreaterThan(0.6);
    assertThat(nonlinear).isLessThan(0.15);
  }

  @Test
  void scalarisationCombinesThePredictedAttributes() {
    AttributeRewardModel model = new AttributeRewardModel(HS2,
        Network.linear(new double[][] {{1, 0}, {0, 1}, {1, 1}, {2, 0}, {0, -1}}, new double[] {0, 0, 0, 0, 1}));
    double[] x = {0.5, 2};
    // ŷ = (0.5, 2, 2.5, 1, −1)
    assertThat(model.predict(x)).containsExactly(0.5, 2, 2.5, 1, -1);
    assertThat(model.scalarised(AttributeWeights.llama3SteerLm()).reward(x))
        .isCloseTo(0.65 * 0.5 + 0.8 * 2 + 0.45 * 2.5 + 0.55 * 1 - 0.4 * -1, within(1e-15));
    assertThat(model.scalarised(AttributeWeights.nemotron4Reward()).reward(x))
        .isCloseTo(0.3 * 0.5 + 0.74 * 2 + 0.46 * 2.5 + 0.47 * 1 - 0.33 * -1, within(1e-15));
    assertThat(model.scalarised(AttributeWeights.only("correctness")).reward(x)).isEqualTo(2);
    assertThat(AttributeWeights.llama3SteerLm().combine(HS2, new double[] {4, 4, 4, 4, 0}))
        .isCloseTo(4 * (0.65 + 0.8 + 0.45 + 0.55), within(1e-12));

    assertThatThrownBy(() -> model.scalarised(AttributeWeights.only("harmlessness")))
        .hasMessage("attribute 'harmlessness' is not one of " + HS2);
    assertThatThrownBy(() -> AttributeWeights.of(HS2, 1, 2))
        .hasMessage("weights must have one entry per attribute (5), has 2");
  }

  @Test
  void combinationWeightsAreLearnedFromPreferences() {
    AttributeRewardModel model = new AttributeRewardModel(HS2, Network.linear(B, new double[] {2, 2, 2, 2, 2}));
    double[] truth = {0.65, 0.8, 0.45, 0.55, -0.4};
    RewardModel target = model.scalarised(AttributeWeights.of(HS2, truth));
    List<FeaturePair> pairs = new ArrayList<>();
    SplittableRandom rnd = new SplittableRandom(3);
    for (int i = 0; i < 4000; i++) {
      double[] a = Synthetic.gaussian(6, rnd);
      double[] b = Synthetic.gaussian(6, rnd);
      boolean aWins = rnd.nextDouble() < Logistic.sigmoid(target.reward(a) - target.reward(b));
      pairs.add(aWins ? FeaturePair.of(a, b) : FeaturePair.of(b, a));
    }

    AttributeWeights learned = model.fitWeights(pairs, 1e-6);
    System.out.println("Learned attribute weights " + learned.weights());

    assertThat(learned.aligned(HS2)).containsExactly(truth, within(0.15));
  }

  @Test
  void objectiveMatchesFiniteDifferences() {
    SplittableRandom rnd = new SplittableRandom(6);
    List<ScoredResponse> data = data(10, 0.5, rnd, AttributeRegressionTest::linearScores);
    for (Architecture shape : List.of(Architecture.linear(), Architecture.mlp(Activation.TANH, 4),
        Architecture.mlp(Activation.RELU, 5, 3))) {
      AttributeRegression regression = new AttributeRegression(AttributeRegression.Config.mlp(shape, 0.1));
      Mlp mlp = new Mlp(6, shape, 5);
      for (int trial = 0; trial < 3; trial++) {
        Gradients.check(regression.objective(mlp, data), Gradients.random(mlp.parameterCount(), 1, rnd));
      }
    }
  }

  @Test
  void fitIsSeededAndDeterministic() {
    List<ScoredResponse> data = data(100, 0.1, new SplittableRandom(7), AttributeRegressionTest::linearScores);
    AttributeRegression.Config config = AttributeRegression.Config.mlp(Architecture.mlp(Activation.RELU, 6), 1e-3)
        .withSolver(Solver.adam(10, 0.01, 16)).withSeed(5);

    Network a = new AttributeRegression(config).fit(HS2, data).model().network();
    Network b = new AttributeRegression(config).fit(HS2, data).model().network();
    Network c = new AttributeRegression(config.withSeed(6)).fit(HS2, data).model().network();

    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
  }

  @Test
  void invalidDataFailsNamingTheValue() {
    AttributeRegression regression = new AttributeRegression(AttributeRegression.Config.linear(0));
    ScoredResponse ok = ScoredResponse.of(new double[] {1, 2}, new double[] {3, 4, 0, 1, 2});

    assertThatThrownBy(() -> regression.fit(HS2, List.of(ok, ScoredResponse.of(new double[] {1, 2}, new double[] {3}))))
        .hasMessage("data[1] has 1 scores, expected one per attribute (5)");
    assertThatThrownBy(() -> regression.fit(List.of("a", "a"), List.of(ok)))
        .hasMessage("attributes must be distinct, were [a, a]");
    assertThatThrownBy(() -> ScoredResponse.of(new double[] {1}, new double[] {Double.NaN}))
        .hasMessage("scores[0] must be finite, was NaN");
  }
}
