package dev.parley.games.bargaining;

import static dev.parley.games.bargaining.Bargains.agents;
import static dev.parley.games.bargaining.Bargains.episode;
import static dev.parley.games.bargaining.Bargains.game;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.agent.Feedback;
import dev.parley.core.critic.Critic;
import dev.parley.core.critic.CriticRegistry;
import dev.parley.core.critic.CritiqueRequest;
import dev.parley.core.episode.Episode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bargaining rule critic on hand-made histories, and the loop it closes with scripted negotiators. */
class BargainingRuleCriticTest {
  static final BargainingGame BALLOON = game("bargaining");
  static final CriticRegistry CRITICS = CriticRegistry.discover(AgentEnvironment.empty());

  static Feedback critique(BargainingGame g, int seat, Episode... history) {
    Critic critic = CRITICS.bind("rule", g).factory().get();
    Feedback f = critic.critique(new CritiqueRequest(g, seat, List.of(history), List.of(), 7));
    assertThat(f.suggestions()).hasSize(3);
    for (String s : f.suggestions()) {
      assertThat(s).as("a suggestion never names a price").doesNotContainPattern("[\\d$]");
    }
    assertThat(f.text()).doesNotContainPattern("[\\d$]");
    assertThat(f.source()).isEqualTo("rule");
    assertThat(f.seat()).isEqualTo(seat);
    return f;
  }

  @Test
  void noDealAtTheDeadline() {
    BargainingGame g = game("bargaining(rounds=2)");
    Feedback f = critique(g, 0, episode(g, 0, "offer 20.00", "offer 10.00", "offer 20.00", "offer 10.00"));
    assertThat(f.score()).isZero();
    assertThat(f.aspects()).containsEntry("deal", 0.0).containsEntry("price_position", 0.0)
        .containsEntry("opening", 1.0).containsEntry("pacing", 1.0).containsEntry("time_used", 1.0);
    assertThat(f.text()).startsWith("There was no deal: the time ran out.");
    assertThat(f.suggestions().get(0)).startsWith("No deal was reached.");
    assertThat(f.suggestions().get(1)).startsWith("Be ready to settle");
    assertThat(f.adjustments()).containsOnly(Map.entry(Negotiators.CONCESSION_SPEED, 0.25),
        Map.entry(Negotiators.LIMIT, -0.1));
  }

  @Test
  void walkingAway() {
    Feedback f = critique(BALLOON, 0, episode(BALLOON, 0, "offer 19.00", "offer 10.50", "walk | Bye."));
    assertThat(f.text()).startsWith("There was no deal: you walked away.");
    assertThat(f.suggestions().get(0)).startsWith("Walking away left you with nothing.");
    assertThat(f.adjustments()).containsOnly(Map.entry(Negotiators.CONCESSION_SPEED, 0.5),
        Map.entry(Negotiators.ACCEPT_MARGIN, -0.05), Map.entry(Negotiators.LIMIT, -0.1));
  }

  @Test
  void earlyConcessionsAndAQuickAcceptance() {
    Feedback f = critique(BALLOON, 0, episode(BALLOON, 0, "offer 16.00", "offer 11.00", "offer 14.00",
        "offer 12.00", "offer 13.50", "offer 12.50", "accept"));
    assertThat(f.score()).isCloseTo(0.25, within(1e-12));
    assertThat(f.aspects().get("opening")).isCloseTo(0.6, within(1e-12));
    assertThat(f.aspects().get("pacing")).as("80% of the concession came in the first half").isCloseTo(0.2,
        within(1e-12));
    assertThat(f.aspects().get("time_used")).isCloseTo(0.35, within(1e-12));
    assertThat(f.suggestions()).satisfiesExactly(
        s -> assertThat(s).startsWith("You gave up most of your room early on."),
        s -> assertThat(s).startsWith("You accepted while the other side was still moving."),
        s -> assertThat(s).startsWith("Your first offer gave ground straight away."));
    assertThat(f.adjustments()).containsOnly(Map.entry(Negotiators.CONCESSION_SPEED, -0.3),
        Map.entry(Negotiators.ACCEPT_MARGIN, 0.05), Map.entry(Negotiators.LIMIT, 0.05),
        Map.entry(Negotiators.FIRST_OFFER, 0.1));
  }

