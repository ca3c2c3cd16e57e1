package dev.parley.app;

import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.campaign.Campaign;
import dev.parley.core.campaign.CampaignResults;
import dev.parley.core.campaign.CampaignSettings;
import dev.parley.core.critic.CriticRegistry;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.episode.Provenance;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.tournament.Progress;
import dev.parley.core.tournament.RunRecord;
import dev.parley.core.tournament.RunStatus;
import dev.parley.core.tournament.RunStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Builds a campaign from settings, checks everything before anything is stored, runs or resumes it. */
final class CampaignDriver {
  static final String KIND = "campaign";

  /** A campaign ready to run. */
  record Prepared(CampaignSettings settings, Campaign<?> campaign, Game<?> game, Provenance provenance,
      boolean waitsOnIo, boolean interactive) {
    /** Threads when none were asked for: one per core, 16 when agents wait on model servers, 1 with a person. */
    int defaultThreads() {
      int cores = Runtime.getRuntime().availableProcessors();
      return interactive ? 1 : waitsOnIo ? Math.max(16, cores) : cores;
    }
  }

  private CampaignDriver() {}

  /** Seat names of the game a campaign file names (for resolving learner seats). */
  static List<String> seatNames(String gameSpec) {
    Game<?> g = GameRegistry.discover().load(gameSpec);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < Math.min(2, g.numPlayers()); i++) {
      names.add(g.seatName(i));
    }
    return names;
  }

  static Prepared prepare(CampaignSettings raw, AgentEnvironment environment) {
    return prepare(raw, GameRegistry.discover().load(raw.game()), environment);
  }

  private static <A> Prepared prepare(CampaignSettings raw, Game<A> game, AgentEnvironment environment) {
    AgentRegistry agents = AgentRegistry.discover(environment);
    AgentFactory<A> learner = agents.factory(raw.learner(), game);
    AgentFactory<A> opponent = agents.factory(raw.opponent(), game);
    List<AgentFactory<A>> others = new ArrayList<>();
    for (String o : raw.others()) {
      others.add(agents.factory(o, game));
    }
    CriticRegistry critics = CriticRegistry.discover(environment);
    List<CriticRegistry.Bound> bound = new ArrayList<>();
    List<String> canonical = new ArrayList<>();
    for (String f : raw.feedback()) {
      CriticRegistry.Bound b = critics.bind(f, game);
      if (canonical.contains(b.spec())) {
        throw new BadInputException("feedback source '" + b.spec() + "' is listed twice");
      }
      bound.add(b);
      canonical.add(b.spec());
    }
    CampaignSettings settings = new CampaignSettings(raw.name(), game.toString(), learner.spec(), opponent.spec(),
        raw.learnerSeats(), canonical, raw.rounds(), raw.campaigns(), raw.seed(), raw.runner(),
        others.stream().map(AgentFactory::spec).toList());
    Provenance provenance = Versions.provenance(game.type().versionedId(), settings.toMap());
    Campaign<A> campaign = new Campaign<>(game, learner, opponent, others, bound, settings,
        new EpisodeRunner(settings.runner()), provenance);
    boolean io = learner.type().waitsOnIo() || opponent.type().waitsOnIo()
        || others.stream().anyMatch(o -> o.type().waitsOnIo())
        || canonical.stream().anyMatch(c -> c.startsWith("llm("));
    boolean person = learner.type().interactive() || opponent.type().interactive()
        || others.stream().anyMatch(o -> o.type().interactive());
    TournamentDriver.refuseTimeoutWithAPerson(person, settings.runner());
    return new Prepared(settings, campaign, game, provenance, io, person);
  }

  static RunRecord record(String runId, Prepared p, Clock clock) {
    return new RunRecord(runId, KIND, p.settings().name(), p.settings().game(), p.settings().toMap(),
        p.settings().seed(), p.settings().episodes(), RunStatus.RUNNING, clock.millis(), 0, p.provenance());
  }

  static CampaignResults play(String runId, Prepared p, RunStore store, int threads, Progress progress, Clock clock) {
    return TournamentDriver.tracked(runId, store, clock,
        () -> p.campaign().run(runId, store, threads, p.waitsOnIo(), progress));
  }

  static Prepared prepareStored(RunRecord run, AgentEnvironment environment) {
    CampaignSettings settings = CampaignSettings.fromMap(run.config());
    Prepared p = prepare(settings, environment);
    if (!p.provenance().gameVersionedId().equals(run.provenance().gameVersionedId())) {
      throw new BadInputException("run '" + run.id() + "' was played with " + run.provenance().gameVersionedId()
          + " but this Parley has " + p.provenance().gameVersionedId() + "; episodes would not match");
    }
    return p;
  }
}
