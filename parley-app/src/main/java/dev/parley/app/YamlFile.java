package dev.parley.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.parley.core.engine.IllegalActionPolicy;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.spec.NameNotFoundException;
import dev.parley.core.spec.SpecList;
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
 * A YAML mapping read for a command, with typed getters whose errors name the file, the key, the
 * bad value and what is accepted. Unknown keys are refused with the closest known key.
 */
final class YamlFile {
  /** Keys of the illegal-action rules shared by tournament and campaign files. */
  static final List<String> RUNNER_KEYS = List.of("illegal_action", "max_reprompts", "decision_timeout", "max_moves");

  private final JsonNode root;
  private final String where;
  private final String baseName;

  private YamlFile(JsonNode root, String where, String baseName) {
    this.root = root;
    this.where = where;
    this.baseName = baseName;
  }

  /** Reads {@code file}, accepting only {@code keys}. */
  static YamlFile load(Path file, List<String> keys) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException("no such file: " + file);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.toString(), file.getFileName().toString().replaceFirst("\\.ya?ml$", ""), keys);
  }

  static YamlFile parse(String yaml, String where, String baseName, List<String> keys) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new BadInputException(where + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
          + ": malformed YAML: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new BadInputException(where + ": expected a mapping with keys " + String.join(", ", keys));
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!keys.contains(key)) {
        throw new BadInputException(where + ": " + new NameNotFoundException("key", key, keys).getMessage());
      }
    }
    return new YamlFile(root, where, baseName);
  }

  /** The file name without its extension (the default run name). */
  String baseName() {
    return baseName;
  }

  boolean has(String key) {
    return root.has(key) && !root.get(key).isNull();
  }

  String text(String key, String fallback) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      return fallback;
    }
    if (!n.isValueNode()) {
      throw new BadInputException(where + ": '" + key + "' must be a single value, got " + n);
    }
    return n.asText().strip();
  }

  String required(String key, String example) {
    String v = text(key, null);
    if (v == null || v.isBlank()) {
      throw new BadInputException(where + ": '" + key + "' is required, e.g. " + example);
    }
    return v;
  }

  /** A list of specs: a YAML list, or one comma-separated string (commas inside brackets kept). */
  List<String> list(String key) {
    JsonNode n = root.get(key);
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isTextual()) {
      out.addAll(SpecList.split(n.asText()));
      return out;
    }
    if (n.isValueNode()) {
      out.add(n.asText().strip());
      return out;
    }
    if (!n.isArray()) {
      throw new BadInputException(where + ": '" + key + "' must be a list, got " + n);
    }
    for (JsonNode x : n) {
      if (!x.isValueNode() || x.asText().isBlank()) {
        throw new BadInputException(where + ": each entry of '" + key + "' must be a single value, got " + x);
      }
      out.add(x.asText().strip());
    }
    return out;
  }

  long integer(String key, long fallback, long min, long max) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      return fallback;
    }
    long v;
    if (n.isIntegralNumber() && n.canConvertToLong()) {
      v = n.asLong();
    } else {
      try {
        v = Long.parseLong(n.asText().strip());
      } catch (NumberFormatException e) {
        throw new BadInputException(where + ": '" + key + "' must be an integer, got " + n);
      }
    }
    if (v < min || v > max) {
      throw new BadInputException(where + ": '" + key + "' must be between " + min + " and " + max + ", got " + v);
    }
    return v;
  }

  boolean bool(String key, boolean fallback) {
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

  /** The illegal-action rules ({@link #RUNNER_KEYS}). */
  RunnerConfig runner() {
    IllegalActionPolicy policy;
    try {
      policy = IllegalActionPolicy.parse(text("illegal_action", "reprompt-then-forfeit"));
    } catch (NameNotFoundException e) {
      throw new BadInputException(where + ": " + e.getMessage());
    }
    return new RunnerConfig(policy, (int) integer("max_reprompts", 2, 0, 100),
        duration(text("decision_timeout", "none"), where),
        (int) integer("max_moves", RunnerConfig.DEFAULT.maxMoves(), 1, Integer.MAX_VALUE));
  }

  /** {@code none}, {@code 500ms}, {@code 30s}, {@code 2m} or ISO-8601 ({@code PT30S}); null for none. */
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
    throw new BadInputException(where + ": a duration must be none or like 500ms, 30s, 2m; got " + text);
  }
}
