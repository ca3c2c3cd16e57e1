package dev.parley.core.tournament;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentFactory;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.MatchInfo;
import dev.parley.core.engine.Seeds;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Provenance;
import dev.parley.core.game.Game;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Plays a {@link TournamentPlan} with bounded parallelism, streaming episodes to a {@link RunStore}
 * in batches as it goes. Memory stays bounded however many episodes: workers hand episodes to one
 * writer through a bounded queue, and only running totals are kept.
 *
 * <p>Resumable: {@link #run} skips the matches already stored, so after a crash or kill the same
 * call finishes the plan with no match lost and none stored twice. Episode {@code i} is seeded by
 * {@link Seeds#forMatch(long, long)}, so its record is the same whatever the thread count or how
 * often the run was interrupted.
 */
public final class Tournament<A> {

  private final Game<A> game;
  private final List<AgentFactory<A>> agents;
  private final TournamentPlan plan;
  private final EpisodeRunner runner;
  private final long seed;
  private final Provenance provenance;
  private final List<List<String>> lineupSeats;

  public Tournament(Game<A> game, List<AgentFactory<A>> agents, TournamentPlan plan, EpisodeRunner runner,
      long seed, Provenance provenance) {
    this.game = Objects.requireNonNull(game, "game");
    this.agents = List.copyOf(agents);
    this.plan = Objects.requireNonNull(plan, "plan");
    this.runner = Objects.requireNonNull(runner, "runner");
    this.seed = seed;
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    if (plan.agents() != agents.size()) {
      throw new IllegalArgumentException("plan is for " + plan.agents() + " agents, got " + agents.size());
    }
    if (plan.seats() != game.numPlayers()) {
      throw new IllegalArgumentException("plan has " + plan.seats() + " seats, " + game + " has "
          + game.numPlayers());
    }
    List<List<String>> seats = new ArrayList<>(plan.lineupCount());
    for (int l = 0; l < plan.lineupCount(); l++) {
      int[] lineup = plan.lineup(l);
      String[] specs = new String[lineup.length];
      for (int s = 0; s < lineup.length; s++) {
        specs[s] = agents.get(lineup[s]).spec();
      }
      seats.add(List.of(specs));
    }
    this.lineupSeats = seats;
  }

  public TournamentPlan plan() {
    return plan;
  }

  public List<String> agentSpecs() {
    return agents.stream().map(AgentFactory::spec).toList();
  }

  /** Plays match {@code index} of the plan (pure: same index, same episode). */
  public Episode play(String runId, int index) {
    int[] lineup = plan.lineup(index);
    List<Agent<A>> seated = new ArrayList<>(lineup.length);
    for (int s : lineup) {
      seated.add(agents.get(s).create());
    }
    MatchInfo info = new MatchInfo(runId, index, Seeds.forMatch(seed, index),
        lineupSeats.get(index % plan.lineupCount()), provenance);
    return runner.run(game, seated, info);
  }

  /**
   * Plays every match of the plan not yet in {@code store} and returns the totals over all stored
   * episodes of the run (including those stored before a resume).
   */
  public TournamentResults run(String runId, RunStore store, int threads, Progress progress) {
    return run(runId, store, threads, false, progress);
  }

  /**
   * As {@link #run(String, RunStore, int, Progress)}; with {@code virtualThreads} the workers are
   * virtual threads where the runtime has them (for agents that mostly wait on model servers).
   */
  public TournamentResults run(String runId, RunStore store, int threads, boolean virtualThreads, Progress progress) {
    TournamentResults results = new TournamentResults(agentSpecs());
    BitSet done = store.completedMatches(runId);
    if (!done.isEmpty()) {
      store.forEachEpisode(runId, e -> results.add(e, plan.lineup(Math.toIntExact(e.matchIndex()))));
    }
    new EpisodeStreamer(runId, store, e -> results.add(e, plan.lineup(Math.toIntExact(e.matchIndex()))), progress)
        .run(plan.size(), done::get, i -> List.of(play(runId, i)), threads, virtualThreads, plan.size(),
            done.cardinality());
    return results;
  }
}
