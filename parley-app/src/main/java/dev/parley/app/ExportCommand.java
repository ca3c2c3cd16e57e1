package dev.parley.app;

import dev.parley.store.EpisodeJson;
import dev.parley.store.JdbcRunStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes a run's episodes as JSON lines. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write a run's episodes as JSON lines, one episode per line, in match order:",
        "run, match, game, seats, seed, status, returns, steps (move, seat, action, trace), violations,",
        "provenance (version, commit, versioned game id, config hash), started_at, duration_ns."})
final class ExportCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "RUN", description = "run id (see: parley runs)")
  String runId;

  @Mixin
  StoreOption store;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "output file (default: standard output); "
      + "written to a temporary file and renamed when complete")
  Path out;

  @Override
  public void run() {
    try (JdbcRunStore s = store.open()) {
      if (s.findRun(runId).isEmpty()) {
        throw new BadInputException(RunsCommand.unknownRun(s, runId));
      }
      long[] count = {0};
      if (out == null) {
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        write(s, w, count);
        flush(w);
      } else {
        AtomicFiles.write(out, w -> write(s, w, count));
        spec.commandLine().getErr().println("Wrote " + count[0] + " episodes of " + runId + " to " + out);
      }
    }
  }

  private void write(JdbcRunStore s, Writer w, long[] count) {
    s.forEachEpisode(runId, e -> {
      try {
        EpisodeJson.write(e, w);
        w.write('\n');
        count[0]++;
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    });
  }

  private static void flush(Writer w) {
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
