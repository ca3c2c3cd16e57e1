package dev.parley.learn.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.Decision;
import dev.parley.core.agent.EpisodeSummary;
import dev.parley.core.agent.MatchContext;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.IllegalActionPolicy;
import dev.parley.core.engine.MatchInfo;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.engine.Seeds;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Violation;
import dev.parley.core.game.Game;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParseResult;
import dev.parley.learn.data.Content;
import dev.parley.learn.data.Dataset;
import dev.parley.learn.data.PreferenceRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Branching re-plays from stored episodes: known outcomes, determinism, pairs. */
class BranchingTest {
  static final List<Episode> RUN = StoredRuns.bargainingRun();
  static final Game<Object> BARGAINING = StoredRuns.game(StoredRuns.GAME);

  static Episode sourceWithSeller(String seller) {
    for (Episode e : RUN) {
      if (e.seats().get(0).startsWith(seller + "(") && e.steps().size() >= 3) {
        return e;
      }
    }
    throw new AssertionError("no episode with seller " + seller);
  }

  static List<AgentFactory<Object>> sameAgents(Episode e) {
    return StoredRuns.factories(BARGAINING, e.seats());
  }

  static String text(Content c) {
    return ((Content.Text) c).text();
  }

  @Test
  void theSellersAlternativesAtItsFirstMoveHaveKnownOutcomes() {
    Episode source = sourceWithSeller("linear");
    List<Branching.Branch> branches = Branching.replay(source, 0, BARGAINING, sameAgents(source),
        new Branching.Given(List.of("accept", "walk", "offer 15.00"), 2), Branching.Config.DEFAULT);

    assertThat(branches).hasSize(6);
    assertThat(branches).extracting(Branching.Branch::firstAction)
        .containsExactly("accept", "walk", "offer 15.00", "accept", "walk", "offer 15.00");
    // Accepting the buyer's opening $10 gives the seller 10 − 8 = $2; walking away gives 0.
    assertThat(branches.get(0).episode().returns()).containsExactly(2.0, 10.0);
    assertThat(branches.get(1).episode().returns()).containsExactly(0.0, 0.0);
    assertThat(branches.get(0).episode().steps()).hasSize(1);
    for (Branching.Branch b : branches) {
      assertThat(b.episode().id()).isEqualTo(source.id());
      assertThat(b.episode().status()).isEqualTo(EpisodeStatus.COMPLETED);
      assertThat(b.step()).isZero();
      // Common random numbers: every alternative of one repeat is continued under the same seed.
      assertThat(b.seed()).isEqualTo(Seeds.derive(Branching.pointSeed(source, 0, 0), b.repeat()));
    }
    assertThat(branches.get(2).episode().steps().size()).isGreaterThan(1);

    Dataset<PreferenceRecord> pairs = new OutcomePairs(OutcomePairs.Config.DEFAULT)
        .fromPoints(Branching.points(branches, BARGAINING, OutcomeMeasure.RETURN));
    PromptContext shown = StoredRuns.shownAt(source, 0);
    assertThat(pairs.records()).isNotEmpty().allSatisfy(r -> {
      assertThat(r.metadata().group()).isEqualTo(source.id());
      assertThat(text(r.prompt())).isEqualTo(shown.prompt());
      assertThat(r.metadata().attributes().get(Attributes.CONTEXT_KEY)).isEqualTo(shown.key());
      assertThat(r.metadata().attributes()).containsKeys(Attributes.CHOSEN + Attributes.BRANCH,
          Attributes.REJECTED + Attributes.BRANCH);
      assertThat(r.margin()).isPositive();
    });
    PreferenceRecord acceptOverWalk = pairs.records().stream()
        .filter(r -> text(r.chosen()).equals("ACCEPT") && text(r.rejected()).equals("WALK")).findFirst().orElseThrow();
    assertThat(acceptOverWalk.margin()).isEqualTo(2.0);
    assertThat(acceptOverWalk.metadata().attributes().get(Attributes.CHOSEN + Attributes.COUNT)).isEqualTo("2");
    assertThat(acceptOverWalk.metadata().probability()).isEqualTo(1.0);
  }

