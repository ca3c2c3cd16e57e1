package dev.parley.app;

import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.llm.ChatMessage;
import dev.parley.core.llm.ChatModel;
import dev.parley.core.llm.ChatRequest;
import dev.parley.core.tournament.Progress;
import dev.parley.core.tournament.TournamentResults;
import dev.parley.core.tournament.TournamentSettings;
import dev.parley.core.tournament.WorkerThreads;
import dev.parley.llm.ModelPool;
import dev.parley.llm.ModelSpec;
import dev.parley.llm.fake.FakeLlmServer;
import dev.parley.store.JdbcRunStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Throughput of model-driven play against a loopback model server that answers after a fixed
 * delay: a tournament of repeated-PD episodes between two model agents at a given concurrency,
 * compared with the bound concurrency ÷ delay measured in the same run; and the client's own
 * overhead per call (wall time per sequential call minus the server's handling time).
 */
@Command(name = "llm", mixinStandardHelpOptions = true,
    description = {"Model-driven play against a loopback model server with a fixed reply delay:",
        "calls/s of a repeated-PD tournament at the given concurrency against the bound concurrency/delay,",
        "and the client's own overhead per call."})
final class LlmBenchCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--episodes", defaultValue = "1000", description = "episodes of 10 rounds (default: ${DEFAULT-VALUE})")
  int episodes;

  @Option(names = "--concurrency", defaultValue = "64", description = "calls in flight (default: ${DEFAULT-VALUE})")
  int concurrency;

  @Option(names = "--delay", defaultValue = "50ms", description = "server reply delay (default: ${DEFAULT-VALUE})")
  String delay;

  @Option(names = "--overhead-calls", defaultValue = "3000",
      description = "sequential calls for the overhead measure (default: ${DEFAULT-VALUE})")
  int overheadCalls;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Duration d = YamlFile.duration(delay, "--delay");
    if (d == null || d.isZero() || episodes < 1 || concurrency < 1) {
      throw new BadInputException("--delay must be positive, --episodes and --concurrency at least 1");
    }
    out.printf(Locale.ROOT, "LLM bench: %d episodes of repeated(stage=pd,rounds=10), 2 model agents, concurrency %d, "
        + "server delay %d ms, Java %s, %s worker threads%n", episodes, concurrency, d.toMillis(),
        System.getProperty("java.version"), WorkerThreads.virtualAvailable() ? "virtual" : "platform");
    overhead(out);
    Path dir;
    try {
      dir = Files.createTempDirectory("parley-llm-bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (FakeLlmServer server = FakeLlmServer.start(r -> "Option J", concurrency + 16)) {
      server.delay(d);
      String base = "openai-compatible:" + server.openAiBaseUrl() + "#bench-%s?temperature=0&retries=0&concurrency="
          + concurrency;
      TournamentSettings settings = new TournamentSettings("llm-bench", "repeated(stage=pd,rounds=10)",
          List.of(String.format(base, "a"), String.format(base, "b")), episodes, false, false, 7,
          RunnerConfig.DEFAULT);
      String db = dir.resolve("bench.db").toString();
      try (AgentSetup agents = AgentSetup.open(db, AgentSetup.CacheMode.READ_WRITE);
          JdbcRunStore store = JdbcRunStore.open(db)) {
        TournamentDriver.Prepared p = TournamentDriver.prepare(settings, agents.environment());
        Clock clock = Clock.systemUTC();
        store.createRun(TournamentDriver.record("bench", p, clock));
        long start = System.nanoTime();
        TournamentResults r = p.tournament().run("bench", store, concurrency, true, Progress.NONE);
        double secs = (System.nanoTime() - start) / 1e9;
        long calls = server.served();
        double rate = calls / secs;
        double bound = concurrency / (d.toNanos() / 1e9);
        out.printf(Locale.ROOT, "tournament: %d episodes, %d calls in %.2f s = %.0f calls/s; bound %d / %.3f s = %.0f "
                + "calls/s; %.1f%% of the bound (target ≥ 90%%: %s); replies cached in SQLite%n", r.episodes(), calls,
            secs, rate, concurrency, d.toNanos() / 1e9, bound, 100 * rate / bound, rate >= 0.9 * bound ? "met"
                : "NOT met");
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      } catch (IOException ignored) {
        // temporary files
      }
    }
  }

  private void overhead(PrintWriter out) {
    try (FakeLlmServer server = FakeLlmServer.start(r -> "Option J", 4); ModelPool pool = ModelPool.uncached()) {
      ChatModel model = pool.model(ModelSpec.parse("openai-compatible:" + server.openAiBaseUrl()
          + "#overhead?retries=0"));
      ChatRequest request = ChatRequest.of(List.of(ChatMessage.system("You are a player in a game."),
          ChatMessage.user("Which option do you choose: Option J or Option F?")));
      for (int i = 0; i < overheadCalls / 2; i++) {
        model.chat(request);
      }
      long serverBefore = server.handlingNanos();
      long start = System.nanoTime();
      for (int i = 0; i < overheadCalls; i++) {
        model.chat(request);
      }
      long wall = System.nanoTime() - start;
      long serverNanos = server.handlingNanos() - serverBefore;
      double perCall = wall / 1e6 / overheadCalls;
      double serverPerCall = serverNanos / 1e6 / overheadCalls;
      out.printf(Locale.ROOT, "client overhead: %.3f ms per call (round trip %.3f ms minus server handling %.3f ms, "
          + "%d sequential calls on loopback; target < 1 ms: %s)%n", perCall - serverPerCall, perCall, serverPerCall,
          overheadCalls, perCall - serverPerCall < 1 ? "met" : "NOT met");
    }
  }
}