  @Test
  void theBuyerWhoseOfferWasTakenShouldAskForMore() {
    Feedback f = critique(BALLOON, 1, episode(BALLOON, 0, "offer 18.00", "offer 12.00", "accept"));
    assertThat(f.score()).isCloseTo(0.8, within(1e-12));
    assertThat(f.suggestions().get(0)).startsWith("The other side accepted your terms");
    assertThat(f.suggestions().get(1)).startsWith("Your first offer gave ground");
    assertThat(f.suggestions().get(2)).startsWith("Give a reason");
    assertThat(f.adjustments()).containsOnly(Map.entry(Negotiators.LIMIT, 0.1), Map.entry(Negotiators.FIRST_OFFER,
        0.1));
  }

  @Test
  void priceAgainstEarlierRounds() {
    Episode good = episode(BALLOON, 0, "offer 16.00", "accept");
    Episode worse = episode(BALLOON, 1, "offer 14.00", "accept");
    Feedback f = critique(BALLOON, 0, good, worse);
    assertThat(f.text()).startsWith("You reached a deal, but a worse one than in an earlier round.");
    assertThat(f.suggestions().get(1)).startsWith("This deal was worse than one you reached before.");
    assertThat(f.adjustments()).containsEntry(Negotiators.CONCESSION_SPEED, -0.2);
    assertThat(critique(BALLOON, 0, worse, good).text()).startsWith(
        "You reached a deal, better than any deal you reached before.");
  }

  @Test
  void readsFreeTextEpisodes() {
    BargainingGame g = game("bargaining(mode=free-text)");
    Feedback f = critique(g, 0, episode(g, 0, "How about $18?", "I can pay $12.", "Deal.", "VERDICT: DEAL"));
    assertThat(f.aspects()).containsEntry("deal", 1.0);
    assertThat(f.score()).isCloseTo(0.2, within(1e-12));
    assertThat(f.suggestions().get(0)).startsWith("You accepted while the other side was still moving.");
  }

  @Test
  void coachesOnlyTheBuyerAndTheSeller() {
    BargainingGame g = game("bargaining(mode=free-text)");
    Episode e = episode(g, 0, "Bye.", "VERDICT: NO DEAL");
    assertThatThrownBy(() -> CRITICS.bind("rule", g).factory().get().critique(new CritiqueRequest(g, 2, List.of(e),
        List.of(), 1))).hasMessageContaining("coaches the seller (seat 0) or the buyer (seat 1), not seat 2");
  }

  /** Plays {@code rounds} episodes with one learner kept across them, critiqued after each. */
  static List<Episode> campaign(String learner, String opponent, int rounds) {
    Agent<BargainAction> student = agents(BALLOON, learner).get(0);
    Critic critic = CRITICS.bind("rule", BALLOON).factory().get();
    List<Episode> history = new ArrayList<>();
    List<Feedback> given = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      Episode e = Bargains.play(BALLOON, List.of(student, agents(BALLOON, opponent).get(0)), r);
      history.add(e);
      Feedback f = critic.critique(new CritiqueRequest(BALLOON, 0, history, given, r));
      given.add(f);
      student.receive(f);
    }
    return history;
  }

  @Test
  void aConcederToldToSlowDownAsksMoreAtEveryStepNextTime() {
    List<Episode> rounds = campaign("conceder", "hardliner", 2);
    List<Long> first = BALLOON.transcript(rounds.get(0)).offersOf(0);
    List<Long> second = BALLOON.transcript(rounds.get(1)).offersOf(0);
    // e = 2 → 1.4 after concession_speed −0.3
    assertThat(second.get(0)).isEqualTo(first.get(0));
    for (int k = 1; k < first.size(); k++) {
      assertThat(second.get(k)).as("offer %s", k).isGreaterThan(first.get(k));
    }
  }

  @Test
  void aHardlinerThatGotNoDealConcedesNextTime() {
    List<Episode> rounds = campaign("hardliner", "hardliner", 2);
    assertThat(BALLOON.transcript(rounds.get(0)).offersOf(0)).containsOnly(2000L);
    List<Long> second = BALLOON.transcript(rounds.get(1)).offersOf(0);
    assertThat(second.get(0)).isEqualTo(2000L);
    assertThat(second.get(second.size() - 1)).isLessThan(2000L);
    for (int k = 1; k < second.size(); k++) {
      assertThat(second.get(k)).isLessThanOrEqualTo(second.get(k - 1));
    }
  }
}
