package dev.parley.learn.experiments;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentProvider;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.agent.AgentType;
import dev.parley.core.agent.Decision;
import dev.parley.core.agent.MatchContext;
import dev.parley.core.critic.JudgeRequest;
import dev.parley.core.critic.Judgement;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.MatchInfo;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.engine.Seeds;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Provenance;
import dev.parley.core.episode.Step;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParamSpec;
import dev.parley.core.game.Params;
import dev.parley.core.game.ParseResult;
import dev.parley.learn.build.Branching;
import dev.parley.learn.build.DecisionPoint;
import dev.parley.learn.build.OutcomeMeasure;
import dev.parley.learn.build.OutcomeRuleJudge;
import dev.parley.learn.chart.Figure;
import dev.parley.learn.chart.LineChart;
import dev.parley.learn.losses.DpoLoss;
import dev.parley.learn.policy.PolicySpace;
import dev.parley.learn.policy.SoftmaxPolicy;
import dev.parley.learn.preference.PreferenceMatrix;
import dev.parley.learn.preference.PreferenceOracle;
import dev.parley.learn.preference.WeightedPair;
import dev.parley.learn.train.OfflineDpo;
import dev.parley.learn.train.PreferenceProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Self-play with judge preferences in a repeated 2×2 matrix game (issue 6, experiment c): a
 * softmax policy over the two actions, conditioned on the last round's pair of moves, plays itself;
 * at a random decision of each episode the game is branched (both actions, continued by the same
 * policy under the same seeds), an outcome-rule {@link dev.parley.core.critic.PairwiseJudge} asked in
 * both orders says which branch was better for the acting seat, and the policy is updated by DPO on
 * those judge preferences with the current policy as reference (iterative DPO). The claim checked:
 * the trained policy beats its starting policy on the game's own return, head to head.
 */
public final class SelfPlayExperiment {
  /** Contexts: the last round's moves (mine/theirs), or {@code start} before the first round. */
  static final String START = "start";

  /**
   * Settings.
   *
   * @param game a repeated two-action matrix game spec (its observations carry a {@code history})
   * @param iterations DPO rounds
   * @param episodesPerIteration self-play episodes (one branching point each) per round
   * @param repeats continuations per alternative at a branching point
   * @param beta DPO β
   * @param dpoSteps gradient steps per round
   * @param learningRate DPO step size
   * @param evaluationEpisodes head-to-head episodes per evaluation (half in each seat order)
   */
  public record Config(String game, int iterations, int episodesPerIteration, int repeats, double beta, int dpoSteps,
      double learningRate, int evaluationEpisodes, long seed) {
    public Config {
      Objects.requireNonNull(game, "game");
      if (iterations < 1 || episodesPerIteration < 1 || repeats < 1 || dpoSteps < 1 || evaluationEpisodes < 2) {
        throw new IllegalArgumentException("iterations, episodesPerIteration, repeats and dpoSteps must be ≥ 1 and "
            + "evaluationEpisodes ≥ 2");
      }
      if (!(beta > 0) || !(learningRate > 0)) {
        throw new IllegalArgumentException("beta and learningRate must be > 0, were " + beta + ", " + learningRate);
      }
    }

    /** Ten-round Prisoner's Dilemma, 8 rounds of 150 episodes. */
    public static Config full() {
      return new Config("repeated(stage=pd,rounds=10)", 8, 150, 2, 1.0, 100, 0.5, 1000, 1);
    }
  }

