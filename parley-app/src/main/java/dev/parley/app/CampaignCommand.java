package dev.parley.app;

import dev.parley.core.campaign.CampaignResults;
import dev.parley.core.campaign.CampaignSettings;
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

/** Runs a self-play campaign with feedback between rounds. */
@Command(name = "campaign", mixinStandardHelpOptions = true,
    description = {"Run a campaign: a learner plays several rounds against a fresh opponent, and between rounds a",
        "critic's feedback reaches it. Feedback sources and learner seats are compared in one run (arms),",
        "each over independent campaigns. Prints a per-round table and writes an HTML report with charts.",
        "Stored and resumable like tournaments ('parley resume RUN')."},
    footer = {"", "File format (YAML):",
        "  name: bargaining-feedback",
        "  game: bargaining",
        "  learner: boulware           # gets the feedback",
        "  opponent: linear            # fresh every round",
        "  learner_seats: [seller, buyer]",
        "  feedback: [none, constant, rule]   # also tips, llm(model=SPEC)",
        "  rounds: 5",
        "  campaigns: 20               # per arm",
        "  seed: 7",
        "  metrics: [price, deal]      # default: all the game reports",
        "  threads: 2",
        "  report: bargaining.html     # default: RUN_ID.html"})
final class CampaignCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "campaign file (YAML)")
  Path file;

  @Mixin
  StoreOption store;

  @Option(names = "--threads", paramLabel = "N", description = "campaigns played at once (default: the file's, else "
      + "all cores; 16 with model-driven agents)")
  Integer threads;

  @Option(names = "--run-id", paramLabel = "ID", description = "id for the new run (default: name and time)")
  String runId;

  @Option(names = "--report", paramLabel = "FILE", description = "HTML report (default: the file's, else RUN_ID.html)")
  Path report;

  @Option(names = "--no-progress", description = "do not show progress")
  boolean noProgress;

  @Option(names = "--cache", paramLabel = "MODE", description = "model reply cache: read-write (default), replay, "
      + "write-only or off")
  String cache;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    CampaignFile cf = CampaignFile.load(file);
    if (store.store == null && cf.store() != null) {
      store.store = cf.store();
    }
    CampaignSettings raw = cf.withSeats(CampaignDriver.seatNames(cf.settings().game()));
    AgentSetup.CacheMode mode = RunOptions.cache(cache, cf.cache());
    Clock clock = Clock.systemUTC();
    try (AgentSetup agents = AgentSetup.open(store.target(), mode)) {
      CampaignDriver.Prepared p = CampaignDriver.prepare(raw, agents.environment());
      int n = RunOptions.threads(threads, cf.threads(), p.defaultThreads(), p.interactive());
      try (JdbcRunStore s = store.open()) {
        String id = RunOptions.newRunId(s, store.flag(), runId, p.settings().name(), clock);
        s.createRun(CampaignDriver.record(id, p, clock));
        out.printf("Run %s: %d arms × %d campaigns × %d rounds = %d episodes of %s, %d thread(s); store %s%n", id,
            p.settings().arms(), p.settings().campaigns(), p.settings().rounds(), p.settings().episodes(),
            p.settings().game(), n, s.description());
        out.flush();
        CampaignResults r = ResumableRun.play(id, store.flag(), () -> CampaignDriver.play(id, p, s, n,
            new ConsoleProgress(p.settings().name(), !noProgress && !p.interactive(), System.err), clock));
        finish(out, r, cf.metrics(), id, s.description(), report != null ? report
            : cf.report() != null ? Path.of(cf.report()) : Path.of(id + ".html"));
        agents.printUsage(out);
      }
    }
  }

  static void finish(PrintWriter out, CampaignResults r, List<String> asked, String id, String store, Path report) {
    List<String> metrics = CampaignReport.metrics(r, asked);
    out.print(CampaignReport.text(r, metrics));
    CampaignReport.html(r, metrics, id, store, report);
    out.printf("%nRun %s complete: %d episodes; stored in %s; report %s%n", id, r.episodes(), store,
        report.toAbsolutePath().normalize());
  }
}
