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
import dev.parley.learn.train.OnlineDpo;
import dev.parley.learn.train.Optimizer;
import dev.parley.learn.train.PreferenceProblem;
import dev.parley.learn.train.RlhfPipeline;
import dev.parley.learn.train.Sampling;
import dev.parley.learn.train.Sppo;
import dev.parley.learn.train.TrainingResult;
import dev.parley.learn.train.Update;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Experiment (b) of issue 6: on an intransitive preference over three responses (REFERENCE §9.8,
 * {@code P = [[.5,.9,.2],[.1,.5,.7],[.8,.3,.5]]}, a rock–paper–scissors-like cycle), the Nash methods reach
 * the equilibrium they target — Nash-MD and INPO the KL-regularised Nash π*_τ (last iterate), SPPO and
 * DNO the von Neumann winner (2/9, 3/9, 4/9) (average iterate) — while the RLHF pipeline, whose
 * Bradley–Terry reward cannot represent the cycle, converges to a policy far from both (it ties the
 * first and third responses and nearly drops the second). Online DPO, which fits the same Bradley–Terry
 * link to on-policy pairs, is run alongside: it settles at a third point, near the von Neumann winner
 * but at neither target. Measured by exploitability
 * {@code max_y P(y ≻ π) − ½} (half the duality gap of the symmetric profile) and by the distance to each
 * method's target, over iterations, on a log–log chart.
 */
public final class IntransitiveExperiment {
  private IntransitiveExperiment() {}

  /**
   * Settings.
   *
   * @param preference the preference matrix
   * @param tau τ of the regularised methods (and β of the reward-based ones)
   * @param reference the reference policy μ
   * @param initial the initial policy π_0
   * @param iterations iterations of every method
   * @param pointsPerDecade chart points per power of ten
   * @param nashMdEta Nash-MD's step size
   * @param inpoEta INPO's step size
   * @param sppoEta SPPO's step size
   * @param dnoEta DNO's η (step 1/η)
   * @param dnoUpdate DNO's update (its soft-label loss, or the closed form)
   * @param learningRate the step size of online DPO's and the RLHF pipeline's gradient steps
   */
  public record Config(PreferenceMatrix preference, double tau, double[] reference, double[] initial, int iterations,
      int pointsPerDecade, double nashMdEta, double inpoEta, double sppoEta, double dnoEta, Update dnoUpdate,
      double learningRate) {

    public Config {
      Objects.requireNonNull(preference, "preference");
      reference = reference.clone();
      initial = initial.clone();
      Objects.requireNonNull(dnoUpdate, "dnoUpdate");
      if (reference.length != preference.size() || initial.length != preference.size()) {
        throw new IllegalArgumentException("reference and initial must have " + preference.size() + " entries");
      }
      if (iterations < 1) {
        throw new IllegalArgumentException("iterations must be ≥ 1, was " + iterations);
      }
    }

    /**
     * The full run: REFERENCE §9.8's matrix, τ = 0.1, uniform μ, π_0 = (0.6, 0.3, 0.1), 100 000 iterations;
     * Nash-MD η = 0.03, INPO η = 0.1, SPPO η = 0.1, DNO η = 10 by its loss, online DPO and the RLHF
     * policy gradient with β = τ and step 1.
     */
    public static Config full() {
      double third = 1.0 / 3;
      return new Config(PreferenceMatrix.intransitiveExample(), 0.1, new double[] {third, third, third},
          new double[] {0.6, 0.3, 0.1}, 100_000, 10, 0.03, 0.1, 0.1, 10, Update.LOSS, 1);
    }

    public Config withIterations(int t) {
      return new Config(preference, tau, reference, initial, t, pointsPerDecade, nashMdEta, inpoEta, sppoEta, dnoEta,
          dnoUpdate, learningRate);
    }

    public Config withDnoUpdate(Update u) {
      return new Config(preference, tau, reference, initial, iterations, pointsPerDecade, nashMdEta, inpoEta, sppoEta,
          dnoEta, u, learningRate);
    }

    @Override
    public double[] reference() {
      return reference.clone();
    }

    @Override
    public double[] initial() {
      return initial.clone();
    }
  }

  /**
   * The outcome.
   *
   * @param config the settings
   * @param vonNeumannWinner the von Neumann winner (zero-sum LP)
   * @param regularisedNash π*_τ
   * @param regularisedNashExploitability the (unregularised) exploitability of π*_τ
   * @param methods one trace per method: Nash-MD, INPO, SPPO (average and last), DNO (average), online DPO,
   *     the RLHF pipeline
   * @param chart the SVG file written
   */
  public record Result(Config config, double[] vonNeumannWinner, double[] regularisedNash,
      double regularisedNashExploitability, List<MethodTrace> methods, Path chart) {

    public Result {
      vonNeumannWinner = vonNeumannWinner.clone();
      regularisedNash = regularisedNash.clone();
      methods = List.copyOf(methods);
    }

    @Override
    public double[] vonNeumannWinner() {
      return vonNeumannWinner.clone();
    }

    @Override
    public double[] regularisedNash() {
      return regularisedNash.clone();
    }

    /** The trace whose method name starts with {@code prefix} and whose output is {@code output}. */
    public MethodTrace method(String prefix, String output) {
      return methods.stream().filter(m -> m.method().startsWith(prefix) && m.output().equals(output)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no method '" + prefix + "' (" + output + ") in " + methods.stream()
              .map(MethodTrace::method).toList()));
    }

