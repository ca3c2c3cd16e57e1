package dev.parley.learn.experiments;

import dev.parley.learn.chart.Figure;
import dev.parley.learn.chart.LineChart;
import dev.parley.learn.losses.DpoLoss;
import dev.parley.learn.policy.PolicySpace;
import dev.parley.learn.policy.SoftmaxPolicy;
import dev.parley.learn.preference.PreferenceMatrix;
import dev.parley.learn.preference.PreferenceOracle;
import dev.parley.learn.train.Checkpoints;
import dev.parley.learn.train.Dno;
import dev.parley.learn.train.Inpo;
import dev.parley.learn.train.NashMd;
import dev.parley.learn.train.OfflineDpo;
import dev.parley.learn.train.OnlineDpo;
import dev.parley.learn.train.Optimizer;
import dev.parley.learn.train.PreferenceProblem;
import dev.parley.learn.train.RlhfPipeline;
import dev.parley.learn.train.Sampling;
import dev.parley.learn.train.Sppo;
import dev.parley.learn.train.TrainingResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Experiment (a) of issue 6: on transitive (Bradley–Terry) preferences {@code P(y_i ≻ y_j) = σ(r_i − r_j)},
 * every method reaches the optimum of its own KL-regularised objective, and the reward-based ones share
 * one: offline DPO (whose closed form is checked), online DPO and the RLHF pipeline reach
 * {@code π_β(y) ∝ μ(y)·exp(r(y)/β)} (Rafailov et al. 2023, eq. 4); Nash-MD and INPO reach the regularised
 * Nash {@code π*_τ(y) ∝ μ(y)·exp(P(y ≻ π*_τ)/τ)} — the KL-regularised optimum against the equilibrium
 * opponent, which ranks the responses as π_β does but with the reward {@code P(y ≻ π*_τ)} in place of r;
 * the unregularised SPPO and DNO averages reach the von Neumann winner, which on transitive preferences
 * is the Condorcet winner (a pure policy).
 */
public final class TransitiveExperiment {
  private TransitiveExperiment() {}

  /**
   * Settings.
   *
   * @param rewards the Bradley–Terry rewards r
   * @param reference the reference policy μ (also π_0)
   * @param beta β of the reward-based methods and τ of the regularised Nash methods
   * @param iterations iterations of every method
   * @param pointsPerDecade chart points per power of ten
   * @param dpoLearningRate step size of offline and online DPO's gradient steps
   * @param policyGradientLearningRate step size of the RLHF pipeline's policy gradient
   * @param nashEta step size of Nash-MD and INPO
   * @param selfPlayEta SPPO's step size (DNO uses η = 1/step)
   */
  public record Config(double[] rewards, double[] reference, double beta, int iterations, int pointsPerDecade,
      double dpoLearningRate, double policyGradientLearningRate, double nashEta, double selfPlayEta) {

    public Config {
      rewards = rewards.clone();
      reference = reference.clone();
      if (rewards.length != reference.length || rewards.length < 2) {
        throw new IllegalArgumentException("rewards and reference must have one equal length ≥ 2, had " + rewards.length
            + " and " + reference.length);
      }
      if (!(beta > 0)) {
        throw new IllegalArgumentException("beta must be > 0, was " + beta);
      }
      if (iterations < 1) {
        throw new IllegalArgumentException("iterations must be ≥ 1, was " + iterations);
      }
    }

    /**
     * The full run: r = (1, 0, −0.5), μ = π_0 = (0.5, 0.3, 0.2), β = τ = 0.5, 20 000 iterations,
     * DPO step 10, policy-gradient step 1, Nash-MD/INPO η = 0.1, SPPO step 0.5 (DNO η = 2).
     */
    public static Config full() {
      return new Config(new double[] {1, 0, -0.5}, new double[] {0.5, 0.3, 0.2}, 0.5, 20_000, 10, 10, 1, 0.1, 0.5);
    }

    public Config withIterations(int t) {
      return new Config(rewards, reference, beta, t, pointsPerDecade, dpoLearningRate, policyGradientLearningRate,
          nashEta, selfPlayEta);
    }

    @Override
    public double[] rewards() {
      return rewards.clone();
    }

    @Override
    public double[] reference() {
      return reference.clone();
    }
  }

