package dev.parley.games.dond;

import dev.parley.core.game.Observation;
import dev.parley.games.dond.DondView.Move;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hua et al.'s (2024) game-theoretic negotiation workflow for Deal or No Deal (REFERENCE §1.4) as a
 * pure function of what one seat knows: the move it would make and a plain-language account of the
 * reasoning, for a scripted agent ({@code workflow}) or as a scaffold in a language model's prompt.
 *
 * <p><b>For model-driven agents.</b> {@link #advise(Observation)} needs only the observation (its
 * fields are enough: {@link #advise(Map)}); it has no state, touches no model and is cheap (at most
 * a few milliseconds), so an agent may call it before every move and append {@link Advice#text()}
 * to its prompt, or compare its own move with {@link Advice#suggestedAction()}. The belief is
 * rebuilt from the public history each time.
 *
 * <p><b>The workflow.</b> The belief ({@link WorkflowBelief}) starts uniform over the opponent's
 * possible values and is updated, with mixing λ and rejection likelihood γ, after every proposal of
 * this seat that the opponent rejected — by {@code reject} or by a counter-proposal. Then:
 *
 * <ol>
 *   <li><b>Plan.</b> The next proposal is the split this seat values most among those envy-free for
 *       itself, envy-free for the opponent with positive probability ({@code P_EF > 0}), and not
 *       already rejected (Hua et al. propose {@code argmax U_i(L_i)} s.t. {@code P_EF > 0}; without
 *       the last condition a rejected split could be proposed forever, since with γ = 1 a rejection
 *       rarely removes every hypothesis under which it was envy-free). If the belief leaves nothing,
 *       the evidence has contradicted the model and the plan is made under the uniform prior; if
 *       every candidate has been rejected, the one rejected least often is offered again (an opponent
 *       that concedes over time may now accept it).
 *   <li><b>Accept</b> the opponent's standing proposal when it is envy-free for this seat and worth
 *       at least the expected value of the planned proposal, {@code P_EF(plan)·U(plan)} (a one-step
 *       look-ahead in which a refused proposal is worth nothing), or when there is no plan.
 *   <li>Otherwise <b>propose</b> the plan (which rejects any standing proposal), or, with nothing
 *       left to propose, <b>end</b> the negotiation.
 * </ol>
 */
public final class WorkflowAdvisor {
  /** Default mixing weight λ (REFERENCE gives none; 1 = plain Bayes, see {@link WorkflowBelief}). */
  public static final double DEFAULT_LAMBDA = 1.0;
  /** Default rejection likelihood γ of an envy-free split when a better one exists (Hua et al.: 1). */
  public static final double DEFAULT_GAMMA = 1.0;
  private static final int SHOWN_HYPOTHESES = 3;

  private WorkflowAdvisor() {}

  /** Advice with the default λ and γ for whoever sees {@code observation}. */
  public static Advice advise(Observation observation) {
    return advise(DondView.from(observation), DEFAULT_LAMBDA, DEFAULT_GAMMA);
  }

  /**
   * Advice with the default λ and γ from a Deal or No Deal observation's JSON fields.
   *
   * @throws IllegalArgumentException when the fields do not describe a Deal or No Deal seat
   */
  public static Advice advise(Map<String, Object> fields) {
    DondView v = DondView.tryFrom(fields);
    if (v == null) {
      throw new IllegalArgumentException("not the fields of a deal-or-no-deal observation: " + fields.keySet());
    }
    return advise(v, DEFAULT_LAMBDA, DEFAULT_GAMMA);
  }

  /** The belief of {@code view}'s seat after the rejections in its history, and what was rejected. */
  public static Replay replay(DondView view, double lambda, double gamma) {
    if (view.counts() == null || view.ownValues() == null) {
      throw new IllegalArgumentException("seat " + view.seat() + " has no instance yet");
    }
    WorkflowBelief b = WorkflowBelief.uniform(view.counts(), view.ownValues(), lambda, gamma);
    Map<ItemVector, Integer> rejected = new HashMap<>();
    List<Move> h = view.history();
    for (int i = 0; i + 1 < h.size(); i++) {
      Move mine = h.get(i);
      Move next = h.get(i + 1);
      if (mine.seat() == view.seat() && mine.action().kind() == DondAction.Kind.PROPOSE && next.seat() != view.seat()
          && (next.action().kind() == DondAction.Kind.REJECT || next.action().kind() == DondAction.Kind.PROPOSE)) {
        b = b.afterRejection(mine.action().items());
        rejected.merge(mine.action().items(), 1, Integer::sum);
      }
    }
    return new Replay(b, Map.copyOf(rejected));
  }

  /**
   * A seat's belief and the splits (as kept by it) that the opponent has rejected, with how often.
   */
  public record Replay(WorkflowBelief belief, Map<ItemVector, Integer> timesRejected) {
    /** The splits rejected at least once. */
    public Set<ItemVector> rejected() {
      return timesRejected.keySet();
    }
  }

  /**
   * The workflow's move and reasoning for {@code view}'s seat, with mixing weight {@code lambda} and
   * rejection likelihood {@code gamma}.
   */
  public static Advice advise(DondView view, double lambda, double gamma) {
    if (!view.dealt() || view.counts() == null || view.ownValues() == null) {
      return new Advice(null, "the instance is still being dealt", "The items and values are still being dealt.",
          null, null);
    }
    Replay r = replay(view, lambda, gamma);
    WorkflowBelief belief = r.belief();
    if (!view.myTurn()) {
      String why = view.over() ? "the negotiation is over" : "it is the other player's turn";
      return new Advice(null, why, header() + beliefText(belief) + "No move now: " + why + ".", belief, null);
    }
    Optional<WorkflowBelief.Candidate> plan = belief.bestProposal(r.rejected());
    boolean reset = false;
    boolean again = false;
    if (plan.isEmpty() && belief.rejections() > 0) {
      WorkflowBelief prior = belief.prior();
      plan = prior.bestProposal(r.rejected());
      reset = plan.isPresent();
      if (plan.isEmpty()) {
        plan = prior.bestRenewal(r.timesRejected());
        again = plan.isPresent();
      }
    }
    StringBuilder sb = new StringBuilder(header()).append(beliefText(belief));
    if (plan.isPresent()) {
      WorkflowBelief.Candidate c = plan.get();
      sb.append(again ? "- Every split that is envy-free for you has been rejected; offer again the one rejected least"
              + " often, since they may concede: keep "
              : "- Your best proposal that is envy-free for you, possibly envy-free for them, and not yet rejected:"
                  + " keep ")
          .append(c.keep().describe()).append(" (worth ").append(c.ownScore()).append(" to you; envy-free for them with"
              + " probability ").append(fmt(c.probabilityEnvyFree()))
          .append(reset ? " under a fresh uniform belief, because their rejections fit none of the value vectors"
              + " still believed" : again ? " under the uniform prior" : "")
          .append("; their expected score ").append(fmt(c.expectedOpponentScore())).append(").\n");
    } else {
      sb.append("- No split is envy-free for you and possibly envy-free for them.\n");
    }
    ItemVector offer = view.standingOffer();
    DondAction action;
    String reason;
    if (offer != null) {
      int g = view.value(offer);
      boolean envyFree = WorkflowBelief.envyFreeForMe(view.counts(), view.ownValues(), offer);
      double planValue = plan.map(c -> c.probabilityEnvyFree() * c.ownScore()).orElse(0.0);
      sb.append("- The standing proposal gives you ").append(offer.describe()).append(", worth ").append(g)
          .append(" to you: ").append(envyFree ? "envy-free for you" : "not envy-free for you (below "
              + half() + ")");
      if (plan.isPresent()) {
        sb.append("; your planned proposal is worth ").append(fmt(planValue)).append(" to you in expectation");
      }
      sb.append(".\n");
      if (envyFree && (plan.isEmpty() || g >= planValue)) {
        action = DondAction.ACCEPT;
        reason = plan.isEmpty() ? "the standing proposal is envy-free for you and you have nothing better to propose"
            : "the standing proposal is envy-free for you and worth at least your planned proposal's expected value";
      } else if (plan.isPresent()) {
        action = DondAction.propose(plan.get().keep());
        reason = envyFree ? "your planned proposal is worth more in expectation than the standing proposal"
            : "the standing proposal is not envy-free for you";
      } else {
        action = DondAction.END;
        reason = "no split is envy-free for you and possibly for them, and the standing proposal is not envy-free"
            + " for you";
      }
    } else if (plan.isPresent()) {
      action = DondAction.propose(plan.get().keep());
      reason = "it is the best split for you that may be envy-free for both";
    } else {
      action = DondAction.END;
      reason = "no split is envy-free for you and possibly envy-free for them";
    }
    sb.append("Suggested move: ").append(DondCodec.text(action)).append(" (").append(reason).append(").");
    return new Advice(action, reason, sb.toString(), belief, plan.orElse(null));
  }

  private static String header() {
    return "Negotiation workflow (Hua et al. 2024) for your move. A split is envy-free for a player when their share"
        + " is worth at least as much to them as the other share, that is at least " + half() + " of their "
        + DondInstance.POOL_VALUE + " points. Agreement is likely only on splits that are envy-free for both.\n";
  }

  private static String half() {
    return Integer.toString((DondInstance.POOL_VALUE + 1) / 2);
  }

  private static String beliefText(WorkflowBelief b) {
    StringBuilder sb = new StringBuilder("- The other player's values: ").append(b.hypotheses())
        .append(" value vectors make the pool worth ").append(DondInstance.POOL_VALUE).append(" to them; ");
    if (b.rejections() == 0) {
      sb.append("none is ruled out yet (no proposal of yours has been rejected).");
    } else {
      sb.append("after ").append(b.rejections()).append(b.rejections() == 1 ? " rejection" : " rejections")
          .append(" of your proposals, ").append(b.plausible()).append(" remain plausible.");
    }
    sb.append(" Most likely:");
    List<WorkflowBelief.Hypothesis> top = b.mostLikely(SHOWN_HYPOTHESES);
    for (int i = 0; i < top.size(); i++) {
      WorkflowBelief.Hypothesis h = top.get(i);
      sb.append(i == 0 ? " " : "; ").append("book ").append(h.values().books()).append(", hat ")
          .append(h.values().hats()).append(", ball ").append(h.values().balls()).append(" (")
          .append(fmt(h.probability())).append(')');
    }
    double[] e = b.expectedValues();
    sb.append(". Expected value of one item to them: book ").append(fmt(e[0])).append(", hat ").append(fmt(e[1]))
        .append(", ball ").append(fmt(e[2])).append(".\n");
    return sb.toString();
  }

  private static String fmt(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }

  /**
   * The workflow's advice.
   *
   * @param action the suggested move; null when the seat does not move now
   * @param reason why, in one phrase
   * @param text the reasoning in plain language, for a prompt (it never names the opponent's true values:
   *     it knows only the seat's own view)
   * @param belief the belief after the rejections so far; null before the deal
   * @param plan the proposal the workflow would make next; null when none (or not this seat's turn)
   */
  public record Advice(DondAction action, String reason, String text, WorkflowBelief belief,
      WorkflowBelief.Candidate plan) {

    /** The suggested move as canonical action text, or null. */
    public String suggestedAction() {
      return action == null ? null : DondCodec.text(action);
    }

    /**
     * The belief as JSON-safe fields: {@code hypotheses}, {@code plausible}, {@code rejections},
     * {@code most_likely} (list of {@code {values, probability}}), {@code expected_values}, and the
     * plan ({@code keep}, {@code own_score}, {@code p_envy_free}) when there is one.
     */
    public Map<String, Object> beliefSummary() {
      Map<String, Object> m = new LinkedHashMap<>();
      if (belief == null) {
        return m;
      }
      m.put("hypotheses", belief.hypotheses());
      m.put("plausible", belief.plausible());
      m.put("rejections", belief.rejections());
      List<Map<String, Object>> top = new ArrayList<>();
      for (WorkflowBelief.Hypothesis h : belief.mostLikely(SHOWN_HYPOTHESES)) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("values", h.values().toMap());
        e.put("probability", h.probability());
        top.add(e);
      }
      m.put("most_likely", top);
      double[] ev = belief.expectedValues();
      Map<String, Object> exp = new LinkedHashMap<>();
      for (int k = 0; k < ItemVector.TYPES; k++) {
        exp.put(ItemVector.NAMES.get(k), ev[k]);
      }
      m.put("expected_values", exp);
      if (plan != null) {
        m.put("plan_keep", plan.keep().toMap());
        m.put("plan_own_score", plan.ownScore());
        m.put("plan_p_envy_free", plan.probabilityEnvyFree());
      }
      return m;
    }
  }
}
