package dev.parley.core.agent;

import java.util.Objects;

/**
 * What an agent decided: the action (null when it produced none), the trace of how it got there
 * (raw model output, parse attempts, token usage; null for scripted agents), and the problem when
 * there is no action.
 */
public record Decision<A>(A action, DecisionTrace trace, String problem) {

  public Decision {
    if (action == null && problem == null) {
      throw new IllegalArgumentException("a decision without an action must say why (problem)");
    }
  }

  private static final Decision<?>[] SMALL_INTS = new Decision<?>[64];

  static {
    for (int i = 0; i < SMALL_INTS.length; i++) {
      SMALL_INTS[i] = new Decision<>(i, null, null);
    }
  }

  /** A plain decision with no trace. Decisions for small integer actions are shared. */
  @SuppressWarnings("unchecked")
  public static <A> Decision<A> of(A action) {
    Objects.requireNonNull(action, "action");
    if (action instanceof Integer i && i >= 0 && i < SMALL_INTS.length) {
      return (Decision<A>) SMALL_INTS[i];
    }
    return new Decision<>(action, null, null);
  }

  public static <A> Decision<A> of(A action, DecisionTrace trace) {
    return new Decision<>(Objects.requireNonNull(action, "action"), trace, null);
  }

  /** No action could be produced (unparseable reply, error); the runner applies its policy. */
  public static <A> Decision<A> failed(String problem, DecisionTrace trace) {
    return new Decision<>(null, trace, Objects.requireNonNull(problem, "problem"));
  }

  public boolean hasAction() {
    return action != null;
  }

  /**
   * True when a failed decision's last try was read as an action the rules do not allow (its
   * trace's last parse attempt says {@code not-legal}), so the failure is an illegal move rather
   * than an unreadable one.
   */
  public boolean failedOnIllegalMove() {
    if (action != null || trace == null || trace.attempts().isEmpty()) {
      return false;
    }
    return DecisionTrace.ParseAttempt.NOT_LEGAL.equals(trace.attempts().get(trace.attempts().size() - 1).outcome());
  }
}
