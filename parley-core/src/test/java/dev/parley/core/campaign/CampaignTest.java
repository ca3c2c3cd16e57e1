package dev.parley.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentProvider;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.agent.AgentType;
import dev.parley.core.agent.Decision;
import dev.parley.core.agent.Feedback;
import dev.parley.core.agent.MatchContext;
import dev.parley.core.critic.Critic;
import dev.parley.core.critic.CriticProvider;
import dev.parley.core.critic.CriticRegistry;
import dev.parley.core.critic.CriticType;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Provenance;
import dev.parley.core.episode.Step;
import dev.parley.core.fixtures.PdGame;
import dev.parley.core.fixtures.ToyAgents;
import dev.parley.core.game.Game;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParamSpec;
import dev.parley.core.game.Params;
import dev.parley.core.tournament.ForwardingRunStore;
import dev.parley.core.tournament.InMemoryRunStore;
import dev.parley.core.tournament.Progress;
import dev.parley.core.tournament.RunRecord;
import dev.parley.core.tournament.RunStatus;
import dev.parley.core.tournament.RunStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CampaignTest {
  static final Provenance PROV = new Provenance("t", "t", "pd-v1", "t");
  static final PdGame GAME = PdGame.rounds(5);

  /** Cooperates with probability p; feedback adjustment "cooperate" moves p. */
  static final class Learner implements Agent<String> {
    double p = 0.1;
    int feedbackSeen;
    SplittableRandom random;

    @Override
    public void begin(MatchContext context) {
      random = context.random();
    }

    @Override
    public Decision<String> act(Observation observation, List<String> legal) {
      return Decision.of(random.nextDouble() < p ? "C" : "D");
    }

    @Override
    public void receive(Feedback feedback) {
      feedbackSeen++;
      p = Math.min(1, p + feedback.adjustments().getOrDefault("cooperate", 0.0));
    }
  }

  static final AgentProvider LEARNERS = () -> List.of(new AgentType() {
    @Override
    public String name() {
      return "learner";
    }

    @Override
    public String description() {
      return "test learner";
    }

    @Override
    public List<ParamSpec> parameters() {
      return List.of();
    }

    @Override
    public Optional<String> incompatibility(Game<?> game) {
      return Optional.empty();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> Agent<A> create(Params params, Game<A> game, AgentEnvironment environment) {
      return (Agent<A>) new Learner();
    }
  });

  static final CriticProvider CRITICS = () -> List.of(new CriticType() {
    @Override
    public String name() {
      return "nudge";
    }

    @Override
    public String description() {
      return "always suggests cooperating more";
    }

    @Override
    public List<ParamSpec> parameters() {
      return List.of(ParamSpec.real("step", 0.3, 0, 1, "how much more"));
    }

    @Override
    public Optional<String> incompatibility(Game<?> game) {
      return Optional.empty();
    }

    @Override
    public Critic create(Params params, Game<?> game, AgentEnvironment environment) {
      double step = params.real("step");
      return request -> new Feedback(request.seat(), request.history().size(), Map.of(), List.of("cooperate more"),
          Map.of("cooperate", step), "round " + request.history().size() + ": cooperate more", "nudge");
    }
  });

  static Campaign<String> campaign(List<String> feedback, int campaigns, long seed) {
    AgentRegistry agents = AgentRegistry.of(LEARNERS, new ToyAgents());
    AgentFactory<String> learner = agents.factory("learner", GAME);
    AgentFactory<String> opponent = agents.factory("random", GAME);
    CriticRegistry registry = CriticRegistry.of(AgentEnvironment.empty(), CRITICS);
    List<CriticRegistry.Bound> critics = new ArrayList<>();
    for (String f : feedback) {
      critics.add(registry.bind(f, GAME));
    }
    CampaignSettings settings = new CampaignSettings("c", GAME.toString(), "learner", "random", List.of(0, 1), feedback,
        4, campaigns, seed, RunnerConfig.DEFAULT);
    return new Campaign<>(GAME, learner, opponent, critics, settings, new EpisodeRunner(RunnerConfig.DEFAULT), PROV);
  }

  static InMemoryRunStore store(String id) {
    InMemoryRunStore s = new InMemoryRunStore();
    s.createRun(new RunRecord(id, "campaign", "c", GAME.toString(), Map.of(), 1, 0, RunStatus.RUNNING, 0, 0, PROV));
    return s;
  }

  static List<Episode> episodes(RunStore s, String id) {
    List<Episode> out = new ArrayList<>();
    s.forEachEpisode(id, e -> out.add(e.withoutTiming()));
    return out;
  }

  static double cooperation(Episode e, int seat) {
    return e.steps().stream().filter(s -> s.seat() == seat).mapToDouble(s -> s.action().equals("C") ? 1 : 0)
        .average().orElse(0);
  }

  @Test
  void feedbackReachesTheLearnerBetweenRoundsAndIsStored() {
    Campaign<String> c = campaign(List.of("none", "nudge(step=0.3)"), 6, 11);
    InMemoryRunStore s = store("r");
    CampaignResults results = c.run("r", s, 1, false, Progress.NONE);
    List<Episode> all = episodes(s, "r");
    assertThat(all).hasSize(2 * 2 * 6 * 4);
    assertThat(results.episodes()).isEqualTo(all.size());
    // arm 1 = feedback nudge, learner seat 0
    Episode nudged = all.get(c.matchIndex(1, 0, 2));
    assertThat(nudged.feedback()).singleElement().satisfies(f -> {
      assertThat(f.text()).isEqualTo("round 3: cooperate more");
      assertThat(f.seat()).isZero();
    });
    assertThat(all.get(c.matchIndex(0, 0, 2)).feedback()).isEmpty();
    // learner cooperation rises round by round only with feedback (p = 0.1, 0.4, 0.7, 1.0)
    double firstRound = 0;
    double lastRound = 0;
    double lastRoundNoFeedback = 0;
    for (int k = 0; k < 6; k++) {
      firstRound += cooperation(all.get(c.matchIndex(1, k, 0)), 0) / 6;
      lastRound += cooperation(all.get(c.matchIndex(1, k, 3)), 0) / 6;
      lastRoundNoFeedback += cooperation(all.get(c.matchIndex(0, k, 3)), 0) / 6;
    }
    assertThat(lastRound).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(firstRound).isLessThan(0.5);
    assertThat(lastRoundNoFeedback).isLessThan(0.5);
  }

  @Test
  void armsShareSeedsSoTheyDifferOnlyByFeedback() {
    Campaign<String> c = campaign(List.of("none", "nudge"), 3, 5);
    InMemoryRunStore s = store("r");
    c.run("r", s, 1, false, Progress.NONE);
    List<Episode> all = episodes(s, "r");
    Episode a = all.get(c.matchIndex(0, 1, 2));
    Episode b = all.get(c.matchIndex(1, 1, 2));
    assertThat(a.seed()).isEqualTo(b.seed());
    // the opponent (seat 1, random) plays the same moves in both arms
    assertThat(a.steps().stream().filter(x -> x.seat() == 1).map(Step::action).toList())
        .isEqualTo(b.steps().stream().filter(x -> x.seat() == 1).map(Step::action).toList());
  }

  @Test
  void resultsSummariseTheLearnersMetricsPerArmAndRound() {
    Campaign<String> c = campaign(List.of("none", "nudge"), 8, 3);
    CampaignResults r = c.run("r", store("r"), 2, false, Progress.NONE);
    assertThat(r.metrics()).containsExactly("return");
    Summary s = r.summary(1, 3, "return");
    assertThat(s.n()).isEqualTo(8);
    assertThat(s.low()).isLessThanOrEqualTo(s.mean());
    assertThat(s.high()).isGreaterThanOrEqualTo(s.mean());
    assertThat(r.armLabel(3)).isEqualTo("nudge / " + GAME.seatName(1));
  }

  @Test
  void aStoppedCampaignResumesToTheSameEpisodes() {
    Campaign<String> c = campaign(List.of("none", "nudge"), 5, 9);
    InMemoryRunStore reference = store("r");
    c.run("r", reference, 1, false, Progress.NONE);

    // As if a run had stopped after storing arm 0 entirely and the first two rounds of campaign 0 of arm 1.
    InMemoryRunStore s = store("r");
    List<Episode> stored = new ArrayList<>();
    reference.forEachEpisode("r", e -> {
      int i = Math.toIntExact(e.matchIndex());
      if (i < c.matchIndex(1, 0, 0) || i == c.matchIndex(1, 0, 0) || i == c.matchIndex(1, 0, 1)) {
        stored.add(e);
      }
    });
    s.append("r", stored);
    int[] appended = {0};
    RunStore counting = new Delegating(s, batch -> appended[0] += batch.size());
    c.run("r", counting, 2, false, Progress.NONE);
    assertThat(appended[0]).isEqualTo(episodes(reference, "r").size() - stored.size());
    assertThat(episodes(s, "r")).isEqualTo(episodes(reference, "r"));
  }

  @Test
  void settingsRoundTripAndRejectNonsense() {
    CampaignSettings st = new CampaignSettings("n", "pd(rounds=5)", "learner", "random", List.of(1, 0),
        List.of("none", "nudge(step=0.3)"), 5, 7, 42, RunnerConfig.DEFAULT);
    assertThat(CampaignSettings.fromMap(st.toMap())).isEqualTo(st);
    assertThat(st.arms()).isEqualTo(4);
    assertThat(st.seatOf(2)).isEqualTo(0);
    assertThat(st.feedbackOf(3)).isEqualTo("nudge(step=0.3)");
    assertThatThrownBy(() -> new CampaignSettings("n", "g", "l", "o", List.of(0, 0), List.of("none"), 1, 1, 1,
        RunnerConfig.DEFAULT)).hasMessageContaining("repeats a seat");
    assertThatThrownBy(() -> new CampaignSettings("n", "g", "l", "o", List.of(0), List.of(), 1, 1, 1,
        RunnerConfig.DEFAULT)).hasMessageContaining("feedback");
    assertThatThrownBy(() -> CriticRegistry.of(AgentEnvironment.empty(), CRITICS).bind("nuge", GAME))
        .hasMessageContaining("unknown critic 'nuge'").hasMessageContaining("did you mean 'nudge'");
  }

  @Test
  void studentTQuantilesAreRight() {
    assertThat(Summary.tQuantile975(1)).isEqualTo(12.706205);
    assertThat(Summary.tQuantile975(5)).isEqualTo(2.570582);
    assertThat(Summary.tQuantile975(31)).isCloseTo(2.039513, org.assertj.core.data.Offset.offset(1e-5));
    assertThat(Summary.tQuantile975(120)).isCloseTo(1.979930, org.assertj.core.data.Offset.offset(1e-5));
    Summary.Builder b = new Summary.Builder();
    for (double x : new double[] {1, 2, 3, Double.NaN}) {
      b.add(x);
    }
    Summary s = b.build();
    assertThat(s.n()).isEqualTo(3);
    assertThat(s.missing()).isEqualTo(1);
    assertThat(s.mean()).isEqualTo(2);
    assertThat(s.high() - s.mean()).isCloseTo(4.302653 * Math.sqrt(1.0 / 3), org.assertj.core.data.Offset.offset(1e-9));
  }

  /** A store that runs a check before each append. */
  static final class Delegating extends ForwardingRunStore {
    final Consumer<List<Episode>> before;

    Delegating(InMemoryRunStore delegate, Consumer<List<Episode>> before) {
      super(delegate);
      this.before = before;
    }

    @Override
    public void append(String runId, List<Episode> episodes) {
      before.accept(episodes);
      super.append(runId, episodes);
    }

    @Override
    public void close() {}
  }
}
