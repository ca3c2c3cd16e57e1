package dev.parley.core.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How the runner treats agents: the illegal-action policy, how many re-prompts it allows, the
 * per-decision timeout (null for none; scripted agents need none and run inline), and the move
 * limit after which an episode is truncated.
 */
public record RunnerConfig(IllegalActionPolicy policy, int maxReprompts, Duration decisionTimeout, int maxMoves) {

  public static final RunnerConfig DEFAULT =
      new RunnerConfig(IllegalActionPolicy.REPROMPT_THEN_FORFEIT, 2, null, 100_000);

  public RunnerConfig {
    Objects.requireNonNull(policy, "policy");
    if (maxReprompts < 0) {
      throw new IllegalArgumentException("maxReprompts must be ≥ 0, was " + maxReprompts);
    }
    if (decisionTimeout != null && (decisionTimeout.isNegative() || decisionTimeout.isZero())) {
      throw new IllegalArgumentException("decisionTimeout must be positive, was " + decisionTimeout);
    }
    if (maxMoves < 1) {
      throw new IllegalArgumentException("maxMoves must be ≥ 1, was " + maxMoves);
    }
  }

  public RunnerConfig withPolicy(IllegalActionPolicy p) {
    return new RunnerConfig(p, maxReprompts, decisionTimeout, maxMoves);
  }

  public RunnerConfig withTimeout(Duration t) {
    return new RunnerConfig(policy, maxReprompts, t, maxMoves);
  }

  public RunnerConfig withMaxMoves(int m) {
    return new RunnerConfig(policy, maxReprompts, decisionTimeout, m);
  }
}
