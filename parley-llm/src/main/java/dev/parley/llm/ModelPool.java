package dev.parley.llm;

import dev.parley.core.llm.ChatModel;
import dev.parley.core.llm.ResponseCache;
import dev.parley.llm.middleware.CachingChatModel;
import dev.parley.llm.middleware.ConcurrencyLimitedChatModel;
import dev.parley.llm.middleware.RateLimitedChatModel;
import dev.parley.llm.middleware.RetryingChatModel;
import dev.parley.llm.middleware.Sleeper;
import dev.parley.llm.provider.Providers;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The models of one run, one stack per model spec shared by every agent that names it. A stack
 * is, from the outside in: cache → retries → concurrency limit → rate limits → provider. Retries
 * wait outside the concurrency limit, and cache hits touch neither limits nor the network.
 *
 * <p>Concurrency and rate limits belong to the endpoint (protocol, base URL and key variable), so
 * every model and setting served by one endpoint shares them; specs of one endpoint must agree on
 * {@code concurrency}, {@code rpm} and {@code tpm}.
 */
public final class ModelPool implements AutoCloseable {
  /** Defaults a spec can override with its settings. */
  public record Defaults(int concurrency, long requestsPerMinute, long tokensPerMinute, int retries) {
    public static final Defaults STANDARD = new Defaults(16, 0, 0, 5);
  }

  private final ResponseCache cache;
  private final CachingChatModel.Mode cacheMode;
  private final Defaults defaults;
  private final Sleeper sleeper;
  private final Map<String, ChatModel> models = new ConcurrentHashMap<>();
  private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

  /** The shared limits of one endpoint and the settings they came from. */
  private record Endpoint(String firstSpec, int concurrency, long rpm, long tpm, Semaphore permits,
      RateLimitedChatModel.Limits rates) {}

  public ModelPool(ResponseCache cache, CachingChatModel.Mode cacheMode, Defaults defaults, Sleeper sleeper) {
    this.cache = cache;
    this.cacheMode = Objects.requireNonNull(cacheMode, "cacheMode");
    this.defaults = Objects.requireNonNull(defaults, "defaults");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /** A pool without a cache, with standard limits. */
  public static ModelPool uncached() {
    return new ModelPool(null, CachingChatModel.Mode.READ_WRITE, Defaults.STANDARD, Sleeper.REAL);
  }

  /** The shared stack for {@code spec}, built on first use. */
  public ChatModel model(ModelSpec spec) {
    return models.computeIfAbsent(spec.toString(), k -> build(spec));
  }

  private ChatModel build(ModelSpec spec) {
    long rpm = orDefault(spec.longSetting("rpm", 0, Long.MAX_VALUE), defaults.requestsPerMinute());
    long tpm = orDefault(spec.longSetting("tpm", 0, Long.MAX_VALUE), defaults.tokensPerMinute());
    int concurrency = (int) orDefault(spec.longSetting("concurrency", 1, 10_000), defaults.concurrency());
    String key = spec.provider() + "|" + spec.baseUrl() + "|" + spec.setting("key_env");
    Endpoint e = endpoints.computeIfAbsent(key, k -> new Endpoint(spec.toString(), concurrency, rpm, tpm,
        new Semaphore(concurrency, true), RateLimitedChatModel.Limits.of(rpm, tpm, System::nanoTime)));
    if (e.concurrency() != concurrency || e.rpm() != rpm || e.tpm() != tpm) {
      throw new IllegalArgumentException("models " + e.firstSpec() + " and " + spec + " share the endpoint "
          + spec.baseUrl() + " but ask for different limits (concurrency " + e.concurrency() + "/" + concurrency
          + ", rpm " + e.rpm() + "/" + rpm + ", tpm " + e.tpm() + "/" + tpm + "); limits are per endpoint: give them "
          + "the same concurrency, rpm and tpm");
    }
    ChatModel m = Providers.create(spec);
    if (rpm > 0 || tpm > 0) {
      m = new RateLimitedChatModel(m, e.rates(), sleeper);
    }
    m = new ConcurrencyLimitedChatModel(m, e.permits(), concurrency);
    int retries = (int) orDefault(spec.longSetting("retries", 0, 100), defaults.retries());
    if (retries > 0) {
      m = new RetryingChatModel(m, new RetryingChatModel.Policy(retries + 1, Duration.ofMillis(500),
          Duration.ofSeconds(60)), sleeper, spec.toString().hashCode());
    }
    if (cache != null) {
      m = new CachingChatModel(m, cache, cacheMode);
    }
    return m;
  }

  private static long orDefault(Long v, long d) {
    return v == null ? d : v;
  }

  @Override
  public void close() {
    models.values().forEach(ChatModel::close);
    models.clear();
  }
}