  /**
   * The outcome.
   *
   * @param config the settings
   * @param klOptimum {@code π_β ∝ μ·exp(r/β)}
   * @param regularisedNash π*_τ of the preference game with τ = β
   * @param condorcetWinner the von Neumann winner (pure)
   * @param dpoClosedFormError {@code max |π_DPO − π_β|} of offline DPO minimised to convergence on the
   *     expected dataset (DPO's closed form)
   * @param methods one trace per method
   * @param chart the SVG file written
   */
  public record Result(Config config, double[] klOptimum, double[] regularisedNash, double[] condorcetWinner,
      double dpoClosedFormError, List<MethodTrace> methods, Path chart) {

    public Result {
      klOptimum = klOptimum.clone();
      regularisedNash = regularisedNash.clone();
      condorcetWinner = condorcetWinner.clone();
      methods = List.copyOf(methods);
    }

    @Override
    public double[] klOptimum() {
      return klOptimum.clone();
    }

    @Override
    public double[] regularisedNash() {
      return regularisedNash.clone();
    }

    @Override
    public double[] condorcetWinner() {
      return condorcetWinner.clone();
    }

    /** The largest final distance of any method to its target. */
    public double worstFinalDistance() {
      return methods.stream().mapToDouble(MethodTrace::finalDistance).max().orElseThrow();
    }

    /** The trace whose method name starts with {@code prefix}. */
    public MethodTrace method(String prefix) {
      return methods.stream().filter(m -> m.method().startsWith(prefix)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no method '" + prefix + "'"));
    }

    /** A plain-text table of the final values. */
    public String summary() {
      return String.format(Locale.ROOT, "transitive preference σ(r_i − r_j), r = %s, μ = %s, β = τ = %s, %d iterations%n"
          + "π_β = μ·exp(r/β) %s; π*_τ %s; Condorcet winner %s; DPO closed-form error %.3e%n",
          Traces.vector(config.rewards()), Traces.vector(config.reference()), config.beta(), config.iterations(),
          Traces.vector(klOptimum), Traces.vector(regularisedNash), Traces.vector(condorcetWinner), dpoClosedFormError)
          + Traces.table(methods);
    }
  }

  /** Runs every method and writes the chart to {@code chartFile}. */
  public static Result run(Config config, Path chartFile) throws IOException {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(chartFile, "chartFile");
    double beta = config.beta();
    double[] r = config.rewards();
    double[] mu = config.reference();
    PreferenceMatrix p = PreferenceMatrix.bradleyTerry(r);
    PreferenceOracle oracle = PreferenceOracle.single(p);
    PolicySpace space = oracle.space();
    SoftmaxPolicy reference = SoftmaxPolicy.ofProbabilities(space, new double[][] {mu});
    PreferenceProblem problem = PreferenceProblem.startingAtReference(oracle, reference);
    int t = config.iterations();
    List<Integer> at = Checkpoints.logSpaced(t, config.pointsPerDecade());

    double[] optimum = new double[mu.length];
    double sum = 0;
    for (int i = 0; i < mu.length; i++) {
      optimum[i] = mu[i] * Math.exp(r[i] / beta);
      sum += optimum[i];
    }
    for (int i = 0; i < mu.length; i++) {
      optimum[i] /= sum;
    }
    double[] nash = p.regularisedNash(beta, mu);
    double[] winner = p.vonNeumannWinner();
    double closedFormError = Traces.nearest(new OfflineDpo(OfflineDpo.Config.expected(beta)).train(problem).last()
        .probabilities(0), optimum);

    List<MethodTrace> traces = new ArrayList<>();
    String kl = "π_β = μ·exp(r/β)";
    Optimizer dpoSteps = Optimizer.fixedSteps(1, config.dpoLearningRate());
    traces.add(Traces.of(new OfflineDpo(new OfflineDpo.Config(new DpoLoss(beta), t, Sampling.exact(), List.of(), dpoSteps,
        0, at)).train(problem), false, p, kl, optimum));
    traces.add(Traces.of(new OnlineDpo(new OnlineDpo.Config(new DpoLoss(beta), t, Sampling.exact(), dpoSteps, 0, 0, at))
        .train(problem), false, p, kl, optimum));
    traces.add(Traces.of(new RlhfPipeline(RlhfPipeline.Config.policyGradient(beta, t, config.policyGradientLearningRate())
        .withCheckpoints(at)).train(problem), false, p, kl, optimum));
    traces.add(Traces.of(new NashMd(NashMd.Config.mirrorDescent(config.nashEta(), beta, t).withCheckpoints(at))
        .train(problem), false, p, "π*_τ", nash));
    traces.add(Traces.of(new Inpo(Inpo.Config.closedForm(config.nashEta(), beta, t).withCheckpoints(at)).train(problem),
        false, p, "π*_τ", nash));
    TrainingResult sppo = new Sppo(Sppo.Config.multiplicativeWeights(config.selfPlayEta(), t).withCheckpoints(at))
        .train(problem);
    traces.add(Traces.of(sppo, true, p, "Condorcet winner", winner));
    traces.add(Traces.of(new Dno(Dno.Config.closedForm(1 / config.selfPlayEta(), t).withCheckpoints(at)).train(problem),
        true, p, "Condorcet winner", winner));

    figure(config, traces).write(chartFile);
    return new Result(config, optimum, nash, winner, closedFormError, traces, chartFile);
  }

  private static Figure figure(Config config, List<MethodTrace> traces) {
    List<LineChart.Series> distance = new ArrayList<>();
    for (MethodTrace m : traces) {
      distance.add(new LineChart.Series(m.method() + ("average".equals(m.output()) ? " avg" : ""), m.x(), m.distance(),
          m.method().startsWith("DNO") || m.method().startsWith("INPO")));
    }
    return Figure.of("Transitive (Bradley–Terry) preferences: every method reaches its KL-regularised optimum",
        String.format(Locale.ROOT, "r = %s, μ = π0 = %s, β = τ = %s; targets: DPO, online DPO, RLHF → μ·exp(r/β); "
            + "Nash-MD, INPO → π*_τ; SPPO, DNO averages → Condorcet winner", Traces.vector(config.rewards()),
            Traces.vector(config.reference()), config.beta()),
        LineChart.logLog("Distance max_y |π(y) − target(y)| to the method's own target", "iteration", "distance",
            distance));
  }

  /** Runs the full experiment; {@code args[0]}: the SVG path (default transitive.svg), {@code args[1]}: iterations. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "transitive.svg");
    Config config = args.length > 1 ? Config.full().withIterations(Integer.parseInt(args[1])) : Config.full();
    Result r = run(config, out);
    System.out.print(r.summary());
    System.out.println("chart: " + out.toAbsolutePath());
  }
}
