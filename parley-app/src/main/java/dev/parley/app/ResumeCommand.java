package dev.parley.app;

import dev.parley.core.campaign.CampaignResults;
import dev.parley.core.tournament.RunRecord;
import dev.parley.core.tournament.RunStatus;
import dev.parley.core.tournament.TournamentResults;
import dev.parley.store.JdbcRunStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Finishes an interrupted run. */
@Command(name = "resume", mixinStandardHelpOptions = true,
    description = {"Finish a run that stopped: plays exactly the planned matches that are not stored yet,",
        "with the same seeds, so the finished run equals an uninterrupted one."})
final class ResumeCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "RUN", description = "run id (see: parley runs)")
  String runId;

  @Mixin
  StoreOption store;

  @Option(names = "--threads", paramLabel = "N", description = "episodes played at once (default: all cores)")
  Integer threads;

  @Option(names = "--no-progress", description = "do not show progress")
  boolean noProgress;

  @Mixin
  CacheOption cache;

  @Option(names = "--report", paramLabel = "FILE", description = "HTML report of a campaign (default: RUN_ID.html)")
  Path report;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Clock clock = Clock.systemUTC();
    try (AgentSetup agents = AgentSetup.open(store.target(), cache.mode());
        JdbcRunStore s = store.open()) {
      RunRecord run = s.findRun(runId).orElseThrow(() -> new BadInputException(RunsCommand.unknownRun(s, runId)));
      long stored = s.countEpisodes(runId);
      if (run.status() == RunStatus.COMPLETED && stored == run.planned()) {
        out.println("Run " + runId + " is already complete (" + stored + " episodes).");
      } else {
        out.printf("Resuming %s: %d of %d episodes stored; playing the remaining %d%n", runId, stored, run.planned(),
            run.planned() - stored);
      }
      out.flush();
      if (run.kind().equals(CampaignDriver.KIND)) {
        CampaignDriver.Prepared p = CampaignDriver.prepareStored(run, agents.environment());
        CampaignResults r = ResumableRun.play(runId, store.flag(), () -> CampaignDriver.play(runId, p, s,
            RunOptions.threads(threads, null, p.defaultThreads(), p.interactive()), new ConsoleProgress(run.name(), !noProgress && !p.interactive(),
                System.err), clock));
        CampaignCommand.finish(out, r, List.of(), runId, s.description(),
            report != null ? report : Path.of(runId + ".html"));
      } else {
        TournamentDriver.Prepared p = TournamentDriver.prepareStored(run, agents.environment());
        TournamentResults r = ResumableRun.play(runId, store.flag(), () -> TournamentDriver.play(runId, p, s,
            RunOptions.threads(threads, null, p.defaultThreads(), p.interactive()), new ConsoleProgress(run.name(), !noProgress && !p.interactive(),
                System.err), clock));
        out.println();
        out.print(ResultsTable.render(r));
        out.printf("%nRun %s complete: %d episodes; stored in %s%n", runId, r.episodes(), s.description());
      }
      agents.printUsage(out);
    }
  }
}
