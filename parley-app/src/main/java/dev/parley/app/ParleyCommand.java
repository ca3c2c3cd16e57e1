package dev.parley.app;

import picocli.CommandLine.Command;

/** The top-level command; each job is a subcommand. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = {
        "Play strategic multi-agent games with scripted and language-model agents, keep every episode,",
        "and turn play into results you can publish.", ""},
    subcommands = {GamesCommand.class, AgentsCommand.class, PlayCommand.class, TournamentCommand.class, CampaignCommand.class,
        ResumeCommand.class, RunsCommand.class, ExportCommand.class, RateCommand.class, MetricsCommand.class, AttributeCommand.class, ContributionCommand.class, SolveCommand.class, ExperimentCommand.class, PrefsCommand.class, UtilitiesCommand.class, ModelsCommand.class, BenchCommand.class,
        picocli.CommandLine.HelpCommand.class},
    footer = {"", "Examples:",
        "  parley games                                   list games and their parameters",
        "  parley play 'repeated(stage=pd,rounds=10)' --agents tft,alld --seed 7",
        "  parley tournament examples/strategy-zoo.yaml   round robin with a results table",
        "  parley resume RUN                              finish an interrupted run",
        "  parley export RUN --out run.jsonl              episodes as JSON lines",
        "",
        "Runs are stored in parley.db (SQLite) unless --store or PARLEY_STORE names another store,",
        "e.g. jdbc:postgresql://localhost/parley (credentials from PARLEY_DB_USER / PARLEY_DB_PASSWORD)."})
final class ParleyCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
