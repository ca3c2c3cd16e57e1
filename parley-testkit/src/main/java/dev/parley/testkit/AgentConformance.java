package dev.parley.testkit;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.agent.AgentType;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.IllegalActionPolicy;
import dev.parley.core.engine.MatchInfo;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.engine.Seeds;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Provenance;
import dev.parley.core.episode.Violation;
import dev.parley.core.game.Game;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The checks every scripted agent must pass in every game it says it can play (PettingZoo's API
 * tests, for agents). For one game, each agent type of the registry that declares itself
 * compatible is checked:
 *
 * <ul>
 *   <li>its bare name binds with default parameters, and its canonical spec binds again to the same
 *       spec (round trip);
 *   <li>it plays every seat it claims (all seats unless {@link #seats} narrows it) against every
 *       compatible agent type in the other seats, including itself, and in all those episodes
 *       <b>no seat commits a violation</b> (no malformed, illegal, failed or late decision) and
 *       every episode ends in a terminal state;
 *   <li>the same seed gives the same episode, step for step and return for return.
 * </ul>
 *
 * Agents that wait on something outside the process ({@link AgentType#waitsOnIo()}: model-driven,
 * human) are left out and counted in the report; test them against a protocol server instead.
 */
public final class AgentConformance {
  static final Provenance PROVENANCE = new Provenance("conformance", "none", "conformance", "conformance");

  private final AgentRegistry registry;
  private final Game<Object> game;
  private final Map<String, int[]> seats = new TreeMap<>();
  private final Set<String> skipped = new TreeSet<>();
  private int episodes = 3;
  private long seed = 1;

  @SuppressWarnings("unchecked")
  private AgentConformance(AgentRegistry registry, Game<?> game) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.game = (Game<Object>) Objects.requireNonNull(game, "game");
  }

  public static AgentConformance of(AgentRegistry registry, Game<?> game) {
    return new AgentConformance(registry, game);
  }

  /** Episodes per lineup (each also replayed once for determinism); default 3. */
  public AgentConformance episodes(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("episodes must be ≥ 1, was " + n);
    }
    this.episodes = n;
    return this;
  }

  public AgentConformance seed(long s) {
    this.seed = s;
    return this;
  }

  /** Agent type {@code type} plays only these seats of this game (e.g. a moderator). */
  public AgentConformance seats(String type, int... allowed) {
    for (int s : allowed) {
      if (s < 0 || s >= game.numPlayers()) {
        throw new IllegalArgumentException("seat " + s + " does not exist in " + game + " ("
            + game.numPlayers() + " seats)");
      }
    }
    if (allowed.length == 0) {
      throw new IllegalArgumentException("name at least one seat for " + type);
    }
    seats.put(registry.type(type).name(), allowed.clone());
    return this;
  }

  /** Leaves these agent types out (say why in the test). */
  public AgentConformance skip(String... types) {
    for (String t : types) {
      skipped.add(registry.type(t).name());
    }
    return this;
  }

  /**
   * What a passing run covered: agent types checked, types left out because they wait on I/O or were
   * skipped, distinct lineups played, episodes played (replays not counted) and decisions made.
   */
  public record Report(List<String> checked, List<String> leftOut, int lineups, int episodes, long decisions) {
    public Report {
      checked = List.copyOf(checked);
      leftOut = List.copyOf(leftOut);
    }
  }

  /** Runs every check; throws {@link AssertionError} naming the game, lineup and seed on failure. */
  public Report check() {
    List<AgentFactory<Object>> factories = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    for (AgentType t : registry.typesFor(game)) {
      if (t.waitsOnIo() || skipped.contains(t.name())) {
        leftOut.add(t.name());
        continue;
      }
      AgentFactory<Object> f = registry.factory(t.name(), game);
      AgentFactory<Object> again = registry.factory(f.spec(), game);
      require(again.spec().equals(f.spec()), "agent spec " + f.spec() + " binds again as " + again.spec());
      factories.add(f);
    }
    require(!factories.isEmpty(), "no agent type to check (left out: " + leftOut + ")");
    int n = game.numPlayers();
    for (int s = 0; s < n; s++) {
      int seat = s;
      require(factories.stream().anyMatch(f -> plays(f, seat)), "no checked agent type plays seat " + seat);
    }
    Set<List<Integer>> lineups = new LinkedHashSet<>();
    for (int t = 0; t < factories.size(); t++) {
      for (int seat = 0; seat < n; seat++) {
        if (!plays(factories.get(t), seat)) {
          continue;
        }
        for (int o = 0; o < factories.size(); o++) {
          Integer[] lineup = new Integer[n];
          for (int other = 0; other < n; other++) {
            lineup[other] = other == seat ? t : plays(factories.get(o), other) ? o : firstFor(factories, other);
          }
          lineups.add(List.of(lineup));
        }
      }
    }
    EpisodeRunner runner = new EpisodeRunner(RunnerConfig.DEFAULT.withPolicy(IllegalActionPolicy.FORFEIT));
    int played = 0;
    long decisions = 0;
    long index = 0;
    for (List<Integer> lineup : lineups) {
      List<String> specs = lineup.stream().map(i -> factories.get(i).spec()).toList();
      for (int e = 0; e < episodes; e++) {
        long s = Seeds.derive(seed, index);
        MatchInfo info = new MatchInfo("conformance", index++, s, specs, PROVENANCE);
        Episode first = runner.run(game, seated(factories, lineup), info);
        String where = "lineup " + specs + ", seed " + s;
        for (Violation v : first.violations()) {
          throw new AssertionError(game + ": " + specs.get(v.seat()) + " in seat " + v.seat() + " committed "
              + v.kind() + " at move " + v.move() + " (" + where + "): " + v.detail());
        }
        require(first.status() == EpisodeStatus.COMPLETED, "episode ended " + first.status() + " (" + where + ")");
        Episode second = runner.run(game, seated(factories, lineup), info);
        require(first.withoutTiming().equals(second.withoutTiming()),
            "the same seed played a different episode (" + where + "): returns " + first.returns() + " then "
                + second.returns() + ", " + first.steps().size() + " then " + second.steps().size() + " steps");
        played++;
        for (var step : first.steps()) {
          decisions += step.seat() >= 0 ? 1 : 0;
        }
      }
    }
    return new Report(factories.stream().map(f -> f.type().name()).toList(), leftOut, lineups.size(), played,
        decisions);
  }

  private boolean plays(AgentFactory<Object> f, int seat) {
    int[] allowed = seats.get(f.type().name());
    return allowed == null || Arrays.stream(allowed).anyMatch(a -> a == seat);
  }

  private int firstFor(List<AgentFactory<Object>> factories, int seat) {
    for (int i = 0; i < factories.size(); i++) {
      if (plays(factories.get(i), seat)) {
        return i;
      }
    }
    throw new AssertionError(game + ": no checked agent type plays seat " + seat);
  }

  private static List<Agent<Object>> seated(List<AgentFactory<Object>> factories, List<Integer> lineup) {
    List<Agent<Object>> agents = new ArrayList<>(lineup.size());
    for (int i : lineup) {
      agents.add(factories.get(i).create());
    }
    return agents;
  }

  private void require(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(game + ": " + message);
    }
  }
}
