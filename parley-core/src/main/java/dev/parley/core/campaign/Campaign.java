package dev.parley.core.campaign;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.Feedback;
import dev.parley.core.critic.Critic;
import dev.parley.core.critic.CriticRegistry;
import dev.parley.core.critic.CritiqueRequest;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.MatchInfo;
import dev.parley.core.engine.Seeds;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Provenance;
import dev.parley.core.game.Game;
import dev.parley.core.tournament.EpisodeStreamer;
import dev.parley.core.tournament.Progress;
import dev.parley.core.tournament.RunStore;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * The self-play loop with AI feedback (Fu et al. 2023): in each campaign the learner plays R
 * rounds against an opponent that starts fresh every round; after each round a critic reads the
 * learner's whole history and its feedback reaches the learner ({@link Agent#receive}) before the
 * next round. Arms (learner seat × feedback source) are compared in one run, each with the same
 * number of independent campaigns; round r of campaign c uses the same seed in every arm, so arms
 * differ only by their feedback.
 *
 * <p>Episodes are streamed to the store with the feedback given on them. Resumable: a campaign
 * whose rounds are all stored is skipped; a partly stored one is replayed from its first round to
 * rebuild the learner's memory (scripted agents are deterministic; model replies come from the
 * response cache) and only its missing rounds are stored.
 */
public final class Campaign<A> {
  private final Game<A> game;
  private final AgentFactory<A> learner;
  private final AgentFactory<A> opponent;
  private final List<AgentFactory<A>> others;
  private final List<CriticRegistry.Bound> critics;
  private final CampaignSettings settings;
  private final EpisodeRunner runner;
  private final Provenance provenance;

  /** {@code critics.get(i)} is the bound critic of {@code settings.feedback().get(i)}. */
  public Campaign(Game<A> game, AgentFactory<A> learner, AgentFactory<A> opponent, List<CriticRegistry.Bound> critics,
      CampaignSettings settings, EpisodeRunner runner, Provenance provenance) {
    this(game, learner, opponent, List.of(), critics, settings, runner, provenance);
  }

  /**
   * A campaign whose game has more than two seats: {@code others.get(i)} sits in seat {@code i + 2}
   * (fresh every round); the learner and the opponent take seats 0 and 1.
   */
  public Campaign(Game<A> game, AgentFactory<A> learner, AgentFactory<A> opponent, List<AgentFactory<A>> others,
      List<CriticRegistry.Bound> critics, CampaignSettings settings, EpisodeRunner runner, Provenance provenance) {
    this.others = List.copyOf(others);
    this.game = Objects.requireNonNull(game, "game");
    this.learner = Objects.requireNonNull(learner, "learner");
    this.opponent = Objects.requireNonNull(opponent, "opponent");
    this.critics = List.copyOf(critics);
    this.settings = Objects.requireNonNull(settings, "settings");
    this.runner = Objects.requireNonNull(runner, "runner");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    if (critics.size() != settings.feedback().size()) {
      throw new IllegalArgumentException(critics.size() + " critics for " + settings.feedback().size()
          + " feedback sources");
    }
    if (game.numPlayers() != 2 + others.size()) {
      throw new IllegalArgumentException(game + " has " + game.numPlayers() + " seats; a campaign fills two with the "
          + "learner and the opponent and " + others.size() + " with others" + (game.numPlayers() > 2
              ? " (name an agent for each further seat under 'others')" : ""));
    }
    for (int seat : settings.learnerSeats()) {
      if (seat < 0 || seat > 1) {
        throw new IllegalArgumentException("learner seat " + seat + " must be 0 or 1 (seats from 2 on are 'others')");
      }
    }
  }

  public CampaignSettings settings() {
    return settings;
  }

  /** Match index of round {@code round} of campaign {@code campaign} in arm {@code arm}. */
  public int matchIndex(int arm, int campaign, int round) {
    return (arm * settings.campaigns() + campaign) * settings.rounds() + round;
  }

  /** Plays whatever is not stored yet and returns summaries over every stored episode of the run. */
  public CampaignResults run(String runId, RunStore store, int threads, boolean virtualThreads, Progress progress) {
    CampaignResults results = new CampaignResults(settings, game);
    BitSet done = store.completedMatches(runId);
    if (!done.isEmpty()) {
      store.forEachEpisode(runId, results::add);
    }
    int rounds = settings.rounds();
    int units = settings.arms() * settings.campaigns();
    new EpisodeStreamer(runId, store, results::add, progress).run(units,
        u -> done.nextClearBit(u * rounds) >= (u + 1) * rounds,
        u -> playCampaign(runId, u / settings.campaigns(), u % settings.campaigns(), done),
        threads, virtualThreads, settings.episodes(), done.cardinality());
    return results;
  }

  /** Plays all rounds of one campaign; returns the episodes not stored yet. */
  List<Episode> playCampaign(String runId, int arm, int campaign, BitSet done) {
    int seat = settings.seatOf(arm);
    CriticRegistry.Bound bound = critics.get(arm % settings.feedback().size());
    Critic critic = bound.isNone() ? null : bound.factory().get();
    Agent<A> student = learner.create();
    List<Episode> history = new ArrayList<>();
    List<Feedback> given = new ArrayList<>();
    List<Episode> fresh = new ArrayList<>();
    for (int r = 0; r < settings.rounds(); r++) {
      int index = matchIndex(arm, campaign, r);
      long seed = Seeds.forMatch(settings.seed(), (long) campaign * settings.rounds() + r);
      int n = game.numPlayers();
      List<Agent<A>> seated = new ArrayList<>(n);
      List<String> specs = new ArrayList<>(n);
      for (int s = 0; s < n; s++) {
        AgentFactory<A> f = s == seat ? null : s < 2 ? opponent : others.get(s - 2);
        seated.add(f == null ? student : f.create());
        specs.add(f == null ? learner.spec() : f.spec());
      }
      Episode e = runner.run(game, seated, new MatchInfo(runId, index, seed, specs, provenance));
      history.add(e);
      if (critic != null) {
        Feedback f = critic.critique(new CritiqueRequest(game, seat, history, given, Seeds.derive(seed, 0xfeedL)));
        given.add(f);
        student.receive(f);
        e = e.withFeedback(List.of(f));
        history.set(history.size() - 1, e);
      }
      if (!done.get(index)) {
        fresh.add(e);
      }
    }
    return fresh;
  }
}
