package dev.parley.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.parley.core.campaign.CampaignSettings;
import dev.parley.core.engine.IllegalActionPolicy;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.spec.NameNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A campaign described in YAML:
 *
 * <pre>
 * name: bargaining-feedback
 * game: bargaining                    # required
 * learner: boulware                   # required: the agent that receives feedback
 * opponent: linear                    # required: fresh every round
 * learner_seats: [seller, buyer]      # seat names or numbers; default: every seat
 * feedback: [none, constant, rule]    # feedback sources compared (critic specs); default [none]
 * rounds: 5                           # rounds per campaign
 * campaigns: 20                       # independent campaigns per arm
 * seed: 7
 * metrics: [price, deal]              # metrics shown in the table (default: all the game reports)
 * illegal_action: reprompt-then-forfeit
 * max_reprompts: 2
 * decision_timeout: none
 * threads: 2
 * store: parley.db
 * cache: read-write
 * report: campaign-report.html        # default: RUN_ID.html
 * </pre>
 */
record CampaignFile(CampaignSettings settings, List<String> seatNames, List<String> metrics, Integer threads,
    String store, String cache, String report) {
  static final List<String> KEYS = List.of("name", "game", "learner", "opponent", "learner_seats", "feedback", "rounds",
      "campaigns", "seed", "metrics", "illegal_action", "max_reprompts", "decision_timeout", "max_moves", "threads",
      "store", "cache", "report");

  static CampaignFile load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException("no such file: " + file);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
    String where = file.toString();
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text);
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
    String name = str(root, "name", where, file.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
    String game = required(root, "game", where, "game: bargaining");
    String learner = required(root, "learner", where, "learner: boulware");
    String opponent = required(root, "opponent", where, "opponent: linear");
    List<String> seats = list(root, "learner_seats", where);
    List<String> feedback = list(root, "feedback", where);
    if (feedback.isEmpty()) {
      feedback = List.of("none");
    }
    int rounds = (int) num(root, "rounds", where, 5, 1, 10_000);
    int campaigns = (int) num(root, "campaigns", where, 10, 1, 1_000_000);
    long seed = num(root, "seed", where, 1, Long.MIN_VALUE, Long.MAX_VALUE);
    IllegalActionPolicy policy;
    try {
      policy = IllegalActionPolicy.parse(str(root, "illegal_action", where, "reprompt-then-forfeit"));
    } catch (NameNotFoundException e) {
      throw new BadInputException(where + ": " + e.getMessage());
    }
    RunnerConfig runner = new RunnerConfig(policy, (int) num(root, "max_reprompts", where, 2, 0, 100),
        TournamentFile.duration(str(root, "decision_timeout", where, "none"), where),
        (int) num(root, "max_moves", where, RunnerConfig.DEFAULT.maxMoves(), 1, Integer.MAX_VALUE));
    Integer threads = root.has("threads") ? (int) num(root, "threads", where, 1, 1, 1024) : null;
    // learner seats are resolved against the game later; keep a placeholder seat list here
    CampaignSettings settings = new CampaignSettings(name, game, learner, opponent, List.of(0), feedback, rounds,
        campaigns, seed, runner);
    return new CampaignFile(settings, seats, list(root, "metrics", where), threads, str(root, "store", where, null),
        str(root, "cache", where, null), str(root, "report", where, null));
  }

  /** The settings with learner seats resolved from names or numbers against {@code seatNames}. */
  CampaignSettings withSeats(List<String> gameSeatNames) {
    List<Integer> resolved = new ArrayList<>();
    if (seatNames.isEmpty()) {
      for (int i = 0; i < gameSeatNames.size(); i++) {
        resolved.add(i);
      }
    } else {
      for (String s : seatNames) {
        int i = gameSeatNames.indexOf(s);
        if (i < 0) {
          try {
            i = Integer.parseInt(s);
          } catch (NumberFormatException e) {
            throw new BadInputException(new NameNotFoundException("learner seat", s, gameSeatNames).getMessage());
          }
          if (i < 0 || i >= gameSeatNames.size()) {
            throw new BadInputException("learner seat " + i + " outside 0.." + (gameSeatNames.size() - 1));
          }
        }
        resolved.add(i);
      }
    }
    CampaignSettings s = settings;
    return new CampaignSettings(s.name(), s.game(), s.learner(), s.opponent(), resolved, s.feedback(), s.rounds(),
        s.campaigns(), s.seed(), s.runner());
  }

  private static String required(JsonNode root, String key, String where, String example) {
    String v = str(root, key, where, null);
    if (v == null || v.isBlank()) {
      throw new BadInputException(where + ": '" + key + "' is required, e.g. " + example);
    }
    return v;
  }

  private static String str(JsonNode root, String key, String where, String fallback) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      return fallback;
    }
    if (!n.isValueNode()) {
      throw new BadInputException(where + ": '" + key + "' must be a single value, got " + n);
    }
    return n.asText().strip();
  }

  private static List<String> list(JsonNode root, String key, String where) {
    JsonNode n = root.get(key);
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
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

  private static long num(JsonNode root, String key, String where, long fallback, long min, long max) {
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
}
