package dev.parley.core.agent;

import dev.parley.core.game.Observation;
import java.util.List;

/**
 * A player: scripted, model-driven, human, or a learned policy. One agent object plays one seat of
 * one episode at a time; the engine makes a fresh agent per episode unless a campaign keeps one.
 *
 * @param <A> the game's action type
 */
public interface Agent<A> {

  /** Called once before the first move of an episode. */
  default void begin(MatchContext context) {}

  /**
   * Chooses a move. {@code legalActions} is sorted, or empty when the action space is open.
   * Misbehaviour is reported in the decision (no action, with a problem), never thrown.
   */
  Decision<A> act(Observation observation, List<A> legalActions);

  /**
   * Asked again after the previous decision was malformed or illegal; {@code problem} says why.
   * Scripted agents just act again.
   */
  default Decision<A> retry(Observation observation, List<A> legalActions, String problem, int attempt) {
    return act(observation, legalActions);
  }

  /**
   * Catches up on a move made for this seat rather than by this agent: when an episode is continued
   * from a mid-episode state, the engine replays the moves before it and hands each seat what it saw
   * then, the action it took and the recorded trace (null for scripted moves), and does the same for
   * a first move it imposes on the seat (a branch's alternative). An agent that keeps
   * a memory of its own turns (a model's conversation) adds the turn to it, so a continuation plays
   * on as if the agent had made those moves. The default ignores it.
   */
  default void recall(Observation observation, A action, DecisionTrace trace) {}

  /** Whether {@link #observe} should be called when other seats move (it costs an observation). */
  default boolean wantsObservations() {
    return false;
  }

  /** What this seat sees after a move it did not make. */
  default void observe(Observation observation) {}

  /** Called once when the episode ends. */
  default void end(EpisodeSummary summary) {}

  /** Feedback between episodes of a campaign. */
  default void receive(Feedback feedback) {}
}
