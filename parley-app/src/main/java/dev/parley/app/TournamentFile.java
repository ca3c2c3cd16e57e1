package dev.parley.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.parley.core.engine.IllegalActionPolicy;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.spec.NameNotFoundException;
import dev.parley.core.spec.SpecList;
import dev.parley.core.tournament.TournamentSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A tournament described in YAML:
 *
 * <pre>
 * name: strategy-zoo                       # default: the file name
 * game: repeated(stage=pd,rounds=10)       # required
 * agents: [allc, alld, tft, grim]          # required, at least one
 * repetitions: 1                           # matches per lineup
 * swap_seats: true                         # both seat orders
 * self_play: true                          # each agent against itself
 * seed: 42                                 # run seed; every episode seed derives from it
 * illegal_action: reprompt-then-forfeit    # or random-legal, default-action, forfeit
 * max_reprompts: 2
 * decision_timeout: 30s                    # per decision; none by default
 * max_moves: 100000                        # truncate episodes longer than this
 * threads: 2                               # default: all cores (16 with model-driven agents)
 * store: parley.db                         # default: --store, $PARLEY_STORE or parley.db
 * cache: read-write                        # model replies: read-write, replay, write-only, off
 * </pre>
 */
record TournamentFile(TournamentSettings settings, Integer threads, String store, String cache) {
  static final List<String> KEYS = List.of("name", "game", "agents", "repetitions", "swap_seats", "self_play", "seed",
      "illegal_action", "max_reprompts", "decision_timeout", "max_moves", "threads", "store", "cache");

  static TournamentFile load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException("no such file: " + file);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
    String base = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    return parse(text, file.toString(), base);
  }

  static TournamentFile parse(String yaml, String where, String defaultName) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new BadInputException(where + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
          + ": malformed YAML: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new BadInputException(where + ": expected a mapping with keys " + String.join(", ", KEYS));
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new BadInputException(where + ": " + new NameNotFoundException("key", key, KEYS).getMessage());
      }
    }
    String name = text(root, "name", where, defaultName);
    String game = text(root, "game", where, null);
    if (game == null) {
      throw new BadInputException(where + ": 'game' is required, e.g. game: repeated(stage=pd,rounds=10)");
    }
    List<String> agents = agents(root.get("agents"), where);
    int repetitions = integer(root, "repetitions", where, 1, 1, Integer.MAX_VALUE);
    boolean swap = bool(root, "swap_seats", where, true);
    boolean self = bool(root, "self_play", where, true);
    long seed = longValue(root, "seed", where, 1);
    IllegalActionPolicy policy;
    try {
      policy = IllegalActionPolicy.parse(text(root, "illegal_action", where, "reprompt-then-forfeit"));
    } catch (NameNotFoundException e) {
      throw new BadInputException(where + ": " + e.getMessage());
    }
    int reprompts = integer(root, "max_reprompts", where, 2, 0, 100);
    Duration timeout = duration(text(root, "decision_timeout", where, "none"), where);
    int maxMoves = integer(root, "max_moves", where, RunnerConfig.DEFAULT.maxMoves(), 1, Integer.MAX_VALUE);
    Integer threads = root.has("threads") ? integer(root, "threads", where, 1, 1, 1024) : null;
    String store = text(root, "store", where, null);
    TournamentSettings settings = new TournamentSettings(name, game, agents, repetitions, swap, self, seed,
        new RunnerConfig(policy, reprompts, timeout, maxMoves));
    return new TournamentFile(settings, threads, store, text(root, "cache", where, null));
  }

  private static List<String> agents(JsonNode n, String where) {
    if (n == null || n.isNull()) {
      throw new BadInputException(where + ": 'agents' is required, e.g. agents: [tft, alld, grim]");
    }
    List<String> out = new ArrayList<>();
    if (n.isTextual()) {
      out.addAll(SpecList.split(n.asText()));
    } else if (n.isArray()) {
      for (JsonNode a : n) {
        if (!a.isValueNode() || a.asText().isBlank()) {
          throw new BadInputException(where + ": each entry of 'agents' must be an agent spec such as tft or "
              + "random(p=0.3), got " + a);
        }
        out.add(a.asText().strip());
      }
    } else {
      throw new BadInputException(where + ": 'agents' must be a list of agent specs, got " + n);
    }
    if (out.isEmpty()) {
      throw new BadInputException(where + ": 'agents' is empty; list at least one agent");
    }
    return out;
  }

  private static String text(JsonNode root, String key, String where, String fallback) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      return fallback;
    }
    if (!n.isValueNode()) {
      throw new BadInputException(where + ": '" + key + "' must be a single value, got " + n);
    }
    return n.asText().strip();
  }

  private static int integer(JsonNode root, String key, String where, int fallback, int min, int max) {
    long v = longValue(root, key, where, fallback);
    if (v < min || v > max) {
      throw new BadInputException(where + ": '" + key + "' must be between " + min + " and " + max + ", got " + v);
    }
    return (int) v;
  }

  private static long longValue(JsonNode root, String key, String where, long fallback) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      return fallback;
    }
    if (n.isIntegralNumber() && n.canConvertToLong()) {
      return n.asLong();
    }
    if (n.isTextual()) {
      try {
        return Long.parseLong(n.asText().strip());
      } catch (NumberFormatException ignored) {
        // reported below
      }
    }
    throw new BadInputException(where + ": '" + key + "' must be an integer, got " + n);
  }

  private static boolean bool(JsonNode root, String key, String where, boolean fallback) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      return fallback;
    }
    if (n.isBoolean()) {
      return n.asBoolean();
    }
    String t = n.asText().toLowerCase(Locale.ROOT);
    if (t.equals("true") || t.equals("false")) {
      return Boolean.parseBoolean(t);
    }
    throw new BadInputException(where + ": '" + key + "' must be true or false, got " + n);
  }

  /** {@code none}, {@code 500ms}, {@code 30s}, {@code 2m} or ISO-8601 ({@code PT30S}). */
  static Duration duration(String text, String where) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("none") || t.isEmpty()) {
      return null;
    }
    try {
      if (t.startsWith("pt")) {
        return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
      }
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).strip()));
      }
      if (t.endsWith("s")) {
        return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1).strip()) * 1000));
      }
      if (t.endsWith("m")) {
        return Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1).strip()) * 60));
      }
    } catch (RuntimeException ignored) {
      // reported below
    }
    throw new BadInputException(where + ": 'decision_timeout' must be none or a duration such as 500ms, 30s, 2m; got "
        + text);
  }
}
