package dev.parley.llm;

import dev.parley.core.spec.NameNotFoundException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A model named by one string, usable in YAML and on the command line:
 *
 * <pre>
 * openai:gpt-4o-mini?temperature=0                  OpenAI (key: OPENAI_API_KEY)
 * openrouter:meta-llama/llama-3.1-8b-instruct         OpenRouter (key: OPENROUTER_API_KEY)
 * openai-compatible:http://localhost:8000/v1#qwen2.5-7b   vLLM, llama.cpp, LM Studio, Ollama /v1 ...
 * anthropic:claude-3-5-haiku-latest                   Anthropic Messages API (key: ANTHROPIC_API_KEY)
 * ollama:llama3.1                                     Ollama /api/chat (host: OLLAMA_HOST or localhost:11434)
 * </pre>
 *
 * Settings after {@code ?}, joined with {@code &}: temperature, top_p, max_tokens, seed, timeout
 * (e.g. 60s), connect_timeout, retries, concurrency, rpm, tpm, key_env, base_url, price_in and
 * price_out (US dollars per million tokens). Keys are read only from the environment variable
 * named by {@code key_env} (or the provider's default); a spec never holds a key.
 */
public record ModelSpec(Provider provider, String baseUrl, String model, Map<String, String> settings) {

  /** The wire protocols Parley speaks. */
  public enum Provider { OPENAI_COMPATIBLE, ANTHROPIC, OLLAMA }

  /** Settings a model spec accepts, in canonical order. */
  public static final List<String> SETTINGS = List.of("temperature", "top_p", "max_tokens", "seed", "timeout",
      "connect_timeout", "retries", "concurrency", "rpm", "tpm", "key_env", "base_url", "price_in", "price_out",
      "logprobs", "top_logprobs");

  /** Spec prefixes and what they mean. */
  public static final List<String> PREFIXES = List.of("openai", "openrouter", "openai-compatible", "anthropic", "ollama");

  public ModelSpec {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(model, "model");
    if (model.isBlank()) {
      throw new IllegalArgumentException("model spec: the model name is empty");
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String k : SETTINGS) {
      if (settings.containsKey(k)) {
        ordered.put(k, settings.get(k));
      }
    }
    for (String k : settings.keySet()) {
      if (!SETTINGS.contains(k)) {
        throw new NameNotFoundException("model setting", k, SETTINGS);
      }
    }
    if (ordered.containsKey("base_url")) {
      throw new IllegalArgumentException("model spec: base_url is the baseUrl field, not a setting");
    }
    settings = Map.copyOf(ordered);
  }

  /** True when {@code text} starts with a known provider prefix. */
  public static boolean looksLikeModelSpec(String text) {
    int colon = text.indexOf(':');
    return colon > 0 && PREFIXES.contains(text.substring(0, colon).toLowerCase(Locale.ROOT));
  }

  /** Parses a model spec; errors name the bad part and what is accepted. */
  public static ModelSpec parse(String text) {
    String t = text.strip();
    int colon = t.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("model spec '" + t + "': expected PROVIDER:MODEL, e.g. openai:gpt-4o-mini or "
          + "openai-compatible:http://localhost:8000/v1#qwen2.5-7b");
    }
    String prefix = t.substring(0, colon).toLowerCase(Locale.ROOT);
    String rest = t.substring(colon + 1);
    int q = rest.indexOf('?', Math.max(0, rest.indexOf('#')));
    String query = q >= 0 ? rest.substring(q + 1) : "";
    String body = q >= 0 ? rest.substring(0, q) : rest;
    Map<String, String> settings = parseQuery(query, t);
    String base = settings.remove("base_url");
    return switch (prefix) {
      case "openai" -> new ModelSpec(Provider.OPENAI_COMPATIBLE, base != null ? base : "https://api.openai.com/v1",
          body, withDefault(settings, "key_env", "OPENAI_API_KEY"));
      case "openrouter" -> new ModelSpec(Provider.OPENAI_COMPATIBLE,
          base != null ? base : "https://openrouter.ai/api/v1", body,
          withDefault(settings, "key_env", "OPENROUTER_API_KEY"));
      case "anthropic" -> new ModelSpec(Provider.ANTHROPIC, base != null ? base : "https://api.anthropic.com", body,
          withDefault(settings, "key_env", "ANTHROPIC_API_KEY"));
      case "ollama" -> new ModelSpec(Provider.OLLAMA, base != null ? base : ollamaHost(), body, settings);
      case "openai-compatible" -> {
        int hash = body.lastIndexOf('#');
        if (hash < 0) {
          throw new IllegalArgumentException("model spec '" + t + "': write openai-compatible:BASE_URL#MODEL, e.g. "
              + "openai-compatible:http://localhost:8000/v1#qwen2.5-7b");
        }
        String url = body.substring(0, hash);
        checkUrl(url, t);
        yield new ModelSpec(Provider.OPENAI_COMPATIBLE, url, body.substring(hash + 1), settings);
      }
      default -> throw new NameNotFoundException("model provider", prefix, PREFIXES);
    };
  }

  private static Map<String, String> withDefault(Map<String, String> m, String key, String value) {
    m.putIfAbsent(key, value);
    return m;
  }

  private static String ollamaHost() {
    String host = System.getenv("OLLAMA_HOST");
    if (host == null || host.isBlank()) {
      return "http://localhost:11434";
    }
    return host.startsWith("http") ? host : "http://" + host;
  }

  private static void checkUrl(String url, String spec) {
    try {
      URI u = URI.create(url);
      if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
          || u.getHost() == null) {
        throw new IllegalArgumentException("no http(s) host");
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("model spec '" + spec + "': base URL '" + url
          + "' is not an http(s) URL such as http://localhost:8000/v1");
    }
  }

  private static Map<String, String> parseQuery(String query, String spec) {
    Map<String, String> m = new LinkedHashMap<>();
    if (query.isBlank()) {
      return m;
    }
    for (String part : query.split("&")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("model spec '" + spec + "': setting '" + part + "' must be key=value");
      }
      String key = part.substring(0, eq).strip();
      if (!SETTINGS.contains(key)) {
        throw new IllegalArgumentException("model spec '" + spec + "': "
            + new NameNotFoundException("setting", key, SETTINGS).getMessage());
      }
      m.put(key, part.substring(eq + 1).strip());
    }
    return m;
  }

  /** Provider, base URL and model: what identifies the model, without settings or secrets. */
  public String id() {
    return switch (provider) {
      case OPENAI_COMPATIBLE -> "openai-compatible:" + baseUrl + "#" + model;
      case ANTHROPIC -> "anthropic:" + baseUrl + "#" + model;
      case OLLAMA -> "ollama:" + baseUrl + "#" + model;
    };
  }

  public String setting(String key) {
    return settings.get(key);
  }

  public Double doubleSetting(String key, double min, double max) {
    String v = settings.get(key);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (d < min || d > max || Double.isNaN(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("model setting '" + key + "': '" + v + "' is not a number in [" + min + ", "
          + max + "]");
    }
  }

  public Long longSetting(String key, long min, long max) {
    String v = settings.get(key);
    if (v == null) {
      return null;
    }
    try {
      long d = Long.parseLong(v);
      if (d < min || d > max) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("model setting '" + key + "': '" + v + "' is not an integer in [" + min + ", "
          + max + "]");
    }
  }

  /** A duration setting: {@code 500ms}, {@code 30s}, {@code 2m}. */
  public Duration durationSetting(String key, Duration fallback) {
    String v = settings.get(key);
    if (v == null) {
      return fallback;
    }
    String t = v.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      if (t.endsWith("s")) {
        return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
      }
      if (t.endsWith("m")) {
        return Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60));
      }
      return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("model setting '" + key + "': '" + v + "' is not a duration such as 500ms, "
          + "30s or 2m");
    }
  }

  /** The spec text: prefix, base URL, model and settings in canonical order (reads back equal). */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (String k : SETTINGS) {
      if (settings.containsKey(k)) {
        parts.add(k + "=" + settings.get(k));
      }
    }
    String head = switch (provider) {
      case OPENAI_COMPATIBLE -> "openai-compatible:" + baseUrl + "#" + model;
      case ANTHROPIC -> "anthropic:" + model;
      case OLLAMA -> "ollama:" + model;
    };
    if (provider != Provider.OPENAI_COMPATIBLE) {
      parts.add("base_url=" + baseUrl);
    }
    return parts.isEmpty() ? head : head + "?" + String.join("&", parts);
  }
}
