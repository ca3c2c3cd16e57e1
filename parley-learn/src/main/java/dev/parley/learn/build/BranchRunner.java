package dev.parley.learn.build;

import dev.parley.core.agent.Agent;
import dev.parley.core.engine.Continuation;
import dev.parley.core.engine.EpisodeListener;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.MatchInfo;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Step;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plays a stored episode on from one of its mid-episode states: the engine's
 * {@link EpisodeRunner#continueFrom} with the source episode's identity. Agents follow the
 * runner's protocol and seeding (their private random source and chance moves follow the
 * continuation's seed), agent misbehaviour becomes a {@link dev.parley.core.episode.Violation}
 * resolved by the config's policy, and the config's decision timeout applies. The agents begin
 * at the branching state after recalling the moves before it ({@link
 * dev.parley.core.agent.Agent#recall}), so a model agent with conversation memory continues the
 * source's conversation. The episode's timing fields are 0 so that a continuation is the same record
 * every time it is played with the same seed.
 */
public final class BranchRunner {
  private final EpisodeRunner runner;

  public BranchRunner(RunnerConfig config) {
    this.runner = new EpisodeRunner(Objects.requireNonNull(config, "config"));
  }

  public RunnerConfig config() {
    return runner.config();
  }

  /**
   * Continues {@code source} from {@code state}, the state after {@code prefix} (the source's steps
   * before the branching move), and returns the whole episode: the prefix, then the continuation.
   * The episode keeps the source's run id, match index and provenance, so its id is the
   * source's; its seed is {@code seed}; its violations are the source's before the branching move, then
   * the continuation's.
   *
   * @param agents one fresh agent per seat
   * @param seats the agents' specs, recorded as the episode's seats
   * @param forced actions imposed at the first move of the continuation, by seat (those seats'
   *     agents are not asked then); the other seats acting at that move decide themselves
   * @throws IllegalArgumentException when a forced seat does not act at the first move or its action is illegal
   */
  public <A> Episode play(Game<A> game, Episode source, List<Step> prefix, GameState<A> state,
      List<? extends Agent<A>> agents, List<String> seats, Map<Integer, A> forced, long seed) {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(source, "source");
    MatchInfo info = new MatchInfo(source.runId(), source.matchIndex(), seed, seats, source.provenance());
    return runner.continueFrom(game, agents, info, Continuation.of(source, prefix, state, forced),
        EpisodeListener.NONE).withoutTiming();
  }
}
