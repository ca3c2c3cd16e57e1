package dev.parley.app;

import dev.parley.core.tournament.TournamentSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
  static final List<String> KEYS = keys();

  private static List<String> keys() {
    List<String> k = new ArrayList<>(List.of("name", "game", "agents", "repetitions", "swap_seats", "self_play", "seed",
        "threads", "store", "cache"));
    k.addAll(YamlFile.RUNNER_KEYS);
    return List.copyOf(k);
  }

  static TournamentFile load(Path file) {
    YamlFile y = YamlFile.load(file, KEYS);
    List<String> agents = y.list("agents");
    if (agents.isEmpty()) {
      throw new BadInputException(file + ": 'agents' is required, e.g. agents: [tft, alld, grim]");
    }
    TournamentSettings settings = new TournamentSettings(y.text("name", y.baseName()),
        y.required("game", "game: repeated(stage=pd,rounds=10)"), agents,
        (int) y.integer("repetitions", 1, 1, Integer.MAX_VALUE), y.bool("swap_seats", true), y.bool("self_play", true),
        y.integer("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE), y.runner());
    Integer threads = y.has("threads") ? (int) y.integer("threads", 1, 1, 1024) : null;
    return new TournamentFile(settings, threads, y.text("store", null), y.text("cache", null));
  }
}
