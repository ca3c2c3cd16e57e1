package dev.parley.app;

import dev.parley.core.llm.ChatException;
import dev.parley.core.llm.ChatMessage;
import dev.parley.core.llm.ChatModel;
import dev.parley.core.llm.ChatRequest;
import dev.parley.core.llm.ChatResponse;
import dev.parley.llm.ModelSpec;
import dev.parley.llm.fake.FakeLlmServer;
import dev.parley.llm.provider.Providers;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Model utilities: check that a model answers; serve a stand-in model for dry runs. */
@Command(name = "models", mixinStandardHelpOptions = true,
    description = "Check a model spec against its server, or serve a stand-in model for dry runs.",
    subcommands = {ModelsCommand.Check.class, ModelsCommand.ServeFake.class},
    footer = {"", "Model specs:",
        "  openai:gpt-4o-mini?temperature=0                      key from OPENAI_API_KEY",
        "  openai-compatible:http://localhost:8000/v1#qwen2.5-7b vLLM, llama.cpp, LM Studio, Ollama /v1",
        "  anthropic:claude-3-5-haiku-latest                     key from ANTHROPIC_API_KEY",
        "  ollama:llama3.1                                       host from OLLAMA_HOST",
        "  openrouter:meta-llama/llama-3.1-8b-instruct           key from OPENROUTER_API_KEY",
        "Settings after ?: temperature, top_p, max_tokens, seed, timeout, connect_timeout, retries,",
        "concurrency, rpm, tpm, key_env, base_url, price_in, price_out (dollars per million tokens)."})
final class ModelsCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Sends one tiny request and reports what happened. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Send one tiny request to a model and report latency, reply and tokens, or what failed.")
  static final class Check implements java.util.concurrent.Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SPEC", description = "model spec, e.g. openai:gpt-4o-mini")
    String model;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      ModelSpec m = ModelSpec.parse(model);
      out.println("Model " + m.id());
      ChatModel chat;
      try {
        chat = Providers.create(m);
      } catch (ChatException e) {
        err.println("parley: " + e.getMessage());
        return Main.BAD_INPUT;
      }
      ChatRequest request = new ChatRequest(List.of(ChatMessage.user("Reply with the single word OK.")), 0.0, null,
          8, null, List.of(), null, false, 0, null);
      long start = System.nanoTime();
      try (chat) {
        ChatResponse r = chat.chat(request);
        long ms = (System.nanoTime() - start) / 1_000_000;
        out.printf("ok: replied in %d ms: \"%s\" (finish %s, %d prompt + %d output tokens, model %s)%n", ms,
            r.text().strip(), r.finishReason().name().toLowerCase(), r.usage().promptTokens(),
            r.usage().completionTokens(), r.model());
        return 0;
      } catch (ChatException e) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        err.printf("parley: failed after %d ms: %s (%s%s)%n", ms, e.getMessage(), e.kind().name().toLowerCase(),
            e.retryable() ? ", may succeed if retried" : "");
        return Main.FAILED;
      }
    }
  }

  /** A stand-in OpenAI-compatible, Anthropic and Ollama server answering with fixed text. */
  @Command(name = "serve-fake", mixinStandardHelpOptions = true,
      description = {"Serve a stand-in model on loopback that answers every request with the same text,",
          "for dry runs of tournaments without a model. Stop it with Ctrl-C."})
  static final class ServeFake implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--reply", defaultValue = "Option J", description = "text of every reply (default: ${DEFAULT-VALUE})")
    String reply;

    @Option(names = "--delay", defaultValue = "0ms", description = "delay before each reply, e.g. 50ms")
    String delay;

    @Option(names = "--threads", defaultValue = "128", description = "handler threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--port", defaultValue = "0", description = "loopback port (default: any free port)")
    int port;

    @Override
    public void run() {
      Duration d = YamlFile.duration(delay, "--delay");
      try (FakeLlmServer server = FakeLlmServer.start(r -> reply, threads, port)) {
        if (d != null) {
          server.delay(d);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Serving a stand-in model; use for example:");
        out.println("  openai-compatible:" + server.openAiBaseUrl() + "#fake");
        out.println("  anthropic:fake?base_url=" + server.origin());
        out.println("  ollama:fake?base_url=" + server.origin());
        out.flush();
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
