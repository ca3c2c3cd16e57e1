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

  /** Adds this configuration to a flat settings map (keys illegal_action, max_reprompts, decision_timeout, max_moves). */
  public void putInto(java.util.Map<String, String> m) {
    m.put("illegal_action", policy.label());
    m.put("max_reprompts", Integer.toString(maxReprompts));
    m.put("decision_timeout", decisionTimeout == null ? "none" : decisionTimeout.toString());
    m.put("max_moves", Integer.toString(maxMoves));
  }

  /** Reads what {@link #putInto} wrote. */
  public static RunnerConfig from(java.util.Map<String, String> m) {
    String timeout = required(m, "decision_timeout");
    return new RunnerConfig(IllegalActionPolicy.parse(required(m, "illegal_action")),
        Integer.parseInt(required(m, "max_reprompts")), timeout.equals("none") ? null : Duration.parse(timeout),
        Integer.parseInt(required(m, "max_moves")));
  }

  private static String required(java.util.Map<String, String> m, String key) {
    String v = m.get(key);
    if (v == null) {
      throw new IllegalArgumentException("stored settings lack '" + key + "'");
    }
    return v;
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