  @Test
  void branchingIsDeterministicGivenTheSeed() {
    Episode source = sourceWithSeller("bluffer");
    Branching.Alternatives sampled = new Branching.Sampled(6);
    List<Branching.Branch> a = Branching.replay(source, 2, BARGAINING, sameAgents(source), sampled,
        new Branching.Config(11, RunnerConfig.DEFAULT));
    List<Branching.Branch> b = Branching.replay(source, 2, BARGAINING, sameAgents(source), sampled,
        new Branching.Config(11, RunnerConfig.DEFAULT));
    List<Branching.Branch> c = Branching.replay(source, 2, BARGAINING, sameAgents(source), sampled,
        new Branching.Config(12, RunnerConfig.DEFAULT));

    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
    // The prefix is the source's, the continuation starts at its step.
    for (Branching.Branch br : a) {
      assertThat(br.episode().steps().subList(0, 2)).isEqualTo(source.steps().subList(0, 2));
      assertThat(br.step()).isEqualTo(2);
    }
    Set<String> firstMoves = new HashSet<>();
    a.forEach(br -> firstMoves.add(br.firstAction()));
    assertThat(firstMoves.size()).isGreaterThan(1);
    assertThat(new OutcomePairs(OutcomePairs.Config.DEFAULT)
        .fromPoints(Branching.points(a, BARGAINING, OutcomeMeasure.RETURN)).records())
        .allSatisfy(r -> assertThat(r.metadata().group()).isEqualTo(source.id()));
  }

  @Test
  void aSimultaneousMoveIsBranchedForOneSeatWhileTheOtherDecides() {
    Game<Object> pd = StoredRuns.game("repeated(stage=pd,rounds=3)");
    List<AgentFactory<Object>> agents = StoredRuns.factories(pd, List.of("tft", "alld"));
    Episode source = new EpisodeRunner(RunnerConfig.DEFAULT).run(pd, List.of(agents.get(0).create(),
        agents.get(1).create()), new MatchInfo("pd-run", 0, 3, List.of("tft", "alld"), StoredRuns.provenance(pd)));
    assertThat(source.returns()).containsExactly(2.0, 7.0);

    List<Branching.Branch> branches = Branching.replay(source, 0, pd, agents, new Branching.Listed(2, 1),
        Branching.Config.DEFAULT);
    // tft opening C: C/D then D/D twice = 0+1+1; opening D: D/D three times = 3.
    assertThat(branches).extracting(Branching.Branch::firstAction).containsExactly("C", "D");
    assertThat(branches.get(0).episode().returns()).containsExactly(2.0, 7.0);
    assertThat(branches.get(1).episode().returns()).containsExactly(3.0, 3.0);
    assertThat(branches.get(1).episode().steps().get(1).action()).isEqualTo("D");

    Dataset<PreferenceRecord> pairs = new OutcomePairs(OutcomePairs.Config.DEFAULT)
        .fromPoints(Branching.points(branches, pd, OutcomeMeasure.RETURN));
    assertThat(pairs.records()).singleElement().satisfies(r -> {
      // written as the player is asked to answer: the neutral labels (C is Option J, D is Option F)
      assertThat(text(r.chosen())).isEqualTo("Option F");
      assertThat(text(r.rejected())).isEqualTo("Option J");
      assertThat(r.margin()).isEqualTo(1.0);
      assertThat(r.metadata().group()).isEqualTo("pd-run/0");
    });
    List<DecisionPoint> points = DecisionPoints.of(source, pd, OutcomeMeasure.RETURN);
    assertThat(points).hasSize(6);
    assertThat(points.get(0).context().informationStateKey())
        .isEqualTo(pd.newInitialState().informationStateKey(0));
  }

