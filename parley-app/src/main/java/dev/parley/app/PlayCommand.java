package dev.parley.app;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.IllegalActionPolicy;
import dev.parley.core.engine.MatchInfo;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Provenance;
import dev.parley.core.episode.Step;
import dev.parley.core.episode.Violation;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.GameState;
import dev.parley.core.game.ParseResult;
import dev.parley.core.spec.SpecList;
import dev.parley.core.tournament.RunRecord;
import dev.parley.core.tournament.RunStatus;
import dev.parley.store.JdbcRunStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Plays one episode and prints it. */
@Command(name = "play", mixinStandardHelpOptions = true,
    description = "Play one episode of GAME between the given agents, print it, and store it as a run.",
    footer = {"", "Examples:",
        "  parley play 'repeated(stage=pd,rounds=10)' --agents tft,alld --seed 7",
        "  parley play 'repeated(stage=bos)' --agents alt,naive-prober(p=0.2) --show"})
final class PlayCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "GAME", description = "game spec, e.g. repeated(stage=pd,rounds=10) (see: parley games)")
  String game;

  @Option(names = {"-a", "--agents"}, required = true, paramLabel = "A,B",
      description = "one agent spec per seat, comma-separated (see: parley agents GAME)")
  String agents;

  @Option(names = "--seed", paramLabel = "N", description = "episode seed (default: random, printed)")
  Long seed;

  @Option(names = "--illegal-action", paramLabel = "POLICY", defaultValue = "reprompt-then-forfeit",
      description = "reprompt-then-forfeit, random-legal, default-action or forfeit (default: ${DEFAULT-VALUE})")
  String policy;

  @Option(names = "--show", description = "print what each seat sees before it moves")
  boolean show;

  @Option(names = "--no-store", description = "do not store the episode")
  boolean noStore;

  @Mixin
  StoreOption store;

  @Mixin
  CacheOption cache;

  @Override
  public void run() {
    Game<?> g = GameRegistry.discover().load(game);
    try (AgentSetup setup = AgentSetup.open(store.target(), noStore ? AgentSetup.CacheMode.OFF
        : cache.mode())) {
      play(g, setup);
    }
  }

  private <A> void play(Game<A> g, AgentSetup setup) {
    PrintWriter out = spec.commandLine().getOut();
    List<String> specs = SpecList.split(agents);
    if (specs.size() != g.numPlayers()) {
      throw new BadInputException(g + " has " + g.numPlayers() + " seats but --agents lists " + specs.size()
          + " agent(s): " + specs);
    }
    AgentRegistry registry = AgentRegistry.discover(setup.environment());
    List<AgentFactory<A>> factories = new ArrayList<>();
    for (String s : specs) {
      factories.add(registry.factory(s, g));
    }
    RunnerConfig config = RunnerConfig.DEFAULT.withPolicy(IllegalActionPolicy.parse(policy));
    long s = seed != null ? seed : new SplittableRandom().nextLong() >>> 16;
    List<String> seats = factories.stream().map(AgentFactory::spec).toList();
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("game", g.toString());
    settings.put("agents", String.join("\n", seats));
    settings.put("seed", Long.toString(s));
    settings.put("illegal_action", config.policy().label());
    Provenance provenance = Versions.provenance(g.type().versionedId(), settings);
    Clock clock = Clock.systemUTC();
    JdbcRunStore st = noStore ? null : store.open();
    try {
      String runId = null;
      if (st != null) {
        runId = TournamentDriver.newRunId(st, "play", clock);
        st.createRun(new RunRecord(runId, "play", "play", g.toString(), settings, s, 1, RunStatus.RUNNING,
            clock.millis(), 0, provenance));
      }
      List<Agent<A>> seated = new ArrayList<>();
      for (AgentFactory<A> f : factories) {
        seated.add(f.create());
      }
      Episode e = new EpisodeRunner(config, clock).run(g, seated,
          new MatchInfo(runId == null ? "play" : runId, 0, s, seats, provenance));
      print(out, g, e);
      setup.printUsage(out);
      if (st != null) {
        st.append(runId, List.of(e));
        st.updateStatus(runId, RunStatus.COMPLETED, clock.millis());
        out.println("Stored as run " + runId + " in " + st.description() + " (seed " + s + ")");
      } else {
        out.println("Seed " + s + " (not stored)");
      }
    } finally {
      if (st != null) {
        st.close();
      }
    }
  }

  private <A> void print(PrintWriter out, Game<A> g, Episode e) {
    out.println(g + " — seed " + e.seed());
    for (int i = 0; i < e.seats().size(); i++) {
      out.println("  seat " + i + ": " + e.seats().get(i));
    }
    GameState<A> state = g.newInitialState();
    List<Step> steps = e.steps();
    int i = 0;
    while (i < steps.size()) {
      int move = steps.get(i).move();
      int j = i;
      List<A> joint = new ArrayList<>();
      StringBuilder line = new StringBuilder(String.format("move %3d  ", move));
      while (j < steps.size() && steps.get(j).move() == move) {
        Step st = steps.get(j);
        if (show && st.seat() >= 0) {
          out.println("-- seat " + st.seat() + " sees:");
          out.println(g.observe(state, st.seat()).text());
        }
        line.append(j > i ? " | " : "").append(st.seat() < 0 ? "chance" : "seat " + st.seat()).append(": ")
            .append(st.action());
        ParseResult<A> parsed = g.codec().parse(st.action());
        if (parsed instanceof ParseResult.Ok<A> ok) {
          joint.add(ok.action());
        }
        j++;
      }
      out.println(line);
      if (joint.size() == j - i && !state.isTerminal()) {
        state = joint.size() == 1 ? state.apply(joint.get(0)) : state.applyJoint(joint);
      }
      i = j;
    }
    for (Violation v : e.violations()) {
      out.println("violation at move " + v.move() + ", seat " + v.seat() + ": " + v.kind() + " — " + v.detail()
          + " → " + v.resolution());
    }
    out.println("status: " + e.status().name().toLowerCase() + "; returns: " + e.returns());
  }
}
