package dev.parley.app;

import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.episode.Provenance;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.tournament.Progress;
import dev.parley.core.tournament.RunRecord;
import dev.parley.core.tournament.RunStatus;
import dev.parley.core.tournament.RunStore;
import dev.parley.core.tournament.Tournament;
import dev.parley.core.tournament.TournamentPlan;
import dev.parley.core.tournament.TournamentResults;
import dev.parley.core.tournament.TournamentSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a tournament from settings, checks everything before anything is stored, and runs or
 * resumes it. Shared by the {@code tournament} and {@code resume} commands.
 */
final class TournamentDriver {
  static final String KIND = "tournament";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  /**
   * A tournament ready to run: settings in canonical form, its plan, its provenance, and whether
   * some agent waits on I/O (a model server), so that many episodes should run at once.
   */
  record Prepared(TournamentSettings settings, Tournament<?> tournament, Provenance provenance, boolean waitsOnIo,
      boolean interactive) {
    /** Threads when none were asked for: one per core, 16 when agents wait on model servers, 1 with a person. */
    int defaultThreads() {
      int cores = Runtime.getRuntime().availableProcessors();
      return interactive ? 1 : waitsOnIo ? Math.max(16, cores) : cores;
    }
  }

  private TournamentDriver() {}

  /**
   * Checks the game and every agent; returns canonical settings. Throws on bad input. Agents get
   * their shared services from {@code environment}.
   */
  static Prepared prepare(TournamentSettings raw, AgentEnvironment environment) {
    Game<?> game = GameRegistry.discover().load(raw.game());
    return prepare(raw, game, environment);
  }

  private static <A> Prepared prepare(TournamentSettings raw, Game<A> game, AgentEnvironment environment) {
    AgentRegistry registry = AgentRegistry.discover(environment);
    List<AgentFactory<A>> agents = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String spec : raw.agents()) {
      AgentFactory<A> f = registry.factory(spec, game);
      if (!seen.add(f.spec())) {
        throw new BadInputException("agent '" + f.spec() + "' is listed twice; list each agent once "
            + "(use repetitions to play more matches)");
      }
      agents.add(f);
    }
    TournamentSettings settings = new TournamentSettings(raw.name(), game.toString(),
        agents.stream().map(AgentFactory::spec).toList(), raw.repetitions(), raw.swapSeats(), raw.selfPlay(),
        raw.seed(), raw.runner());
    TournamentPlan plan = new TournamentPlan(agents.size(), game.numPlayers(), settings.repetitions(),
        settings.swapSeats(), settings.selfPlay());
    Provenance provenance = Versions.provenance(game.type().versionedId(), settings.toMap());
    Tournament<A> t = new Tournament<>(game, agents, plan, new EpisodeRunner(settings.runner()), settings.seed(),
        provenance);
    boolean io = agents.stream().anyMatch(f -> f.type().waitsOnIo());
    boolean person = agents.stream().anyMatch(f -> f.type().interactive());
    refuseTimeoutWithAPerson(person, settings.runner());
    return new Prepared(settings, t, provenance, io, person);
  }

  /**
   * A person answers at their own pace, and a decision abandoned at a time limit would leave its
   * question waiting on the terminal: runs with a person take no decision timeout.
   */
  static void refuseTimeoutWithAPerson(boolean person, RunnerConfig runner) {
    if (person && runner.decisionTimeout() != null) {
      throw new BadInputException("a person plays in this run (agent human): decision_timeout cannot apply; remove it");
    }
  }

  /** A new run id: the name, a UTC time stamp, and a counter if needed. */
  static String newRunId(RunStore store, String name, Clock clock) {
    String base = name.replaceAll("[^A-Za-z0-9._-]+", "-") + "-" + STAMP.format(Instant.ofEpochMilli(clock.millis()));
    String id = base;
    for (int i = 2; store.findRun(id).isPresent(); i++) {
      id = base + "-" + i;
    }
    return id;
  }

  /** Creates the run record for prepared settings. */
  static RunRecord record(String runId, Prepared p, Clock clock) {
    Map<String, String> config = p.settings().toMap();
    return new RunRecord(runId, KIND, p.settings().name(), p.settings().game(), config, p.settings().seed(),
        p.tournament().plan().size(), RunStatus.RUNNING, clock.millis(), 0, p.provenance());
  }

  /** Plays what is missing of the run and marks it completed (or failed). */
  static TournamentResults play(String runId, Prepared p, RunStore store, int threads, Progress progress, Clock clock) {
    return tracked(runId, store, clock, () -> p.tournament().run(runId, store, threads, p.waitsOnIo(), progress));
  }

  /** Runs {@code work} and records the run's status: completed when it returns, failed when it throws. */
  static <R> R tracked(String runId, RunStore store, Clock clock, java.util.function.Supplier<R> work) {
    try {
      R r = work.get();
      store.updateStatus(runId, RunStatus.COMPLETED, clock.millis());
      return r;
    } catch (RuntimeException e) {
      try {
        store.updateStatus(runId, RunStatus.FAILED, clock.millis());
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** Settings of a stored run, checked against this build. */
  static Prepared prepareStored(RunRecord run, AgentEnvironment environment) {
    if (!run.kind().equals(KIND)) {
      throw new BadInputException("run '" + run.id() + "' is a " + run.kind() + " run, not a tournament");
    }
    TournamentSettings settings = TournamentSettings.fromMap(run.config());
    Prepared p = prepare(settings, environment);
    if (!p.provenance().gameVersionedId().equals(run.provenance().gameVersionedId())) {
      throw new BadInputException("run '" + run.id() + "' was played with " + run.provenance().gameVersionedId()
          + " but this Parley has " + p.provenance().gameVersionedId() + "; episodes would not match");
    }
    return p;
  }
}
