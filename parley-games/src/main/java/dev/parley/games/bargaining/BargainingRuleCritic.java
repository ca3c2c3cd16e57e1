package dev.parley.games.bargaining;

import dev.parley.core.agent.Feedback;
import dev.parley.core.critic.Critic;
import dev.parley.core.critic.CritiqueRequest;
import dev.parley.core.episode.Episode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule critic of the bargaining game (critic type {@code rule}): it reads the coached seat's
 * history, as the AI critic of Fu et al. (2023) does, but with fixed rules, so a campaign of
 * scripted negotiators runs without any model.
 *
 * <p>From the episode just played it measures, for the coached seat (prices after the opening):
 * the deal and its position between the two openings ({@code price_position}: 1 at the seat's own
 * opening, 0 at the other's), the ambition of its first offer ({@code opening}, same scale), how
 * late it conceded ({@code pacing} = 1 − the share of its total concession made in the first half
 * of its offers), the share of the time used ({@code time_used}), who closed the deal, and the
 * price against its best earlier deal. {@code score} is the price position (0 without a deal).
 *
 * <p>It writes exactly three suggestions, never naming a price, chosen by the first rules that
 * apply, in this order: walked away; no deal (two suggestions: concede faster near the deadline,
 * settle for a little less); deal with most concession made early; accepted early; the other side
 * accepted; worse than an earlier deal; a first offer that gave ground; then general advice. Each
 * rule carries structured adjustments in the keys of {@link Negotiators} (summed over the chosen
 * suggestions, {@code concession_speed} capped to ±0.5, the others to ±0.2).
 */
final class BargainingRuleCritic implements Critic {
  /** Source label of this critic's feedback. */
  static final String SOURCE = "rule";

  private final BargainingGame game;

  BargainingRuleCritic(BargainingGame game) {
    this.game = game;
  }

  private record Suggestion(String text, Map<String, Double> adjustments) {}

  @Override
  public Feedback critique(CritiqueRequest request) {
    int seat = request.seat();
    if (seat != BargainingGame.SELLER && seat != BargainingGame.BUYER) {
      throw new IllegalArgumentException("the bargaining rule critic coaches the seller (seat 0) or the buyer "
          + "(seat 1), not seat " + seat);
    }
    Transcript t = game.transcript(request.last());
    int sign = seat == BargainingGame.SELLER ? 1 : -1;
    double mid = (game.sellerOpeningCents() + game.buyerOpeningCents()) / 2.0;
    double span = game.sellerOpeningCents() - game.buyerOpeningCents();

    List<Long> offers = t.offersOf(seat);
    double conceded = 0;
    double early = 0;
    if (offers.size() >= 2) {
      long p0 = offers.get(0);
      conceded = sign * (p0 - offers.get(offers.size() - 1));
      early = sign * (p0 - offers.get((offers.size() - 1) / 2));
    }
    double earlyShare = conceded > 0 ? early / conceded : 0;
    double timeUsed = t.messages() / (2.0 * game.rounds());
    boolean deal = t.deal();
    int closer = -1;
    if (deal) {
      List<Transcript.Move> moves = t.moves();
      for (int i = moves.size() - 1; i >= 0 && closer < 0; i--) {
        if (moves.get(i).action().isMessage()) {
          closer = moves.get(i).seat();
        }
      }
    }
    Long bestBefore = null;
    List<Episode> history = request.history();
    for (int i = 0; i < history.size() - 1; i++) {
      Transcript earlier = game.transcript(history.get(i));
      if (earlier.deal() && (bestBefore == null || sign * (earlier.dealCents() - bestBefore) > 0)) {
        bestBefore = earlier.dealCents();
      }
    }

    Map<String, Double> aspects = new LinkedHashMap<>();
    double position = deal ? clamp01(0.5 + sign * (t.dealCents() - mid) / span) : 0;
    aspects.put("deal", deal ? 1.0 : 0.0);
    aspects.put("price_position", position);
    if (!offers.isEmpty()) {
      aspects.put("opening", clamp01(0.5 + sign * (offers.get(0) - mid) / span));
    }
    aspects.put("pacing", conceded > 0 ? clamp01(1 - earlyShare) : 1.0);
    aspects.put("time_used", clamp01(timeUsed));

    List<Suggestion> rules = new ArrayList<>();
    String summary;
    if (!deal) {
      if (t.walkedAway(seat)) {
        summary = "There was no deal: you walked away.";
        rules.add(new Suggestion("Walking away left you with nothing. Stay in the conversation while there is time, "
            + "and make a small move instead of leaving.", Map.of(Negotiators.CONCESSION_SPEED, 0.25,
                Negotiators.ACCEPT_MARGIN, -0.05)));
      } else {
        summary = t.walkedAway(1 - seat) ? "There was no deal: the other side walked away."
            : t.finished() && t.endedBy() == BargainingGame.MODERATOR ? "There was no deal: the moderator found none."
            : "There was no deal: the time ran out.";
      }
      rules.add(new Suggestion("No deal was reached. Move toward the other side a little faster as the deadline "
          + "gets close.", Map.of(Negotiators.CONCESSION_SPEED, 0.25)));
      rules.add(new Suggestion("Be ready to settle for somewhat less than your most ambitious goal rather than "
          + "leave with nothing.", Map.of(Negotiators.LIMIT, -0.1)));
    } else {
      boolean worse = bestBefore != null && sign * (t.dealCents() - bestBefore) < 0;
      boolean better = bestBefore != null && sign * (t.dealCents() - bestBefore) > 0;
      summary = "You reached a deal" + (worse ? ", but a worse one than in an earlier round."
          : better ? ", better than any deal you reached before." : ".");
      if (conceded > 0 && earlyShare > 0.6) {
        rules.add(new Suggestion("You gave up most of your room early on. Concede in small steps at first and keep "
            + "larger moves for the end.", Map.of(Negotiators.CONCESSION_SPEED, -0.3)));
      }
      if (closer == seat && timeUsed < 0.6) {
        rules.add(new Suggestion("You accepted while the other side was still moving. Hold out for a few more "
            + "exchanges before you accept.", Map.of(Negotiators.ACCEPT_MARGIN, 0.05, Negotiators.LIMIT, 0.05)));
      }
      if (closer == 1 - seat) {
        rules.add(new Suggestion("The other side accepted your terms, so they were within reach. Ask for a little "
            + "more next time.", Map.of(Negotiators.LIMIT, 0.1)));
      }
      if (worse) {
        rules.add(new Suggestion("This deal was worse than one you reached before. Go back to the firmer pace that "
            + "worked then.", Map.of(Negotiators.CONCESSION_SPEED, -0.2)));
      }
    }
    if (!offers.isEmpty() && sign * (offers.get(0) - game.openingCents(seat)) < 0) {
      rules.add(new Suggestion("Your first offer gave ground straight away. Open close to your opening price and "
          + "let the other side come to you.", Map.of(Negotiators.FIRST_OFFER, 0.1)));
    }
    rules.add(new Suggestion("Give a reason with each offer; a reason makes your position easier to accept.",
        Map.of()));
    rules.add(new Suggestion("Watch how far the other side moves each turn and match the size of your steps to "
        + "theirs.", Map.of()));
    rules.add(new Suggestion("Keep each message short and friendly, and stay focused on the price.", Map.of()));

    List<String> suggestions = new ArrayList<>();
    Map<String, Double> adjustments = new LinkedHashMap<>();
    for (Suggestion s : rules.subList(0, 3)) {
      suggestions.add(s.text());
      s.adjustments().forEach((k, v) -> adjustments.merge(k, v, Double::sum));
    }
    adjustments.replaceAll((k, v) -> {
      double cap = k.equals(Negotiators.CONCESSION_SPEED) ? 0.5 : 0.2;
      return Math.max(-cap, Math.min(cap, v));
    });
    return new Feedback(seat, position, aspects, suggestions, adjustments,
        summary + " Three suggestions for your next negotiation:", SOURCE);
  }

  private static double clamp01(double x) {
    return Math.max(0, Math.min(1, x));
  }
}
