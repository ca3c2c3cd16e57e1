package dev.parley.app;

import dev.parley.core.episode.Episode;
import dev.parley.core.game.GameRegistry;
import dev.parley.learn.build.Attributes;
import dev.parley.learn.build.OutcomePairs;
import dev.parley.learn.data.Dataset;
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
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Preference datasets from stored play, in the training ecosystem's (TRL) JSONL formats. */
@Command(name = "prefs", mixinStandardHelpOptions = true,
    description = "Preference datasets from stored play, in TRL's JSONL formats.",
    subcommands = {PrefsCommand.Export.class, PrefsCommand.Check.class})
final class PrefsCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
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

    @Parameters(paramLabel = "RUN", description = "run id (see: parley runs)")
    String runId;

    @Mixin
    StoreOption store;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "output file (default: RUN.prefs.jsonl)")
    Path out;

    @Option(names = "--format", defaultValue = "preference", description = "preference or unpaired "
        + "(default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--pairing", defaultValue = "all", description = "all (every pair of different outcomes in a "
        + "context) or best-worst (default: ${DEFAULT-VALUE})")
    String pairing;

    @Option(names = "--min-gap", defaultValue = "0", description = "smallest outcome difference that makes a pair")
    double minGap;

    @Option(names = "--different-moves", description = "pair only answers whose moves differ, leaving out pairs that "
        + "differ only in talk or wording (their outcomes differ through what happened later)")
    boolean differentMoves;

    @Option(names = "--test-fraction", defaultValue = "0", description = "share of episodes held out (default: 0)")
    double testFraction;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the train/test split")
    long seed;

    @Override
    public void run() {
      PrintWriter w = spec.commandLine().getOut();
      String f = format.toLowerCase(Locale.ROOT);
      if (!f.equals("preference") && !f.equals("unpaired")) {
        throw new BadInputException("--format must be preference or unpaired, got " + format);
      }
      OutcomePairs.Pairing p = switch (pairing.toLowerCase(Locale.ROOT)) {
        case "all" -> OutcomePairs.Pairing.ALL;
        case "best-worst" -> OutcomePairs.Pairing.BEST_WORST;
        default -> throw new BadInputException("--pairing must be all or best-worst, got " + pairing);
      };
      if (minGap < 0 || !(testFraction >= 0 && testFraction < 1)) {
        throw new BadInputException("--min-gap must be ≥ 0 and --test-fraction in [0, 1)");
      }
      List<Episode> episodes = new ArrayList<>();
      try (JdbcRunStore s = store.open()) {
        if (s.findRun(runId).isEmpty()) {
          throw new BadInputException(RunsCommand.unknownRun(s, runId));
        }
        s.forEachEpisode(runId, episodes::add);
      }
      GameRegistry games = GameRegistry.discover();
      OutcomePairs builder = new OutcomePairs(OutcomePairs.Config.DEFAULT.withPairing(p).withMinGap(minGap)
          .withDifferentMoves(differentMoves));
      Path file = out != null ? out : Path.of(runId + ".prefs.jsonl");
      if (testFraction > 0) {
        Dataset.Split<PreferenceRecord> split = builder.buildSplit(episodes, games::load, testFraction, seed);
        Path testFile = sibling(file, "test");
        Path trainFile = sibling(file, "train");
        write(split.train(), f, trainFile);
        write(split.test(), f, testFile);
        w.printf(Locale.ROOT, "%d episodes → %d train pairs (%s), %d test pairs (%s); no episode in both%n",
            episodes.size(), split.train().size(), trainFile, split.test().size(), testFile);
        warnTalkOnly(w, List.of(split.train(), split.test()));
      } else {
        Dataset<PreferenceRecord> all = builder.build(episodes, games::load);
        write(all, f, file);
        w.printf(Locale.ROOT, "%d episodes → %d pairs written to %s%n", episodes.size(), all.size(), file);
        warnTalkOnly(w, List.of(all));
      }
    }

    /** Says how many pairs make the same move on both sides, which outcomes then do not explain. */
    private void warnTalkOnly(PrintWriter w, List<Dataset<PreferenceRecord>> parts) {
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

    private static Path sibling(Path file, String part) {
      String name = file.getFileName().toString();
      int dot = name.indexOf('.');
      String base = dot > 0 ? name.substring(0, dot) : name;
      String ext = dot > 0 ? name.substring(dot) : ".jsonl";
      return file.resolveSibling(base + "." + part + ext);
    }

    private static void write(Dataset<PreferenceRecord> data, String format, Path file) {
      List<? extends DatasetRecord> rows = format.equals("unpaired") ? Datasets.unpair(data).records() : data.records();
      AtomicFiles.write(file, w -> TrlJsonl.withMetadata().write(rows, w));
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