    /** A plain-text table of the final values. */
    public String summary() {
      return String.format(Locale.ROOT, "intransitive preference, τ = %s, %d iterations%n"
          + "von Neumann winner %s; π*_τ %s (its exploitability %.4e)%n", config.tau(), config.iterations(),
          Traces.vector(vonNeumannWinner), Traces.vector(regularisedNash), regularisedNashExploitability)
          + Traces.table(methods);
    }
  }

  /** Runs every method and writes the chart to {@code chartFile}. */
  public static Result run(Config config, Path chartFile) throws IOException {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(chartFile, "chartFile");
    PreferenceMatrix p = config.preference();
    PreferenceOracle oracle = PreferenceOracle.single(p);
    PolicySpace space = oracle.space();
    SoftmaxPolicy mu = SoftmaxPolicy.ofProbabilities(space, new double[][] {config.reference()});
    PreferenceProblem problem = new PreferenceProblem(oracle, mu,
        SoftmaxPolicy.ofProbabilities(space, new double[][] {config.initial()}));
    double tau = config.tau();
    int t = config.iterations();
    List<Integer> at = Checkpoints.logSpaced(t, config.pointsPerDecade());
    double[] winner = p.vonNeumannWinner();
    double[] nash = p.regularisedNash(tau, config.reference());

    List<MethodTrace> traces = new ArrayList<>();
    TrainingResult nashMd = new NashMd(NashMd.Config.mirrorDescent(config.nashMdEta(), tau, t).withCheckpoints(at))
        .train(problem);
    traces.add(Traces.of(nashMd, false, p, "π*_τ", nash));
    TrainingResult inpo = new Inpo(Inpo.Config.closedForm(config.inpoEta(), tau, t).withCheckpoints(at)).train(problem);
    traces.add(Traces.of(inpo, false, p, "π*_τ", nash));
    TrainingResult sppo = new Sppo(Sppo.Config.multiplicativeWeights(config.sppoEta(), t).withCheckpoints(at))
        .train(problem);
    traces.add(Traces.of(sppo, true, p, "von Neumann winner", winner));
    traces.add(Traces.of(sppo, false, p, "von Neumann winner", winner));
    Dno.Config dno = config.dnoUpdate() == Update.LOSS ? Dno.Config.softLabelLoss(config.dnoEta(), t)
        : Dno.Config.closedForm(config.dnoEta(), t);
    traces.add(Traces.of(new Dno(dno.withCheckpoints(at)).train(problem), true, p, "von Neumann winner", winner));
    OnlineDpo.Config online = new OnlineDpo.Config(new DpoLoss(tau), t, Sampling.exact(),
        Optimizer.fixedSteps(1, config.learningRate()), 0, 0, at);
    traces.add(Traces.of(new OnlineDpo(online).train(problem), false, p, "nearer of the two", winner, nash));
    RlhfPipeline.Config rlhf = RlhfPipeline.Config.policyGradient(tau, t, config.learningRate()).withCheckpoints(at);
    traces.add(Traces.of(new RlhfPipeline(rlhf).train(problem), false, p, "nearer of the two", winner, nash));

    double nashExploitability = p.exploitability(nash);
    Figure figure = figure(config, traces, nashExploitability);
    figure.write(chartFile);
    return new Result(config, winner, nash, nashExploitability, traces, chartFile);
  }

  private static Figure figure(Config config, List<MethodTrace> traces, double nashExploitability) {
    List<LineChart.Series> exploitability = new ArrayList<>();
    List<LineChart.Series> distance = new ArrayList<>();
    for (MethodTrace m : traces) {
      String name = m.method() + ("average".equals(m.output()) ? " avg" : " last");
      boolean dashed = m.method().startsWith("DNO") || "last".equals(m.output()) && m.method().startsWith("SPPO");
      exploitability.add(new LineChart.Series(name, m.x(), m.exploitability(), dashed));
      distance.add(new LineChart.Series(name, m.x(), m.distance(), dashed));
    }
    LineChart top = LineChart.logLog("Exploitability max_y P(y ≻ π) − ½ (= half the duality gap)", "iteration",
        "exploitability", exploitability).withReferences(List.of(
            new LineChart.Reference(String.format(Locale.ROOT, "π*_τ: %.4f", nashExploitability), nashExploitability)));
    LineChart bottom = LineChart.logLog("Distance max_y |π(y) − target(y)| to the method's own target", "iteration",
        "distance", distance);
    return Figure.of("Intransitive preferences (REFERENCE §9.8): Nash methods vs the Bradley–Terry RLHF pipeline",
        String.format(Locale.ROOT, "τ = %s, μ uniform, π0 = (0.6, 0.3, 0.1); targets: Nash-MD, INPO → π*_τ; SPPO, DNO "
            + "averages → von Neumann winner (2/9, 3/9, 4/9); online DPO, RLHF → nearer of both", config.tau()),
        top, bottom);
  }

  /** Runs the full experiment; {@code args[0]}: the SVG path (default intransitive.svg), {@code args[1]}: iterations. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "intransitive.svg");
    Config config = args.length > 1 ? Config.full().withIterations(Integer.parseInt(args[1])) : Config.full();
    Result r = run(config, out);
    System.out.print(r.summary());
    System.out.println("chart: " + out.toAbsolutePath());
  }
}
