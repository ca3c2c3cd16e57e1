package dev.parley.learn.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.learn.losses.Logistic;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BradleyTerryRewardTrainerTest {
  private static final double TOL = 1e-9;

  /** The objective J of a 1-feature linear model at weight 1, bias 0, on one pair. */
  private static double[] lossAndGradient(FeaturePair pair, double centring) {
    BradleyTerryRewardTrainer trainer =
        new BradleyTerryRewardTrainer(BradleyTerryRewardTrainer.Config.linear(0).withCentring(centring));
    Objective f = trainer.objective(new Mlp(1, Architecture.linear(), 1), List.of(pair));
    double[] g = new double[2];
    double value = f.evaluate(new double[] {1, 0}, g);
    return new double[] {value, g[0], g[1]};
  }

  @Test
  void objectiveMatchesReferenceRewardLossVectors() {
    // REFERENCE §9.1: r_c = 1.5, r_r = 0.3.
    double[] plain = lossAndGradient(FeaturePair.of(new double[] {1.5}, new double[] {0.3}), 0);
    assertThat(plain[0]).isCloseTo(0.2632824673, within(TOL));
    // ∂J/∂w = ∂L/∂r_c·1.5 + ∂L/∂r_r·0.3 = −1.2·σ(−1.2); the bias cancels.
    assertThat(plain[1]).isCloseTo(-1.2 * Logistic.sigmoid(-1.2), within(1e-15));
    assertThat(plain[2]).isCloseTo(0, within(1e-15));

    assertThat(lossAndGradient(FeaturePair.withMargin(new double[] {1.5}, new double[] {0.3}, 1), 0)[0])
        .isCloseTo(0.5981388694, within(TOL));
    double[] centred = lossAndGradient(FeaturePair.of(new double[] {1.5}, new double[] {0.3}), 0.01);
    assertThat(centred[0]).isCloseTo(0.2956824673, within(TOL));
    // The bias enters both rewards: ∂J/∂b = 2·2c·(r_c + r_r).
    assertThat(centred[2]).isCloseTo(4 * 0.01 * 1.8, within(1e-15));
    // Scaled BT, strength +3: the second response is much better, weight 3.
    assertThat(lossAndGradient(FeaturePair.scaledBt(new double[] {0.3}, new double[] {1.5}, 3), 0)[0])
        .isCloseTo(0.7898474020, within(TOL));
  }

  @Test
  void softLabelWithMarginReachesItsClosedForm() {
    // One pair x_c = 1, x_r = 0, p = 0.8, margin 1: the optimum has σ(w − 1) = 0.8, so w = 1 + log 4.
    FeaturePair pair = FeaturePair.of(new double[] {1}, new double[] {0}, 1, 0.8, 1);
    Fit<NetworkReward> fit = new BradleyTerryRewardTrainer(
        BradleyTerryRewardTrainer.Config.linear(0).withSolver(Solver.lbfgs(200, 1e-13))).fit(List.of(pair));

    assertThat(fit.model().weights()[0]).isCloseTo(1 + Math.log(4), within(1e-9));
    assertThat(fit.model().network().bias(0)).isZero();
    assertThat(fit.gradientNorm()).isLessThan(1e-13);
    // The swapped pair is the same example.
    assertThat(new BradleyTerryRewardTrainer(BradleyTerryRewardTrainer.Config.linear(0)
        .withSolver(Solver.lbfgs(200, 1e-13))).fit(List.of(pair.swapped())).model().weights()[0])
        .isCloseTo(1 + Math.log(4), within(1e-9));
  }

  @Test
  void llama2MarginsAndScaledBtStrengths() {
    assertThat(Llama2Rating.SIGNIFICANTLY_BETTER.margin(Llama2Rating.Scale.SMALL)).isEqualTo(1);
    assertThat(Llama2Rating.BETTER.margin(Llama2Rating.Scale.SMALL)).isEqualTo(2.0 / 3);
    assertThat(Llama2Rating.SLIGHTLY_BETTER.margin(Llama2Rating.Scale.LARGE)).isEqualTo(1);
    assertThat(Llama2Rating.NEGLIGIBLY_BETTER_OR_UNSURE.margin(Llama2Rating.Scale.LARGE)).isZero();

    FeaturePair firstBetter = FeaturePair.scaledBt(new double[] {1}, new double[] {2}, -2);
    assertThat(firstBetter.chosen()).containsExactly(1);
    assertThat(firstBetter.weight()).isEqualTo(2);
    assertThatThrownBy(() -> FeaturePair.scaledBt(new double[] {1}, new double[] {2}, 0))
        .hasMessageStartingWith("strength must be a nonzero integer in [−3, 3]")
        .hasMessageEndingWith("was 0");
  }

  @Test
  void largerMarginsSpreadTheRewardsOfStrongerPreferences() {
    // Two disjoint pairs on separate features, one rated significantly better (margin 3), one
    // negligibly better (margin 0); with the same ridge, the margin pair's reward gap is larger.
    List<FeaturePair> pairs = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      pairs.add(FeaturePair.withMargin(new double[] {1, 0}, new double[] {0, 0},
          Llama2Rating.SIGNIFICANTLY_BETTER.margin(Llama2Rating.Scale.LARGE)));
      pairs.add(FeaturePair.withMargin(new double[] {0, 1}, new double[] {0, 0},
          Llama2Rating.NEGLIGIBLY_BETTER_OR_UNSURE.margin(Llama2Rating.Scale.LARGE)));
    }
    double[] w = new BradleyTerryRewardTrainer(BradleyTerryRewardTrainer.Config.linear(0.1)).fit(pairs).model().weights();

    assertThat(w[0]).isGreaterThan(w[1] + 1.5);
    assertThat(w[1]).isPositive();
  }

  @Test
  void objectivesMatchFiniteDifferences() {
    SplittableRandom rnd = new SplittableRandom(5);
    List<FeaturePair> pairs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      pairs.add(FeaturePair.of(Synthetic.gaussian(3, rnd), Synthetic.gaussian(3, rnd), rnd.nextDouble(-1, 2),
          i % 3 == 0 ? 1 : rnd.nextDouble(), rnd.nextDouble(0.5, 3)));
    }
    for (Architecture shape : List.of(Architecture.linear(), Architecture.mlp(Activation.TANH, 4),
        Architecture.mlp(Activation.RELU, 5, 3))) {
      BradleyTerryRewardTrainer trainer = new BradleyTerryRewardTrainer(
          new BradleyTerryRewardTrainer.Config(shape, 0.1, 0.01, Solver.lbfgs(10, 0), 0));
      Mlp mlp = new Mlp(3, shape, 1);
      Objective f = trainer.objective(mlp, pairs);
      for (int trial = 0; trial < 3; trial++) {
        Gradients.check(f, Gradients.random(mlp.parameterCount(), 1, rnd));
      }
    }
  }

  @Test
  void linearModelRecoversTheTrueWeightsAndTheBayesRate() {
    double[] truth = {2, -1, 0.5, 0, 1.5};
    NetworkReward trueReward = RewardModel.linear(truth);
    SplittableRandom rnd = new SplittableRandom(42);
    List<FeaturePair> train = Synthetic.sampled(10000, 5, trueReward::reward, rnd);
    List<FeaturePair> test = Synthetic.sampled(5000, 5, trueReward::reward, rnd);

    Fit<NetworkReward> fit = new BradleyTerryRewardTrainer(BradleyTerryRewardTrainer.Config.linear(1e-6)).fit(train);
    double[] w = fit.model().weights();

    double error = 0;
    for (int i = 0; i < truth.length; i++) {
      error = Math.max(error, Math.abs(w[i] - truth[i]));
    }
    double cosine = Vectors.dot(w, truth) / Math.sqrt(Vectors.dot(w, w) * Vectors.dot(truth, truth));
    double bayes = Synthetic.bayesAccuracy(test, trueReward::reward);
    double accuracy = PreferenceMetrics.of(fit.model(), test).accuracy();
    System.out.printf("BT linear: w=%s, max|w−w*|=%.4f, cos=%.6f, held-out %.4f vs Bayes %.4f, %d steps%n",
        java.util.Arrays.toString(w), error, cosine, accuracy, bayes, fit.iterations());

    assertThat(fit.gradientNorm()).isLessThan(1e-9);
    assertThat(error).isLessThan(0.15);
    assertThat(cosine).isGreaterThan(0.998);
    assertThat(accuracy).isCloseTo(bayes, within(0.01));
    assertThat(PreferenceMetrics.of(fit.model(), test).logLoss())
        .isCloseTo(PreferenceMetrics.of(trueReward, test).logLoss(), within(0.01));
  }

  @Test
  void adamReachesTheLbfgsSolution() {
    NetworkReward trueReward = RewardModel.linear(1, -2, 0.5);
    List<FeaturePair> train = Synthetic.sampled(2000, 3, trueReward::reward, new SplittableRandom(8));
    BradleyTerryRewardTrainer.Config config = BradleyTerryRewardTrainer.Config.linear(1e-3);
    double[] exact = new BradleyTerryRewardTrainer(config).fit(train).model().weights();
    double[] fullBatch = new BradleyTerryRewardTrainer(config.withSolver(Solver.adam(1500, 0.02, 0))).fit(train)
        .model().weights();
    double[] miniBatch = new BradleyTerryRewardTrainer(config.withSolver(Solver.adam(100, 0.002, 50))).fit(train)
        .model().weights();
    System.out.printf("Adam vs L-BFGS: %s / %s / %s%n", java.util.Arrays.toString(exact),
        java.util.Arrays.toString(fullBatch), java.util.Arrays.toString(miniBatch));

    assertThat(fullBatch).containsExactly(exact, within(1e-3));
    assertThat(miniBatch).containsExactly(exact, within(0.05));
  }

  @Test
  void mlpLearnsAnXorPreferenceALinearModelCannot() {
    // True reward x1·x2 on [−1, 1]²: a saddle, uncorrelated with every linear function.
    SplittableRandom rnd = new SplittableRandom(11);
    List<FeaturePair> train = Synthetic.deterministic(1000, 2, x -> x[0] * x[1], rnd);
    List<FeaturePair> test = Synthetic.deterministic(2000, 2, x -> x[0] * x[1], rnd);

    double linear = PreferenceMetrics.of(
        new BradleyTerryRewardTrainer(BradleyTerryRewardTrainer.Config.linear(1e-4)).fit(train).model(), test)
        .accuracy();
    Fit<NetworkReward> tanh = new BradleyTerryRewardTrainer(
        BradleyTerryRewardTrainer.Config.mlp(Architecture.mlp(Activation.TANH, 8), 1e-4)).fit(train);
    Fit<NetworkReward> relu = new BradleyTerryRewardTrainer(
        BradleyTerryRewardTrainer.Config.mlp(Architecture.mlp(Activation.RELU, 16, 8), 1e-4).withSeed(1)
            .withSolver(Solver.lbfgs(500, 1e-7))).fit(train);
    double tanhAccuracy = PreferenceMetrics.of(tanh.model(), test).accuracy();
    double reluAccuracy = PreferenceMetrics.of(relu.model(), test).accuracy();
    System.out.printf("XOR held-out accuracy: linear %.4f, tanh[8] %.4f (%d steps), relu[16,8] %.4f (%d steps)%n",
        linear, tanhAccuracy, tanh.iterations(), reluAccuracy, relu.iterations());

    assertThat(linear).isBetween(0.4, 0.6);
    assertThat(tanhAccuracy).isGreaterThan(0.93);
    assertThat(reluAccuracy).isGreaterThan(0.9);
  }

  @Test
  void trainingIsSeededAndDeterministic() {
    List<FeaturePair> train = Synthetic.deterministic(300, 2, x -> x[0] * x[1], new SplittableRandom(2));
    BradleyTerryRewardTrainer.Config config = BradleyTerryRewardTrainer.Config
        .mlp(Architecture.mlp(Activation.TANH, 6), 1e-3).withSolver(Solver.adam(20, 0.01, 32)).withSeed(7);

    NetworkReward a = new BradleyTerryRewardTrainer(config).fit(train).model();
    NetworkReward b = new BradleyTerryRewardTrainer(config).fit(train).model();
    NetworkReward c = new BradleyTerryRewardTrainer(config.withSeed(8)).fit(train).model();

    assertThat(a).isEqualTo(b);
    assertThat(a.network().parameters()).containsExactly(b.network().parameters());
    assertThat(a).isNotEqualTo(c);
  }

  @Test
  void invalidDataAndSettingsFailNamingTheValue() {
    BradleyTerryRewardTrainer trainer = new BradleyTerryRewardTrainer(BradleyTerryRewardTrainer.Config.linear(0));
    assertThatThrownBy(() -> trainer.fit(List.of())).hasMessage("pairs must not be empty");
    assertThatThrownBy(() -> trainer.fit(List.of(FeaturePair.of(new double[] {1, 2}, new double[] {0, 0}),
        FeaturePair.of(new double[] {1}, new double[] {0}))))
        .hasMessage("pairs[1] has 1 features, pairs[0] has 2");
    assertThatThrownBy(() -> BradleyTerryRewardTrainer.Config.linear(-1)).hasMessage("l2 must be a finite number ≥ 0, was -1.0");
    assertThatThrownBy(() -> FeaturePair.soft(new double[] {1}, new double[] {0}, 1.5))
        .hasMessage("probability must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> FeaturePair.of(new double[] {1, 2}, new double[] {0}))
        .hasMessage("chosen and rejected must have the same number (≥ 1) of features, had 2 and 1");
    assertThatThrownBy(() -> FeaturePair.of(new double[] {Double.POSITIVE_INFINITY}, new double[] {0}))
        .hasMessage("chosen[0] must be finite, was Infinity");
  }
}
