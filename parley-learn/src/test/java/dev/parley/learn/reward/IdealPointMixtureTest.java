package dev.parley.learn.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdealPointMixtureTest {
  private static final double[] TASTE = {1.5, -1, 0.5, 1};

  private static double taste(double sign, double[] x) {
    return sign * Vectors.dot(TASTE, x);
  }

  /** Pairs of one annotator whose reward is {@code sign·TASTE·x}, labels drawn from the BT model. */
  private static List<AnnotatedPair> annotator(String id, double sign, int n, SplittableRandom rnd) {
    List<AnnotatedPair> out = new ArrayList<>();
    for (FeaturePair p : Synthetic.sampled(n, TASTE.length, x -> taste(sign, x), rnd)) {
      out.add(new AnnotatedPair(id, p));
    }
    return out;
  }

  private record Population(List<AnnotatedPair> train, List<AnnotatedPair> test, Map<String, Integer> groups) {}

  /** 2·half annotators alternating between group 0 (likes TASTE) and group 1 (the opposite). */
  private static Population population(int half, int trainPairs, int testPairs, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<AnnotatedPair> train = new ArrayList<>();
    List<AnnotatedPair> test = new ArrayList<>();
    Map<String, Integer> groups = new LinkedHashMap<>();
    for (int i = 0; i < 2 * half; i++) {
      String id = "annotator-" + i;
      int group = i % 2;
      groups.put(id, group);
      train.addAll(annotator(id, group == 0 ? 1 : -1, trainPairs, rnd));
      test.addAll(annotator(id, group == 0 ? 1 : -1, testPairs, rnd));
    }
    return new Population(train, test, groups);
  }

  private static double bayes(List<AnnotatedPair> test, Map<String, Integer> groups) {
    int correct = 0;
    for (AnnotatedPair p : test) {
      double sign = groups.get(p.annotator()) == 0 ? 1 : -1;
      correct += taste(sign, p.pair().chosen()) > taste(sign, p.pair().rejected()) ? 1 : 0;
    }
    return (double) correct / test.size();
  }

  @Test
  void recoversTwoOpposedGroupsAndBeatsOneBradleyTerryModel() {
    Population pop = population(10, 40, 100, 1);
    Fit<IdealPointModel> fit = new IdealPointMixture(IdealPointMixture.Config.of(2, 2)).fit(pop.train());
    IdealPointModel model = fit.model();

    double assignment = model.assignmentAccuracy(pop.groups());
    double mixture = model.metrics(pop.test()).accuracy();
    double single = PreferenceMetrics.of(new BradleyTerryRewardTrainer(BradleyTerryRewardTrainer.Config.linear(1e-3))
        .fit(pop.train().stream().map(AnnotatedPair::pair).toList()).model(),
        pop.test().stream().map(AnnotatedPair::pair).toList()).accuracy();
    double bayes = bayes(pop.test(), pop.groups());
    System.out.printf("PAL (K=2, m=2, 20 annotators × 40 pairs): assignment accuracy %.3f, held-out %.4f vs single BT "
        + "%.4f, Bayes %.4f (%d steps)%n", assignment, mixture, single, bayes, fit.iterations());

    assertThat(model.annotators()).hasSize(20).startsWith("annotator-0", "annotator-1");
    assertThat(assignment).isEqualTo(1.0);
    assertThat(model.assignment("annotator-0")).isNotEqualTo(model.assignment("annotator-1"));
    assertThat(mixture).isGreaterThan(bayes - 0.02);
    assertThat(single).isBetween(0.4, 0.6);
    assertThat(mixture).isGreaterThan(single + 0.25);
  }

  @Test
  void adaptsToANewAnnotatorWithKWeights() {
    Population pop = population(10, 40, 100, 2);
    IdealPointModel model = new IdealPointMixture(IdealPointMixture.Config.of(2, 2)).fit(pop.train()).model();
    SplittableRandom rnd = new SplittableRandom(99);
    List<FeaturePair> few = annotator("newcomer", -1, 30, rnd).stream().map(AnnotatedPair::pair).toList();
    List<FeaturePair> heldOut = annotator("newcomer", -1, 500, rnd).stream().map(AnnotatedPair::pair).toList();

    Fit<IdealPointReward> fit = model.adapt(few, 1e-3, Solver.lbfgs(500, 1e-9));
    double accuracy = PreferenceMetrics.of(fit.model(), heldOut).accuracy();
    double bayes = Synthetic.bayesAccuracy(heldOut, x -> taste(-1, x));
    int group1 = model.assignment("annotator-1");
    System.out.printf("PAL adaptation from 30 pairs: mixture %s, held-out %.4f vs Bayes %.4f%n",
        java.util.Arrays.toString(fit.model().mixture()), accuracy, bayes);

    assertThat(fit.model().mixture()[group1]).isGreaterThan(0.5);
    assertThat(accuracy).isGreaterThan(bayes - 0.02);
  }

  @Test
  void objectivesMatchFiniteDifferences() {
    SplittableRandom rnd = new SplittableRandom(4);
    List<FeaturePair> pairs = new ArrayList<>();
    int[] who = new int[15];
    for (int i = 0; i < 15; i++) {
      pairs.add(FeaturePair.of(Synthetic.gaussian(3, rnd), Synthetic.gaussian(3, rnd), rnd.nextDouble(-1, 1),
          i % 2 == 0 ? 1 : rnd.nextDouble(), rnd.nextDouble(0.5, 2)));
      who[i] = i % 4;
    }
    for (Architecture shape : List.of(Architecture.linear(), Architecture.mlp(Activation.TANH, 4))) {
      IdealPointMixture mixture = new IdealPointMixture(IdealPointMixture.Config.of(3, 2).withProjector(shape).withL2(0.05));
      IdealPointMixture.Layout layout = new IdealPointMixture.Layout(new Mlp(3, shape, 2), 3, 4);
      Objective f = mixture.objective(layout, pairs, who);
      for (int trial = 0; trial < 3; trial++) {
        Gradients.check(f, Gradients.random(layout.size(), 1, rnd));
      }
    }
    // The adaptation objective over one annotator's K logits.
    List<AnnotatedPair> data = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      data.add(new AnnotatedPair("a" + who[i], pairs.get(i)));
    }
    IdealPointModel model = new IdealPointMixture(IdealPointMixture.Config.of(3, 2).withSolver(Solver.lbfgs(5, 0)))
        .fit(data).model();
    double[][] fc = pairs.stream().map(p -> model.embed(p.chosen())).toArray(double[][]::new);
    double[][] fr = pairs.stream().map(p -> model.embed(p.rejected())).toArray(double[][]::new);
    Objective adaptation = model.adaptation(pairs, fc, fr, 0.1);
    for (int trial = 0; trial < 3; trial++) {
      Gradients.check(adaptation, Gradients.random(3, 2, rnd));
    }
  }

  @Test
  void fitIsSeededAndDeterministic() {
    Population pop = population(3, 20, 1, 5);
    IdealPointMixture.Config config = IdealPointMixture.Config.of(2, 2).withSolver(Solver.adam(30, 0.05, 16)).withSeed(3);
    IdealPointModel a = new IdealPointMixture(config).fit(pop.train()).model();
    IdealPointModel b = new IdealPointMixture(config).fit(pop.train()).model();
    IdealPointModel c = new IdealPointMixture(config.withSeed(4)).fit(pop.train()).model();

    assertThat(a.projector()).isEqualTo(b.projector());
    assertThat(a.prototype(1)).containsExactly(b.prototype(1));
    assertThat(a.mixture("annotator-5")).containsExactly(b.mixture("annotator-5"));
    assertThat(a.projector()).isNotEqualTo(c.projector());
  }

  @Test
  void invalidInputsFailNamingTheValue() {
    Population pop = population(1, 5, 1, 6);
    IdealPointModel model = new IdealPointMixture(IdealPointMixture.Config.of(2, 2).withSolver(Solver.lbfgs(3, 0)))
        .fit(pop.train()).model();

    assertThatThrownBy(() -> model.mixture("stranger")).hasMessage("annotator 'stranger' was not in the training data");
    assertThatThrownBy(() -> model.rewardForMixture(new double[] {0.5, 0.6})).hasMessage("weights must sum to 1, sum to 1.1");
    assertThatThrownBy(() -> model.assignmentAccuracy(Map.of("annotator-0", 0)))
        .hasMessage("groups must name every annotator, missing 'annotator-1'");
    assertThatThrownBy(() -> IdealPointMixture.Config.of(0, 2)).hasMessage("prototypes must be ≥ 1, was 0");
    assertThatThrownBy(() -> new AnnotatedPair(" ", FeaturePair.of(new double[] {1}, new double[] {0})))
        .hasMessage("annotator must not be blank, was ' '");
  }
}