  @Test
  void badAlternativesFailNamingThem() {
    Episode source = sourceWithSeller("linear");
    assertThatThrownBy(() -> Branching.replay(source, 0, BARGAINING, sameAgents(source),
        new Branching.Given(List.of("offer 0.00"), 1), Branching.Config.DEFAULT))
        .hasMessageContaining("'offer 0.00'").hasMessageContaining("seat 0");
    assertThatThrownBy(() -> Branching.replay(source, 99, BARGAINING, sameAgents(source),
        new Branching.Sampled(1), Branching.Config.DEFAULT)).hasMessageContaining("was 99");
    assertThatThrownBy(() -> new Branching.Given(List.of("walk", "walk"), 1)).hasMessageContaining("distinct");
    assertThatThrownBy(() -> new Branching.Sampled(0)).hasMessageContaining("count").hasMessageContaining("0");
  }

  /** Records the protocol calls it gets; offers $15 (or, with {@code bad}, an illegal $0.00). */
  static final class Recorder implements Agent<Object> {
    final List<String> calls = new ArrayList<>();
    final boolean bad;
    MatchContext context;

    Recorder(boolean bad) {
      this.bad = bad;
    }

    @Override
    public void begin(MatchContext c) {
      context = c;
      calls.add("begin");
    }

    @Override
    public Decision<Object> act(Observation observation, List<Object> legal) {
      calls.add("act");
      String move = bad ? "offer 0.00" : "offer 15.00";
      return Decision.of(((ParseResult.Ok<Object>) BARGAINING.codec().parse(move)).action());
    }

    @Override
    public boolean wantsObservations() {
      return true;
    }

    @Override
    public void observe(Observation observation) {
      calls.add("observe");
    }

    @Override
    public void end(EpisodeSummary summary) {
      calls.add("end:" + summary.status());
    }
  }

  @Test
  void theBranchRunnerKeepsTheAgentProtocolAndTheIllegalActionPolicy() {
    Episode source = sourceWithSeller("linear");
    Recorder seller = new Recorder(false);
    AgentFactory<Object> buyer = StoredRuns.AGENTS.factory("hardliner", BARGAINING);
    BranchRunner runner = new BranchRunner(RunnerConfig.DEFAULT);
    Episode e = runner.play(BARGAINING, source, List.of(), BARGAINING.newInitialState(),
        List.of(seller, buyer.create()), List.of("recorder", "hardliner"), Map.of(), 42);
    assertThat(seller.context.seed()).isEqualTo(42);
    assertThat(seller.context.seat()).isZero();
    assertThat(seller.calls.get(0)).isEqualTo("begin");
    assertThat(seller.calls).contains("act", "observe");
    assertThat(seller.calls.get(seller.calls.size() - 1)).isEqualTo("end:" + e.status());
    assertThat(e.seats()).containsExactly("recorder", "hardliner");
    assertThat(e.seed()).isEqualTo(42);

    Recorder cheat = new Recorder(true);
    Episode forfeit = runner.play(BARGAINING, source, List.of(), BARGAINING.newInitialState(),
        List.of(cheat, buyer.create()), List.of("cheat", "hardliner"), Map.of(), 42);
    assertThat(forfeit.status()).isEqualTo(EpisodeStatus.FORFEIT);
    assertThat(forfeit.violations()).extracting(Violation::resolution).containsExactly(
        Violation.Resolution.REPROMPTED, Violation.Resolution.REPROMPTED, Violation.Resolution.FORFEIT);
    assertThat(forfeit.returnOf(0)).isEqualTo(BARGAINING.minReturn());

    Episode fallback = new BranchRunner(RunnerConfig.DEFAULT.withPolicy(IllegalActionPolicy.DEFAULT_ACTION))
        .play(BARGAINING, source, List.of(), BARGAINING.newInitialState(), List.of(new Recorder(true),
            buyer.create()), List.of("cheat", "hardliner"), Map.of(), 42);
    assertThat(fallback.violations()).isNotEmpty()
        .allSatisfy(v -> assertThat(v.resolution()).isEqualTo(Violation.Resolution.DEFAULT_ACTION));
    // Moves the engine chose for the agent are no decisions of the agent.
    assertThat(DecisionPoints.of(fallback, BARGAINING, OutcomeMeasure.RETURN))
        .allSatisfy(p -> assertThat(p.seat()).isEqualTo(1));
  }
}