  /**
   * Outcome.
   *
   * @param headToHead mean return of the policy after each round (index 0: the start) against the
   *     starting policy, seats alternated
   * @param selfPlay mean return of each policy against itself
   * @param startAgainstStart mean return of the starting policy against itself (the baseline)
   * @param defection probability of the second action per context after each round
   */
  public record Result(Config config, double[] headToHead, double[] selfPlay, double startAgainstStart,
      Map<String, double[]> defection, int pairs, SoftmaxPolicy trained, Path chart) {

    /** Mean return of the trained policy against its starting policy. */
    public double trainedAgainstStart() {
      return headToHead[headToHead.length - 1];
    }

    public String summary() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "self-play with judge preferences in %s: %d "
          + "rounds × %d episodes, %d preference pairs%n", config.game(), config.iterations(),
          config.episodesPerIteration(), pairs));
      sb.append(String.format(Locale.ROOT, "start vs start: %.3f; trained vs start: %.3f; trained vs itself: %.3f%n",
          startAgainstStart, trainedAgainstStart(), selfPlay[selfPlay.length - 1]));
      defection.forEach((ctx, p) -> sb.append(String.format(Locale.ROOT, "  P(second action | %s): %.3f → %.3f%n",
          ctx, p[0], p[p.length - 1])));
      return sb.toString();
    }
  }

  private SelfPlayExperiment() {}

  public static Result run(Config config, Path chartFile) throws IOException {
    Objects.requireNonNull(chartFile, "chartFile");
    Game<?> g = GameRegistry.discover().load(config.game());
    return run(g, config, chartFile);
  }

  private static <A> Result run(Game<A> game, Config config, Path chartFile) throws IOException {
    if (game.numPlayers() != 2) {
      throw new IllegalArgumentException(config.game() + " is not a two-player game");
    }
    List<A> actions = game.newInitialState().legalActions(0);
    if (actions.size() != 2) {
      throw new IllegalArgumentException(config.game() + " must offer two actions, not " + actions.size());
    }
    List<String> options = List.of(game.codec().encode(actions.get(0)), game.codec().encode(actions.get(1)));
    Map<String, List<String>> contexts = new LinkedHashMap<>();
    contexts.put(START, options);
    for (String a : options) {
      for (String b : options) {
        contexts.put(a + "/" + b, options);
      }
    }
    PolicySpace space = PolicySpace.of(contexts);
    List<PreferenceMatrix> neutral = new ArrayList<>();
    for (int c = 0; c < space.contextCount(); c++) {
      neutral.add(PreferenceMatrix.of(new double[][] {{0.5, 0.5}, {0.5, 0.5}}));
    }
    PreferenceOracle oracle = PreferenceOracle.of(space, neutral);
    SoftmaxPolicy start = SoftmaxPolicy.uniform(space);
    Holder holder = new Holder(start, start);
    AgentRegistry registry = AgentRegistry.of(holder.provider(space, options));
    AgentFactory<A> current = registry.factory("current-policy", game);
    AgentFactory<A> initial = registry.factory("start-policy", game);
    EpisodeRunner runner = new EpisodeRunner(RunnerConfig.DEFAULT);
    Provenance prov = new Provenance("experiment", "experiment", game.type().versionedId(), "self-play");
    double[] headToHead = new double[config.iterations() + 1];
    double[] selfPlay = new double[config.iterations() + 1];
    Map<String, double[]> defection = new LinkedHashMap<>();
    for (String ctx : space.contexts()) {
      defection.put(ctx, new double[config.iterations() + 1]);
    }
    record(holder.current, space, defection, 0);
    double startVsStart = evaluate(game, runner, prov, initial, initial, config, -1);
    headToHead[0] = startVsStart;
    selfPlay[0] = startVsStart;
    int totalPairs = 0;
    SplittableRandom pick = new SplittableRandom(config.seed());
    for (int t = 1; t <= config.iterations(); t++) {
      List<WeightedPair> pairs = new ArrayList<>();
      for (int e = 0; e < config.episodesPerIteration(); e++) {
        long seed = Seeds.derive(config.seed(), (long) t * 1_000_000 + e);
        Episode episode = runner.run(game, List.of(current.create(), current.create()),
            new MatchInfo("self-play", e, seed, List.of(current.spec(), current.spec()), prov));
        List<Integer> decisions = new ArrayList<>();
        for (int i = 0; i < episode.steps().size(); i++) {
          if (episode.steps().get(i).seat() >= 0) {
            decisions.add(i);
          }
        }
        int step = decisions.get(pick.nextInt(decisions.size()));
        List<Branching.Branch> branches = Branching.replay(episode, step, game, List.of(current, current),
            new Branching.Given(options, config.repeats()), new Branching.Config(seed, RunnerConfig.DEFAULT));
        List<DecisionPoint> points = Branching.points(branches, game, OutcomeMeasure.RETURN);
        if (points.isEmpty()) {
          continue;
        }
        OutcomeRuleJudge judge = OutcomeRuleJudge.of(points, "return", 0);
        String first = answerFor(points, options.get(0));
        String second = answerFor(points, options.get(1));
        if (first == null || second == null) {
          continue;
        }
        JudgeRequest ask = new JudgeRequest(points.get(0).context().prompt(), first, second,
            "Which move gives the acting player the higher return?", seed, points.get(0).context().key());
        Judgement ab = judge.judge(ask);
        Judgement ba = judge.judge(ask.swapped());
        double p = (ab.probabilityFirst() + 1 - ba.probabilityFirst()) / 2;
        if (p == 0.5) {
          continue;
        }
        int c = space.contextIndex(context(episode, step, options));
        pairs.add(p > 0.5 ? new WeightedPair(c, 0, 1, 1) : new WeightedPair(c, 1, 0, 1));
      }
      totalPairs += pairs.size();
      if (!pairs.isEmpty()) {
        PreferenceProblem problem = PreferenceProblem.startingAtReference(oracle, holder.current);
        holder.current = new OfflineDpo(OfflineDpo.Config.onPairs(new DpoLoss(config.beta()), pairs,
            config.dpoSteps(), config.learningRate() / pairs.size())).train(problem).last();
      }
      record(holder.current, space, defection, t);
      headToHead[t] = evaluate(game, runner, prov, current, initial, config, t);
      selfPlay[t] = evaluate(game, runner, prov, current, current, config, t);
    }
    double[] rounds = new double[config.iterations() + 1];
    for (int i = 0; i < rounds.length; i++) {
      rounds[i] = i;
    }
    List<LineChart.Series> returns = List.of(new LineChart.Series("policy vs starting policy", rounds, headToHead, false),
        new LineChart.Series("policy vs itself", rounds, selfPlay, true));
    List<LineChart.Series> probs = new ArrayList<>();
    defection.forEach((ctx, p) -> probs.add(new LineChart.Series("after " + ctx, rounds, p, false)));
    Figure.of("Self-play with judge preferences: " + config.game(),
        "iterative DPO on outcome-rule judge preferences (both orders asked) between branched continuations",
        new LineChart("Mean return per episode", "training round", "return", LineChart.Scale.LINEAR,
            LineChart.Scale.LINEAR, returns, List.of(new LineChart.Reference("start vs start", startVsStart))),
        new LineChart("P(" + options.get(1) + ") by context", "training round", "probability",
            LineChart.Scale.LINEAR, LineChart.Scale.LINEAR, probs, List.of())).write(chartFile);
    return new Result(config, headToHead, selfPlay, startVsStart, defection, totalPairs, holder.current, chartFile);
  }

  /** The last round's moves before {@code step}, from the acting seat's side, or {@code start}. */
  static String context(Episode episode, int step, List<String> options) {
    Step at = episode.steps().get(step);
    String mine = null;
    String theirs = null;
    int lastMove = -1;
    for (int i = 0; i < step; i++) {
      Step s = episode.steps().get(i);
      if (s.seat() < 0 || s.move() >= at.move()) {
        continue;
      }
      if (s.move() > lastMove) {
        lastMove = s.move();
        mine = null;
        theirs = null;
      }
      if (s.seat() == at.seat()) {
        mine = s.action();
      } else {
        theirs = s.action();
      }
    }
    return mine == null || theirs == null ? START : mine + "/" + theirs;
  }

  private static void record(SoftmaxPolicy policy, PolicySpace space, Map<String, double[]> out, int t) {
    for (int c = 0; c < space.contextCount(); c++) {
      out.get(space.context(c))[t] = policy.probability(c, 1);
    }
  }

  /** Mean return of {@code a} against {@code b}, seats alternated. */
  private static <A> double evaluate(Game<A> game, EpisodeRunner runner, Provenance prov, AgentFactory<A> a,
      AgentFactory<A> b, Config config, int t) {
    double total = 0;
    for (int e = 0; e < config.evaluationEpisodes(); e++) {
      int seat = e % 2;
      long seed = Seeds.derive(config.seed() ^ 0xe7a1L, (long) (t + 1) * 1_000_000 + e);
      List<Agent<A>> seated = seat == 0 ? List.of(a.create(), b.create()) : List.of(b.create(), a.create());
      Episode ep = runner.run(game, seated, new MatchInfo("evaluation", e, seed,
          seat == 0 ? List.of(a.spec(), b.spec()) : List.of(b.spec(), a.spec()), prov));
      total += ep.returnOf(seat);
    }
    return total / config.evaluationEpisodes();
  }

  /** The policies the two agent types play: the one being trained and the starting one. */
  private static final class Holder {
    volatile SoftmaxPolicy current;
    final SoftmaxPolicy start;

    Holder(SoftmaxPolicy current, SoftmaxPolicy start) {
      this.current = current;
      this.start = start;
    }

    AgentProvider provider(PolicySpace space, List<String> options) {
      return () -> List.of(type("current-policy", () -> current, space, options),
          type("start-policy", () -> start, space, options));
    }
  }

  private static AgentType type(String name, java.util.function.Supplier<SoftmaxPolicy> policy, PolicySpace space,
      List<String> options) {
    return new AgentType() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return "a softmax policy conditioned on the last round's moves";
      }

      @Override
      public List<ParamSpec> parameters() {
        return List.of();
      }

      @Override
      public Optional<String> incompatibility(Game<?> game) {
        return Optional.empty();
      }

      @Override
      public <A> Agent<A> create(Params params, Game<A> game, AgentEnvironment environment) {
        SoftmaxPolicy fixed = policy.get();
        return new Agent<>() {
          private SplittableRandom random;

          @Override
          public void begin(MatchContext context) {
            random = context.random();
          }

          @Override
          public Decision<A> act(Observation observation, List<A> legal) {
            int c = space.contextIndex(context(observation));
            double[] p = fixed.probabilities(c);
            int o = random.nextDouble() < p[0] ? 0 : 1;
            ParseResult<A> parsed = game.codec().parse(options.get(o));
            return parsed instanceof ParseResult.Ok<A> ok ? Decision.of(ok.action())
                : Decision.failed("cannot read option " + options.get(o), null);
          }
        };
      }
    };
  }

  /** Context from an observation's {@code history} field (a list of maps with {@code you} and {@code other}). */
  @SuppressWarnings("unchecked")
  static String context(Observation observation) {
    Object history = observation.fields().get("history");
    if (!(history instanceof List<?> list) || list.isEmpty()) {
      return START;
    }
    Map<String, Object> last = (Map<String, Object>) list.get(list.size() - 1);
    return last.get("you") + "/" + last.get("other");
  }

  /** Runs the full experiment; {@code args[0]}: the SVG path (default self-play.svg). */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "self-play.svg");
    Result r = run(Config.full(), out);
    System.out.print(r.summary());
    System.out.println("chart: " + out.toAbsolutePath());
  }

  /** How the branches wrote the move {@code action} (its completion), or null when no branch played it. */
  private static String answerFor(List<DecisionPoint> points, String action) {
    for (DecisionPoint p : points) {
      if (p.action().equals(action)) {
        return p.completion();
      }
    }
    return null;
  }
}
