package dev.parley.app;

import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.engine.Seeds;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.critic.PairwiseJudge;
import dev.parley.core.game.GameType;
import dev.parley.learn.build.Attributes;
import dev.parley.learn.build.Branching;
import dev.parley.learn.build.DecisionPoint;
import dev.parley.learn.build.DecisionPoints;
import dev.parley.learn.build.JudgePairs;
import dev.parley.learn.build.OutcomeMeasure;
import dev.parley.learn.build.OutcomePairs;
import dev.parley.learn.build.OutcomeRuleJudge;
import dev.parley.learn.data.Dataset;
import dev.parley.learn.data.Source;
import dev.parley.learn.data.DatasetRecord;
import dev.parley.learn.data.Datasets;
import dev.parley.learn.data.PreferenceRecord;
import dev.parley.learn.data.TrlJsonl;
import dev.parley.store.JdbcRunStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Preference datasets from stored play, in the training ecosystem's (TRL) JSONL formats. */
@Command(name = "prefs", mixinStandardHelpOptions = true,
    description = "Preference datasets from stored play, in TRL's JSONL formats.",
    subcommands = {PrefsCommand.Export.class, PrefsCommand.Branch.class, PrefsCommand.Judge.class,
        PrefsCommand.Check.class})
final class PrefsCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The run a subcommand reads: its id and the store that holds it. */
  static final class RunInput {
    @Parameters(paramLabel = "RUN", description = "run id (see: parley runs)")
    String runId;

    @Mixin
    StoreOption store;

    /** The run's stored episodes; an unknown run is bad input naming the runs there are. */
    List<Episode> episodes() {
      List<Episode> episodes = new ArrayList<>();
      try (JdbcRunStore s = store.open()) {
        if (s.findRun(runId).isEmpty()) {
          throw new BadInputException(RunsCommand.unknownRun(s, runId));
        }
        s.forEachEpisode(runId, episodes::add);
      }
      return episodes;
    }

    /** The run's episodes that ended in a terminal state. */
    List<Episode> completed() {
      List<Episode> out = new ArrayList<>();
      for (Episode e : episodes()) {
        if (e.status() == EpisodeStatus.COMPLETED) {
          out.add(e);
        }
      }
      return out;
    }

    /** {@code --out}, else {@code RUN.SUFFIX}. */
    Path file(Path out, String suffix) {
      return out != null ? out : Path.of(runId + "." + suffix);
    }
  }

  /** The {@code --format} value checked: {@code preference} or {@code unpaired}. */
  static String format(String format) {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("preference") && !f.equals("unpaired")) {
      throw new BadInputException("--format must be preference or unpaired, got " + format);
    }
    return f;
  }

  /** Writes pairs as TRL JSONL, paired or (format {@code unpaired}) as single completions with labels. */
  static void write(Dataset<PreferenceRecord> data, String format, Path file) {
    List<? extends DatasetRecord> rows = format(format).equals("unpaired") ? Datasets.unpair(data).records()
        : data.records();
    AtomicFiles.write(file, w -> TrlJsonl.withMetadata().write(rows, w));
  }

  /** How pairs are made and written, shared by {@code export} and {@code branch}. */
  static final class PairOptions {
    @Option(names = "--format", defaultValue = "preference", paramLabel = "FORMAT", description = "preference or unpaired "
        + "(default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--pairing", defaultValue = "all", paramLabel = "HOW", description = "all (every pair of different outcomes in a "
        + "context) or best-worst (default: ${DEFAULT-VALUE})")
    String pairing;

    @Option(names = "--min-gap", defaultValue = "0", paramLabel = "X",
        description = "smallest outcome difference that makes a pair (default: ${DEFAULT-VALUE})")
    double minGap;

    @Option(names = "--different-moves", description = "pair only answers whose moves differ, leaving out pairs that "
        + "differ only in talk or wording (their outcomes differ through what happened later)")
    boolean differentMoves;

    /** The pair builder's settings; bad values are bad input naming what is accepted. */
    OutcomePairs.Config config() {
      format(format);
      OutcomePairs.Pairing p = switch (pairing.toLowerCase(Locale.ROOT)) {
        case "all" -> OutcomePairs.Pairing.ALL;
        case "best-worst" -> OutcomePairs.Pairing.BEST_WORST;
        default -> throw new BadInputException("--pairing must be all or best-worst, got " + pairing);
      };
      if (!(minGap >= 0) || Double.isInfinite(minGap)) {
        throw new BadInputException("--min-gap must be a finite number ≥ 0, got " + minGap);
      }
      return OutcomePairs.Config.DEFAULT.withPairing(p).withMinGap(minGap).withDifferentMoves(differentMoves);
    }

    void write(Dataset<PreferenceRecord> data, Path file) {
      PrefsCommand.write(data, format, file);
    }

    /** Says how many pairs make the same move on both sides, which outcomes then do not explain. */
    void warnTalkOnly(PrintWriter w, List<Dataset<PreferenceRecord>> parts) {
      if (differentMoves) {
        return;
      }
      long same = 0;
      long total = 0;
      for (Dataset<PreferenceRecord> data : parts) {
        total += data.size();
        same += data.records().stream().filter(r -> {
          Map<String, String> a = r.metadata().attributes();
          return Objects.equals(a.get(Attributes.CHOSEN + Attributes.MOVE), a.get(Attributes.REJECTED + Attributes.MOVE));
        }).count();
      }
      if (same > 0) {
        w.printf(Locale.ROOT, "note: %d of %d pairs make the same move on both sides and differ only in talk or "
            + "wording; --different-moves leaves them out (branching re-plays give pairs that differ in the move)%n",
            same, total);
      }
    }
  }

  /** Builds outcome pairs from a run and writes them. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = {"Build outcome pairs from a stored run — two decisions from exactly the same prompt context",
          "whose episodes ended with different returns for the acting seat, the better one chosen — and write them",
          "as TRL JSONL (prompt/chosen/rejected, or prompt/completion/label with --format unpaired), with",
          "Parley's provenance under the extra field \"parley\". With --test-fraction, episodes are split before",
          "pairing, so no episode feeds both files."})
  static final class Export implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RunInput run;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "output file (default: RUN.prefs.jsonl)")
    Path out;

    @Mixin
    PairOptions pairs;

    @Option(names = "--test-fraction", defaultValue = "0", paramLabel = "F",
        description = "share of episodes held out (default: ${DEFAULT-VALUE})")
    double testFraction;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
        description = "seed of the train/test split (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public void run() {
      PrintWriter w = spec.commandLine().getOut();
      OutcomePairs builder = new OutcomePairs(pairs.config());
      if (!(testFraction >= 0 && testFraction < 1)) {
        throw new BadInputException("--test-fraction must be in [0, 1), got " + testFraction);
      }
      List<Episode> episodes = run.episodes();
      GameRegistry games = GameRegistry.discover();
      Path file = run.file(out, "prefs.jsonl");
      if (testFraction > 0) {
        Dataset.Split<PreferenceRecord> split = builder.buildSplit(episodes, games::load, testFraction, seed);
        Path testFile = sibling(file, "test");
        Path trainFile = sibling(file, "train");
        pairs.write(split.train(), trainFile);
        pairs.write(split.test(), testFile);
        w.printf(Locale.ROOT, "%d episodes → %d train pairs (%s), %d test pairs (%s); no episode in both%n",
            episodes.size(), split.train().size(), trainFile, split.test().size(), testFile);
        pairs.warnTalkOnly(w, List.of(split.train(), split.test()));
      } else {
        Dataset<PreferenceRecord> all = builder.build(episodes, games::load);
        pairs.write(all, file);
        w.printf(Locale.ROOT, "%d episodes → %d pairs written to %s%n", episodes.size(), all.size(), file);
        pairs.warnTalkOnly(w, List.of(all));
      }
    }

    private static Path sibling(Path file, String part) {
      String name = file.getFileName().toString();
      int dot = name.indexOf('.');
      String base = dot > 0 ? name.substring(0, dot) : name;
      String ext = dot > 0 ? name.substring(dot) : ".jsonl";
      return file.resolveSibling(base + "." + part + ext);
    }
  }

  /** Plays branching re-plays from a stored run and writes the outcome pairs they give. */
  @Command(name = "branch", mixinStandardHelpOptions = true,
      description = {"Make outcome pairs on purpose: at decision points of a stored run's episodes, rebuild the state,",
          "let the acting seat try alternative first moves, continue every branch to the end with the run's own",
          "agents (common seeds across alternatives), and pair the alternatives by how the episode ended for that",
          "seat. Alternatives are the listed legal moves, or, in games with open moves (free-text offers), draws",
          "from the seat's own agent. Model replies are cached in the store like any run's."},
      footer = {"", "Examples:",
          "  parley prefs branch zoo --episodes 10 --steps 3",
          "  parley prefs branch bargain --alternatives sampled --count 6 --different-moves"})
  static final class Branch implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RunInput run;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "output file (default: RUN.branch.jsonl)")
    Path out;

    @Mixin
    PairOptions pairs;

    @Option(names = "--episodes", defaultValue = "20", paramLabel = "N",
        description = "completed episodes to branch from, in match order; 0 = all (default: ${DEFAULT-VALUE})")
    int episodes;

    @Option(names = "--steps", defaultValue = "3", paramLabel = "N",
        description = "decision points per episode, drawn with the seed; 0 = every decision (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--alternatives", defaultValue = "auto", paramLabel = "KIND",
        description = "listed (legal moves), sampled (the seat's own agent) or auto: listed unless the game has "
            + "open moves (default: ${DEFAULT-VALUE})")
    String alternatives;

    @Option(names = "--count", defaultValue = "4", paramLabel = "K",
        description = "alternatives per decision point (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--repeats", defaultValue = "2", paramLabel = "R",
        description = "continuations per listed alternative (default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
        description = "seed of the points drawn and of every branch (default: ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    CacheOption cache;

    @Option(names = "--no-progress", description = "do not show progress")
    boolean noProgress;

    @Override
    public void run() {
      PrintWriter w = spec.commandLine().getOut();
      OutcomePairs builder = new OutcomePairs(pairs.config());
      if (episodes < 0 || steps < 0 || count < 1 || repeats < 1) {
        throw new BadInputException("--episodes and --steps must be ≥ 0, --count and --repeats ≥ 1; got "
            + episodes + ", " + steps + ", " + count + ", " + repeats);
      }
      String kind = alternatives.toLowerCase(Locale.ROOT);
      if (!List.of("auto", "listed", "sampled").contains(kind)) {
        throw new BadInputException("--alternatives must be auto, listed or sampled, got " + alternatives);
      }
      List<Episode> completed = run.completed();
      List<Episode> source = episodes == 0 ? completed : completed.subList(0, Math.min(episodes, completed.size()));
      if (source.isEmpty()) {
        throw new BadInputException("run " + run.runId + " has no completed episode to branch from");
      }
      GameRegistry games = GameRegistry.discover();
      List<DecisionPoint> points = new ArrayList<>();
      int[] tally = new int[2];
      try (AgentSetup setup = AgentSetup.open(run.store.target(), cache.mode())) {
        AgentRegistry registry = AgentRegistry.discover(setup.environment());
        ConsoleProgress progress = new ConsoleProgress("branching " + run.runId, !noProgress, System.err);
        progress.started(source.size(), 0);
        long done = 0;
        for (Episode e : source) {
          points.addAll(branch(e, games.load(e.game()), registry, kind, tally));
          progress.advanced(++done);
        }
        progress.finished();
        Dataset<PreferenceRecord> all = builder.fromPoints(points);
        Path file = run.file(out, "branch.jsonl");
        pairs.write(all, file);
        w.printf(Locale.ROOT, "%d episodes, %d decision points, %d continuations → %d pairs written to %s%n",
            source.size(), tally[0], tally[1], all.size(), file);
        pairs.warnTalkOnly(w, List.of(all));
        setup.printUsage(w);
      }
    }

    private <A> List<DecisionPoint> branch(Episode e, Game<A> game, AgentRegistry registry, String kind,
        int[] tally) {
      List<AgentFactory<A>> agents = new ArrayList<>();
      for (String seat : e.seats()) {
        agents.add(registry.factory(seat, game));
      }
      List<Integer> decisions = new ArrayList<>();
      for (int i = 0; i < e.steps().size(); i++) {
        if (e.steps().get(i).seat() >= 0) {
          decisions.add(i);
        }
      }
      SplittableRandom random = new SplittableRandom(Seeds.derive(seed, e.matchIndex()));
      for (int i = decisions.size() - 1; i > 0; i--) {
        java.util.Collections.swap(decisions, i, random.nextInt(i + 1));
      }
      List<Integer> chosen = new ArrayList<>(decisions.subList(0, steps == 0 ? decisions.size()
          : Math.min(steps, decisions.size())));
      java.util.Collections.sort(chosen);
      boolean sampled = kind.equals("sampled")
          || kind.equals("auto") && game.type().has(GameType.Capability.OPEN_ACTIONS);
      Branching.Alternatives alt = sampled ? new Branching.Sampled(count) : new Branching.Listed(count, repeats);
      Branching.Config config = new Branching.Config(seed, RunnerConfig.DEFAULT);
      List<DecisionPoint> out = new ArrayList<>();
      for (int step : chosen) {
        List<Branching.Branch> branches = Branching.replay(e, step, game, agents, alt, config);
        out.addAll(Branching.points(branches, game, OutcomeMeasure.RETURN));
        tally[0]++;
        tally[1] += branches.size();
      }
      return out;
    }
  }

  /** Judge pairs: different answers given in one context, compared by a judge asked in both orders. */
  @Command(name = "judge", mixinStandardHelpOptions = true,
      description = {"Build judge pairs from a stored run: wherever one prompt context got different answers, a",
          "pairwise judge compares them, asked in both orders so that its preference for a position cancels out",
          "(the row keeps both verdicts, the judge's prompts and reasons, and the soft probability). The judge",
          "is a model spec, 'outcome' for the rule judge that prefers the answer whose episodes ended better, or",
          "'human': you answer at the terminal, and the rows are human preference records."},
      footer = {"", "Examples:",
          "  parley prefs judge zoo --judge outcome",
          "  parley prefs judge bargain --judge 'openai:gpt-4o-mini?temperature=0' \\",
          "      --criterion 'Which message gets the seller a better price?'"})
  static final class Judge implements Runnable {
    static final String DEFAULT_CRITERION = "Which answer serves the player who gives it better?";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RunInput run;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "output file (default: RUN.judge.jsonl)")
    Path out;

    @Option(names = "--judge", required = true, paramLabel = "SPEC",
        description = "a model spec (e.g. openai:gpt-4o-mini?temperature=0), outcome (the rule judge), or human "
            + "(you answer at the terminal; the rows are human pairs)")
    String judge;

    @Option(names = "--criterion", paramLabel = "TEXT", defaultValue = DEFAULT_CRITERION,
        description = "what the judge is asked (default: ${DEFAULT-VALUE})")
    String criterion;

    @Option(names = "--max-per-context", defaultValue = "3", paramLabel = "N",
        description = "pairs judged per context at most (default: ${DEFAULT-VALUE})")
    int maxPerContext;

    @Option(names = "--format", defaultValue = "preference", paramLabel = "FORMAT",
        description = "preference or unpaired (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
        description = "seed of the judge's requests (default: ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    CacheOption cache;

    @Override
    public void run() {
      PrintWriter w = spec.commandLine().getOut();
      format(format);
      if (maxPerContext < 1 || criterion.isBlank()) {
        throw new BadInputException("--max-per-context must be ≥ 1 and --criterion not blank; got " + maxPerContext
            + " and '" + criterion + "'");
      }
      List<Episode> completed = run.completed();
      GameRegistry games = GameRegistry.discover();
      List<DecisionPoint> points = DecisionPoints.ofEpisodes(completed, games::load, OutcomeMeasure.RETURN);
      try (AgentSetup setup = AgentSetup.open(run.store.target(), cache.mode())) {
        PairwiseJudge j;
        Source source = Source.JUDGE;
        if (judge.strip().equalsIgnoreCase("outcome")) {
          j = OutcomeRuleJudge.of(points, OutcomeMeasure.RETURN.name(), 0);
        } else if (judge.strip().equalsIgnoreCase("human")) {
          j = new HumanJudge(setup.environment().get(Terminal.class).orElseGet(Terminal::standard));
          source = Source.HUMAN;
        } else {
          j = setup.modelJudge(judge);
        }
        JudgePairs.Result r = new JudgePairs(new JudgePairs.Config(criterion, seed, maxPerContext, source))
            .build(points, j);
        Path file = run.file(out, "judge.jsonl");
        PrefsCommand.write(r.dataset(), format, file);
        w.printf(Locale.ROOT, "%d decisions → %d pairs judged in both orders: %d rows written to %s, %d ties",
            points.size(), r.verdicts().size(), r.dataset().size(), file, r.ties());
        r.meanOrderBias().ifPresent(b -> w.printf(Locale.ROOT, "; mean order bias %+.3f", b));
        w.println();
        if (!r.failures().isEmpty()) {
          w.printf(Locale.ROOT, "%d pair(s) could not be judged, e.g.: %s%n", r.failures().size(), r.failures().get(0));
        }
        setup.printUsage(w);
      }
    }
  }

  /** Reads a dataset file back and reports what it holds. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Read a TRL JSONL dataset back (strictly: TRL's field names and Parley's metadata) and count its rows.")
  static final class Check implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "dataset file (JSONL)")
    Path file;

    @Override
    public void run() {
      List<DatasetRecord> rows;
      try {
        rows = TrlJsonl.withMetadata().read(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
      Map<String, Integer> kinds = new TreeMap<>();
      for (DatasetRecord r : rows) {
        kinds.merge(r.getClass().getSimpleName(), 1, Integer::sum);
      }
      spec.commandLine().getOut().println(file + ": " + rows.size() + " rows " + kinds);
    }
  }
}
