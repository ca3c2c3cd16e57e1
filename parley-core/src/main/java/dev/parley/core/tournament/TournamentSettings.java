package dev.parley.core.tournament;

import dev.parley.core.engine.RunnerConfig;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that decides a tournament's episodes: game, agents, plan shape, seed and the
 * illegal-action rules. Stored with the run as a flat map, so {@code resume} rebuilds the same plan.
 * (How many threads play it does not change the episodes and is not part of it.)
 */
public record TournamentSettings(
    String name,
    String game,
    List<String> agents,
    int repetitions,
    boolean swapSeats,
    boolean selfPlay,
    long seed,
    RunnerConfig runner) {

  public TournamentSettings {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(game, "game");
    agents = List.copyOf(agents);
    if (agents.isEmpty()) {
      throw new IllegalArgumentException("agents: list at least one agent");
    }
    for (String agent : agents) {
      // toMap joins agent specs with newlines, so a spec spanning lines would not read back
      if (agent.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("agent spec '" + agent + "' spans several lines; write it on one line");
      }
    }
    if (repetitions < 1) {
      throw new IllegalArgumentException("repetitions must be ≥ 1, was " + repetitions);
    }
    Objects.requireNonNull(runner, "runner");
  }

  /** Flat form for storage; {@link #fromMap} reads it back. Agent specs are joined with newlines. */
  public Map<String, String> toMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("game", game);
    m.put("agents", String.join("\n", agents));
    m.put("repetitions", Integer.toString(repetitions));
    m.put("swap_seats", Boolean.toString(swapSeats));
    m.put("self_play", Boolean.toString(selfPlay));
    m.put("seed", Long.toString(seed));
    runner.putInto(m);
    return m;
  }

  public static TournamentSettings fromMap(Map<String, String> m) {
    RunnerConfig runner = RunnerConfig.from(m);
    return new TournamentSettings(get(m, "name"), get(m, "game"), Arrays.asList(get(m, "agents").split("\n")),
        Integer.parseInt(get(m, "repetitions")), Boolean.parseBoolean(get(m, "swap_seats")),
        Boolean.parseBoolean(get(m, "self_play")), Long.parseLong(get(m, "seed")), runner);
  }

  private static String get(Map<String, String> m, String key) {
    String v = m.get(key);
    if (v == null) {
      throw new IllegalArgumentException("stored settings lack '" + key + "'");
    }
    return v;
  }
}
