package dev.parley.app;

import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.critic.PairwiseJudge;
import dev.parley.core.llm.ChatRequest;
import dev.parley.core.llm.ChatResponse;
import dev.parley.core.llm.ResponseCache;
import dev.parley.llm.ModelPool;
import dev.parley.llm.UsageMeter;
import dev.parley.llm.judge.LlmJudges;
import dev.parley.llm.middleware.CachingChatModel;
import dev.parley.llm.middleware.Sleeper;
import dev.parley.store.JdbcResponseCache;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * The services agents of one command share: the model pool (one stack per model, with retries,
 * limits and the response cache kept in the run's store) and the usage meter. Closing it closes
 * the models and the cache.
 */
final class AgentSetup implements AutoCloseable {
  /** How model replies are cached. */
  enum CacheMode {
    READ_WRITE, REPLAY, WRITE_ONLY, OFF;

    static CacheMode parse(String text) {
      for (CacheMode m : values()) {
        if (m.name().replace('_', '-').equalsIgnoreCase(text.strip())) {
          return m;
        }
      }
      throw new BadInputException("cache must be read-write, replay, write-only or off; got '" + text + "'");
    }

    String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final AgentEnvironment environment;
  private final UsageMeter meter;

  private AgentSetup(AgentEnvironment environment, UsageMeter meter) {
    this.environment = environment;
    this.meter = meter;
  }

  /** Services for agents whose replies are cached in the store at {@code storeTarget}. */
  static AgentSetup open(String storeTarget, CacheMode mode) {
    UsageMeter meter = new UsageMeter();
    LazyCache cache = mode == CacheMode.OFF ? null : new LazyCache(storeTarget);
    CachingChatModel.Mode cacheMode = switch (mode) {
      case REPLAY -> CachingChatModel.Mode.REPLAY;
      case WRITE_ONLY -> CachingChatModel.Mode.WRITE_ONLY;
      default -> CachingChatModel.Mode.READ_WRITE;
    };
    ModelPool pool = new ModelPool(cache, cacheMode, ModelPool.Defaults.STANDARD, Sleeper.REAL);
    AgentEnvironment.Builder env = AgentEnvironment.builder().with(UsageMeter.class, meter)
        .with(Terminal.class, Terminal.standard());
    if (cache != null) {
      env.with(LazyCache.class, cache);
    }
    env.with(ModelPool.class, pool);
    return new AgentSetup(env.build(), meter);
  }

  /** Opens the store's cache on first use, so that checking agents never touches the store. */
  static final class LazyCache implements ResponseCache, AutoCloseable {
    private final String target;
    private JdbcResponseCache cache;

    LazyCache(String target) {
      this.target = target;
    }

    private synchronized JdbcResponseCache cache() {
      if (cache == null) {
        cache = JdbcResponseCache.open(target);
      }
      return cache;
    }

    @Override
    public Optional<ChatResponse> get(String key) {
      return cache().get(key);
    }

    @Override
    public void put(String key, String modelId, ChatRequest request, ChatResponse response) {
      cache().put(key, modelId, request, response);
    }

    @Override
    public synchronized void close() {
      if (cache != null) {
        cache.close();
        cache = null;
      }
    }
  }

  AgentEnvironment environment() {
    return environment;
  }

  /** A model judge for {@code spec}, sharing this setup's model pool, reply cache and usage meter. */
  PairwiseJudge modelJudge(String spec) {
    ModelPool pool = environment.get(ModelPool.class).orElseThrow();
    return LlmJudges.create(spec.strip(), pool, LlmJudges.DEFAULT_RETRIES, meter);
  }

  UsageMeter meter() {
    return meter;
  }

  /** Prints calls, cache hits, tokens and cost per agent, if any model was called. */
  void printUsage(PrintWriter out) {
    var lines = meter.lines();
    if (lines.isEmpty()) {
      return;
    }
    out.println();
    out.println("Model usage:");
    out.printf(Locale.ROOT, "  %-60s %8s %8s %8s %12s %12s %10s%n", "agent", "calls", "cached", "failed",
        "prompt tok", "output tok", "cost $");
    for (UsageMeter.Line l : lines) {
      print(out, l);
    }
    if (lines.size() > 1) {
      print(out, meter.total());
    }
  }

  private static void print(PrintWriter out, UsageMeter.Line l) {
    String name = l.agent().length() <= 60 ? l.agent() : l.agent().substring(0, 59) + "…";
    out.printf(Locale.ROOT, "  %-60s %8d %8d %8d %12d %12d %10.4f%n", name, l.calls(), l.cached(), l.failures(),
        l.promptTokens(), l.completionTokens(), l.costUsd());
  }

  @Override
  public void close() {
    environment.close();
  }
}
