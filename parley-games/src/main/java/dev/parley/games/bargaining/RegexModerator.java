package dev.parley.games.bargaining;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.Decision;
import dev.parley.core.game.Observation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A scripted moderator for free-text bargaining: it reads only the last message and answers
 * {@code NO_DEAL} when it says the speaker is leaving ("no deal", "walk away", "goodbye", "I'll
 * pass", "no thanks", "not interested", "forget it", "I'm out"), {@code DEAL} when it agrees
 * ("deal", "accept", "agreed", "it's yours", "sold") and a deal may be declared, and
 * {@code ONGOING} otherwise. Deliberately as naive as a keyword rule is: a counter-offer such as
 * "I can't accept less than $18" reads as a deal. A language model in the same seat answers the
 * question shown in the moderator's observation instead.
 */
final class RegexModerator implements Agent<BargainAction> {
  static final Pattern LEAVING = Pattern.compile(
      "\\b(no deal|walk(?:ing)? away|goodbye|i'?ll pass|i will pass|no thanks|not interested|forget it|"
          + "i'?m out|i am out)\\b", Pattern.CASE_INSENSITIVE);
  static final Pattern AGREEING = Pattern.compile(
      "\\b(deal|accept(?:ed)?|agreed?|it'?s yours|sold)\\b", Pattern.CASE_INSENSITIVE);

  @Override
  public Decision<BargainAction> act(Observation observation, List<BargainAction> legalActions) {
    if (!(observation instanceof BargainingObservation o) || o.isNegotiator()) {
      return Decision.failed("regex-moderator judges free-text bargaining from the moderator seat; it cannot "
          + "sit in seat " + observation.seat(), null);
    }
    return Decision.of(BargainAction.verdict(judge(o.lastMessage(), o.dealAllowed())));
  }

  /** The verdict on a last message. */
  static BargainAction.Kind judge(String lastMessage, boolean dealAllowed) {
    if (LEAVING.matcher(lastMessage).find()) {
      return BargainAction.Kind.NO_DEAL;
    }
    if (dealAllowed && AGREEING.matcher(lastMessage).find()) {
      return BargainAction.Kind.DEAL;
    }
    return BargainAction.Kind.ONGOING;
  }

  @Override
  public String toString() {
    return "regex-moderator";
  }
}
