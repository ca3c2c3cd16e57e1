package dev.parley.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.Decision;
import dev.parley.core.agent.DecisionTrace;
import dev.parley.core.agent.EpisodeSummary;
import dev.parley.core.agent.MatchContext;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Provenance;
import dev.parley.core.episode.Step;
import dev.parley.core.episode.Violation;
import dev.parley.core.episode.Violation.Kind;
import dev.parley.core.episode.Violation.Resolution;
import dev.parley.core.fixtures.CardGame;
import dev.parley.core.fixtures.PdGame;
import dev.parley.core.fixtures.Scripted;
import dev.parley.core.fixtures.ToyAgents;
import dev.parley.core.fixtures.ToyObservation;
import dev.parley.core.game.Game;
import dev.parley.core.game.Observation;
import dev.parley.core.game.Turn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EpisodeRunnerTest {
  static final Provenance PROV = new Provenance("0.1", "abc123", "card-v2", "cfg");
  static final CardGame CARD = new CardGame();
  static final RunnerConfig DEFAULT = RunnerConfig.DEFAULT;

  static MatchInfo info(long seed) {
    return new MatchInfo("run-1", 4, seed, List.of("alpha", "beta"), PROV);
  }

  static <A> Episode run(RunnerConfig config, Game<A> game, Agent<A> seat0, Agent<A> seat1, long seed) {
    return new EpisodeRunner(config).run(game, List.of(seat0, seat1), info(seed));
  }

  static int card(Episode e) {
    Step chance = e.steps().get(0);
    assertThat(chance.seat()).isEqualTo(Turn.CHANCE_SEAT);
    return Integer.parseInt(chance.action());
  }

  static List<String> actionsOf(Episode e, int seat) {
    return e.steps().stream().filter(s -> s.seat() == seat).map(Step::action).toList();
  }

  // ---------------------------------------------------------------- normal play

  @Test
  void sequentialEpisodeWithChanceIsRecordedInFull() {
    Clock clock = Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC);
    Episode e = new EpisodeRunner(DEFAULT, clock)
        .run(CARD, List.of(Scripted.always(2), Scripted.always(1)), info(11));
    assertThat(e.runId()).isEqualTo("run-1");
    assertThat(e.matchIndex()).isEqualTo(4);
    assertThat(e.id()).isEqualTo("run-1/4");
    assertThat(e.game()).isEqualTo("card(p0=0.3)");
    assertThat(e.seats()).containsExactly("alpha", "beta");
    assertThat(e.seed()).isEqualTo(11);
    assertThat(e.provenance()).isSameAs(PROV);
    assertThat(e.startedAtMillis()).isEqualTo(1_700_000_000_000L);
    assertThat(e.status()).isEqualTo(EpisodeStatus.COMPLETED);
    assertThat(e.violations()).isEmpty();
    assertThat(e.steps()).extracting(Step::move).containsExactly(0, 1, 2);
    assertThat(e.steps()).extracting(Step::seat).containsExactly(-1, 0, 1);
    assertThat(e.steps().subList(1, 3)).extracting(Step::action).containsExactly("2", "1");
    assertThat(e.steps()).extracting(Step::trace).containsOnlyNulls();
    int card = card(e);
    assertThat(card).isIn(0, 1);
    assertThat(e.returns()).containsExactly(card == 1 ? -1.0 : 2.0, card == 1 ? 3.0 : 0.0);
  }

  @Test
  void simultaneousEpisodeRecordsEverySeatOfEachJointMove() {
    Episode e = new EpisodeRunner(DEFAULT).run(PdGame.rounds(3),
        List.of(ToyAgents.registry().factory("tft", PdGame.rounds(3)).create(), Scripted.always("D")),
        new MatchInfo("r", 0, 1, List.of("tft", "always(action=D)"), PROV));
    assertThat(e.status()).isEqualTo(EpisodeStatus.COMPLETED);
    assertThat(e.steps()).extracting(Step::move).containsExactly(0, 0, 1, 1, 2, 2);
    assertThat(e.steps()).extracting(Step::seat).containsExactly(0, 1, 0, 1, 0, 1);
    assertThat(actionsOf(e, 0)).containsExactly("C", "D", "D");
    assertThat(actionsOf(e, 1)).containsExactly("D", "D", "D");
    assertThat(e.returns()).containsExactly(2.0, 7.0);
  }

  @Test
  void wrongNumberOfAgentsOrSeatsIsRejected() {
    EpisodeRunner runner = new EpisodeRunner(DEFAULT);
    assertThatThrownBy(() -> runner.run(CARD, List.of(Scripted.<Integer>first()), info(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 2 agents, got 1 agents and 2 seat specs");
    assertThatThrownBy(() -> runner.run(CARD, List.of(Scripted.<Integer>first(), Scripted.first()),
        new MatchInfo("r", 0, 1, List.of("x"), PROV)))
        .hasMessageContaining("got 2 agents and 1 seat specs");
  }

  // ---------------------------------------------------------------- continuations

  @Test
  void continuationKeepsThePrefixImposesForcedActionsAndPlaysOn() {
    PdGame game = PdGame.rounds(3);
    var afterRound1 = game.newInitialState().applyJoint(List.of("C", "D"));
    List<Step> prefix = List.of(new Step(0, 0, "C", null), new Step(0, 1, "D", null));
    Violation earlier = new Violation(0, 1, Kind.MALFORMED, "said nothing", Resolution.REPROMPTED);
    List<Step> announced = new ArrayList<>();
    EpisodeListener listener = new EpisodeListener() {
      @Override
      public void onStep(Step step) {
        announced.add(step);
      }
    };
    Scripted<String> forced = Scripted.always("D");
    Episode e = new EpisodeRunner(DEFAULT).continueFrom(game, List.of(forced, Scripted.always("D")),
        new MatchInfo("r", 2, 9, List.of("a", "b"), PROV),
        new Continuation<>(afterRound1, prefix, List.of(earlier), java.util.Map.of(0, "C")), listener);
    assertThat(e.status()).isEqualTo(EpisodeStatus.COMPLETED);
    // the seat recalls its prefix move and the move imposed on it, and is asked only after that
    assertThat(forced.recalled).containsExactly("round 0 history [] -> C (null)", "round 1 history [CD] -> C (null)");
    assertThat(forced.acted).singleElement().satisfies(o -> assertThat(o.text()).startsWith("round 2"));
    assertThat(e.steps()).extracting(Step::move).containsExactly(0, 0, 1, 1, 2, 2);
    assertThat(actionsOf(e, 0)).containsExactly("C", "C", "D");
    assertThat(actionsOf(e, 1)).containsExactly("D", "D", "D");
    // sucker, sucker, punishment: 0 + 0 + 1 against 5 + 5 + 1
    assertThat(e.returns()).containsExactly(1.0, 11.0);
    assertThat(e.violations()).containsExactly(earlier);
    assertThat(e.seed()).isEqualTo(9);
    assertThat(announced).extracting(Step::move).containsExactly(1, 1, 2, 2);
  }

  @Test
  void continuationReplaysThePrefixToTheAgentsBeforeTheyMove() {
    PdGame game = PdGame.rounds(3);
    var afterTwo = game.newInitialState().applyJoint(List.of("C", "D")).applyJoint(List.of("D", "D"));
    DecisionTrace said = new DecisionTrace("round 0?", "I choose C", List.of(), null, null);
    List<Step> prefix = List.of(new Step(0, 0, "C", said), new Step(0, 1, "D", null), new Step(1, 0, "D", null),
        new Step(1, 1, "D", null));
    Scripted<String> rememberer = Scripted.always("C");
    Scripted<String> watcher = new Scripted<>((legal, call) -> Decision.of("D"), true);
    Episode e = new EpisodeRunner(DEFAULT).continueFrom(game, List.of(rememberer, watcher),
        new MatchInfo("r", 0, 4, List.of("a", "b"), PROV), new Continuation<>(afterTwo, prefix, List.of(), Map.of()),
        EpisodeListener.NONE);
    assertThat(e.status()).isEqualTo(EpisodeStatus.COMPLETED);
    // each seat recalls its own moves, with what it saw before each and the model's words when recorded
    assertThat(rememberer.recalled).containsExactly("round 0 history [] -> C (I choose C)",
        "round 1 history [CD] -> D (null)");
    assertThat(watcher.recalled).containsExactly("round 0 history [] -> D (null)", "round 1 history [CD] -> D (null)");
    // simultaneous moves include every seat, so there is nothing else to observe in the prefix
    assertThat(watcher.observed).isEmpty();
    // the recalls come before the first decision of the continuation
    assertThat(rememberer.acted).singleElement().satisfies(o -> assertThat(o.text()).startsWith("round 2"));
  }

  @Test
  void continuationRefusesAPrefixThatCannotBeReplayedOrLeadsElsewhere() {
    PdGame game = PdGame.rounds(3);
    EpisodeRunner runner = new EpisodeRunner(DEFAULT);
    List<Agent<String>> agents = List.of(Scripted.always("D"), Scripted.always("D"));
    MatchInfo info = new MatchInfo("r", 0, 1, List.of("a", "b"), PROV);
    var afterOne = game.newInitialState().applyJoint(List.of("C", "D"));
    assertThatThrownBy(() -> runner.continueFrom(game, agents, info, new Continuation<>(afterOne,
        List.of(new Step(0, 0, "C", null), new Step(0, 1, "maybe", null)), List.of(), Map.of()), EpisodeListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the continuation's prefix cannot be replayed: move 0: stored action 'maybe' does not parse");
    assertThatThrownBy(() -> runner.continueFrom(game, agents, info, new Continuation<>(afterOne,
        List.of(new Step(0, 0, "D", null), new Step(0, 1, "D", null)), List.of(), Map.of()), EpisodeListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the prefix does not lead to the continuation's state");
  }

  @Test
  void continuationRejectsForcedActionsThatCannotBePlayed() {
    PdGame game = PdGame.rounds(1);
    EpisodeRunner runner = new EpisodeRunner(DEFAULT);
    List<Agent<String>> agents = List.of(Scripted.always("D"), Scripted.always("D"));
    MatchInfo info = new MatchInfo("r", 0, 1, List.of("a", "b"), PROV);
    assertThatThrownBy(() -> runner.continueFrom(game, agents, info,
        new Continuation<>(game.newInitialState(), List.of(), List.of(), java.util.Map.of(0, "X")), EpisodeListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("forced action 'X' of seat 0 is illegal");
    var over = game.newInitialState().applyJoint(List.of("C", "C"));
    assertThatThrownBy(() -> runner.continueFrom(game, agents, info,
        new Continuation<>(over, List.of(), List.of(), java.util.Map.of(1, "C")), EpisodeListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("forced action for seat 1, which does not move");
  }

  // ---------------------------------------------------------------- determinism and chance

  @Test
  void sameSeedGivesTheSameEpisode() {
    var factory = ToyAgents.registry().factory("random", CARD);
    for (long seed = 0; seed < 20; seed++) {
      Episode a = run(DEFAULT, CARD, factory.create(), factory.create(), seed);
      Episode b = new EpisodeRunner(DEFAULT).run(CARD, List.of(factory.create(), factory.create()), info(seed));
      assertThat(b.withoutTiming()).isEqualTo(a.withoutTiming());
    }
  }

  @Test
  void differentSeedsGiveDifferentPlays() {
    var factory = ToyAgents.registry().factory("random", CARD);
    Set<List<Step>> distinct = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      distinct.add(run(DEFAULT, CARD, factory.create(), factory.create(), seed).steps());
    }
    // 2 cards x 3 x 2 actions: 12 possible plays; 50 random seeds should hit many of them.
    assertThat(distinct.size()).isGreaterThanOrEqualTo(6);
  }

  @Test
  void withoutTimingZeroesOnlyTheTiming() {
    Episode e = run(DEFAULT, CARD, Scripted.first(), Scripted.first(), 3);
    Episode w = e.withoutTiming();
    assertThat(w.startedAtMillis()).isZero();
    assertThat(w.durationNanos()).isZero();
    assertThat(w).usingRecursiveComparison().ignoringFields("startedAtMillis", "durationNanos").isEqualTo(e);
    assertThat(e.startedAtMillis()).isPositive();
  }

  @Test
  void chanceFollowsTheDeclaredProbabilities() {
    int n = 4000;
    int zeros = 0;
    for (long seed = 0; seed < n; seed++) {
      if (card(run(DEFAULT, CARD, Scripted.first(), Scripted.first(), seed)) == 0) {
        zeros++;
      }
    }
    // p = 0.3: standard deviation of the share is about 0.007, so ±0.04 is more than 5 sigma.
    assertThat((double) zeros / n).isBetween(0.26, 0.34);
  }

  @Test
  void certainChanceOutcomesAreAlwaysChosen() {
    for (long seed = 0; seed < 200; seed++) {
      assertThat(card(run(DEFAULT, CardGame.withP0(1.0), Scripted.first(), Scripted.first(), seed))).isZero();
      assertThat(card(run(DEFAULT, CardGame.withP0(0.0), Scripted.first(), Scripted.first(), seed))).isOne();
    }
  }

  // ---------------------------------------------------------------- illegal-action policies

  @Test
  void repromptThenLegalCompletesWithOneRepromptedViolation() {
    Scripted<Integer> offender = Scripted.badThenGood(7, 1);
    Episode e = run(DEFAULT, CARD, offender, Scripted.first(), 5);
    assertThat(e.status()).isEqualTo(EpisodeStatus.COMPLETED);
    assertThat(e.violations()).hasSize(1);
    Violation v = e.violations().get(0);
    assertThat(v.move()).isEqualTo(1);
    assertThat(v.seat()).isZero();
    assertThat(v.kind()).isEqualTo(Kind.NOT_LEGAL);
    assertThat(v.resolution()).isEqualTo(Resolution.REPROMPTED);
    assertThat(v.detail()).contains("7 is not one of [0, 1, 2]");
    assertThat(offender.retryAttempts).containsExactly(1);
    assertThat(offender.retryProblems).containsExactly(v.detail());
    assertThat(actionsOf(e, 0)).containsExactly("1");
  }

  @Test
  void alwaysIllegalIsRepromptedThenForfeits() {
    Scripted<Integer> offender = Scripted.always(9);
    Episode e = run(DEFAULT, CARD, Scripted.always(2), offender, 5);
    assertThat(e.status()).isEqualTo(EpisodeStatus.FORFEIT);
    assertThat(e.violations()).extracting(Violation::resolution).containsExactly(
        Resolution.REPROMPTED, Resolution.REPROMPTED, Resolution.FORFEIT);
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.seat()).isOne();
      assertThat(v.move()).isEqualTo(2);
      assertThat(v.kind()).isEqualTo(Kind.NOT_LEGAL);
    });
    assertThat(offender.calls.get()).isEqualTo(3);
    assertThat(offender.retryAttempts).containsExactly(1, 2);
    assertThat(e.returnOf(1)).isEqualTo(CARD.minReturn());
    assertThat(e.returnOf(0)).as("the other seat keeps what it has").isEqualTo(2.0);
    assertThat(e.steps()).extracting(Step::seat).containsExactly(-1, 0);
  }

  @Test
  void repromptCountFollowsTheConfig() {
    RunnerConfig none = new RunnerConfig(IllegalActionPolicy.REPROMPT_THEN_FORFEIT, 0, null, 1000);
    Episode e0 = run(none, CARD, Scripted.always(9), Scripted.first(), 1);
    assertThat(e0.violations()).extracting(Violation::resolution).containsExactly(Resolution.FORFEIT);
    assertThat(e0.returns()).containsExactly(-3.0, 0.0);

    RunnerConfig five = new RunnerConfig(IllegalActionPolicy.REPROMPT_THEN_FORFEIT, 5, null, 1000);
    Episode e5 = run(five, CARD, Scripted.always(9), Scripted.first(), 1);
    assertThat(e5.violations()).hasSize(6);
    assertThat(e5.violations().subList(0, 5)).extracting(Violation::resolution).containsOnly(Resolution.REPROMPTED);
    assertThat(e5.violations().get(5).resolution()).isEqualTo(Resolution.FORFEIT);
  }

  @Test
  void randomLegalPlaysASeededLegalAction() {
    RunnerConfig config = DEFAULT.withPolicy(IllegalActionPolicy.RANDOM_LEGAL);
    Set<String> chosen = new HashSet<>();
    for (long seed = 0; seed < 100; seed++) {
      Scripted<Integer> offender = Scripted.always(9);
      Episode e = run(config, CARD, Scripted.first(), offender, seed);
      assertThat(e.status()).isEqualTo(EpisodeStatus.COMPLETED);
      assertThat(e.violations()).singleElement().satisfies(v -> {
        assertThat(v.resolution()).isEqualTo(Resolution.RANDOM_LEGAL);
        assertThat(v.kind()).isEqualTo(Kind.NOT_LEGAL);
        assertThat(v.seat()).isOne();
      });
      assertThat(offender.calls.get()).as("no re-prompt").isOne();
      String action = actionsOf(e, 1).get(0);
      assertThat(action).isIn("0", "1");
      chosen.add(action);
      assertThat(run(config, CARD, Scripted.first(), Scripted.always(9), seed).withoutTiming())
          .as("same seed, same random choice").isEqualTo(e.withoutTiming());
    }
    assertThat(chosen).containsExactlyInAnyOrder("0", "1");
  }

  @Test
  void defaultActionPlaysTheFirstLegalAction() {
    RunnerConfig config = DEFAULT.withPolicy(IllegalActionPolicy.DEFAULT_ACTION);
    for (long seed = 0; seed < 10; seed++) {
      Episode e = run(config, CARD, Scripted.always(5), Scripted.always(-1), seed);
      assertThat(e.status()).isEqualTo(EpisodeStatus.COMPLETED);
      assertThat(actionsOf(e, 0)).containsExactly("0");
      assertThat(actionsOf(e, 1)).containsExactly("0");
      assertThat(e.violations()).extracting(Violation::seat).containsExactly(0, 1);
      assertThat(e.violations()).extracting(Violation::resolution).containsOnly(Resolution.DEFAULT_ACTION);
    }
  }

  @Test
  void forfeitPolicyEndsAtTheFirstOffence() {
    RunnerConfig config = DEFAULT.withPolicy(IllegalActionPolicy.FORFEIT);
    Scripted<Integer> offender = Scripted.badThenGood(7, 1);
    Scripted<Integer> other = Scripted.first();
    Episode e = run(config, CARD, offender, other, 2);
    assertThat(e.status()).isEqualTo(EpisodeStatus.FORFEIT);
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.resolution()).isEqualTo(Resolution.FORFEIT);
      assertThat(v.kind()).isEqualTo(Kind.NOT_LEGAL);
      assertThat(v.seat()).isZero();
    });
    assertThat(offender.calls.get()).isOne();
    assertThat(other.calls.get()).isZero();
    assertThat(e.returns()).containsExactly(-3.0, 0.0);
  }

  @Test
  void malformedDecisionIsAMalformedViolation() {
    Scripted<Integer> garbled = new Scripted<>((legal, call) -> Decision.failed("no number in 'hmm'", null));
    Episode e = run(DEFAULT.withPolicy(IllegalActionPolicy.FORFEIT), CARD, garbled, Scripted.first(), 1);
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(Kind.MALFORMED);
      assertThat(v.detail()).isEqualTo("no number in 'hmm'");
      assertThat(v.resolution()).isEqualTo(Resolution.FORFEIT);
    });
    assertThat(e.status()).isEqualTo(EpisodeStatus.FORFEIT);

    Episode reprompted = run(DEFAULT, CARD, garbled, Scripted.first(), 1);
    assertThat(reprompted.violations()).extracting(Violation::kind).containsOnly(Kind.MALFORMED);
    assertThat(reprompted.violations()).extracting(Violation::resolution)
        .containsExactly(Resolution.REPROMPTED, Resolution.REPROMPTED, Resolution.FORFEIT);
  }

  @Test
  void aFailedDecisionWhoseLastTryWasAnIllegalMoveIsANotLegalViolation() {
    DecisionTrace trace = new DecisionTrace("pick a card", "card 9", List.of(
        new DecisionTrace.ParseAttempt("hmm", DecisionTrace.ParseAttempt.MALFORMED, "no number"),
        new DecisionTrace.ParseAttempt("card 9", DecisionTrace.ParseAttempt.NOT_LEGAL, "9 is not in your hand")),
        null, null);
    Scripted<Integer> stubborn = new Scripted<>((legal, call) -> Decision.failed("9 is not in your hand", trace));
    Episode e = run(DEFAULT.withPolicy(IllegalActionPolicy.FORFEIT), CARD, stubborn, Scripted.first(), 1);
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(Kind.NOT_LEGAL);
      assertThat(v.detail()).isEqualTo("9 is not in your hand");
    });
  }

  @Test
  void throwingAgentIsAnAgentErrorNotAnException() {
    Scripted<Integer> crasher = new Scripted<>((legal, call) -> {
      throw new IllegalStateException("boom");
    });
    Episode e = run(DEFAULT.withPolicy(IllegalActionPolicy.DEFAULT_ACTION), CARD, Scripted.first(), crasher, 1);
    assertThat(e.status()).isEqualTo(EpisodeStatus.COMPLETED);
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(Kind.AGENT_ERROR);
      assertThat(v.detail()).isEqualTo("agent failed: IllegalStateException: boom");
      assertThat(v.resolution()).isEqualTo(Resolution.DEFAULT_ACTION);
      assertThat(v.seat()).isOne();
    });
    assertThat(actionsOf(e, 1)).containsExactly("0");

    Episode forfeited = run(DEFAULT, CARD, Scripted.first(), crasher, 1);
    assertThat(forfeited.status()).isEqualTo(EpisodeStatus.FORFEIT);
    assertThat(forfeited.violations()).extracting(Violation::kind).containsOnly(Kind.AGENT_ERROR);
    assertThat(forfeited.violations()).hasSize(3);
  }

  @Test
  void failuresOutsideActAreViolationsNotExceptions() {
    Agent<Integer> badBegin = new Agent<>() {
      @Override
      public void begin(MatchContext context) {
        throw new IllegalStateException("no model");
      }

      @Override
      public Decision<Integer> act(dev.parley.core.game.Observation o, List<Integer> legal) {
        return Decision.of(legal.get(0));
      }
    };
    Episode e = run(DEFAULT, CARD, Scripted.first(), badBegin, 1);
    assertThat(e.status()).isEqualTo(EpisodeStatus.FORFEIT);
    assertThat(e.steps()).isEmpty();
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(Kind.AGENT_ERROR);
      assertThat(v.seat()).isOne();
      assertThat(v.detail()).contains("begin").contains("no model");
      assertThat(v.resolution()).isEqualTo(Resolution.FORFEIT);
    });
    assertThat(e.returnOf(1)).isEqualTo(CARD.minReturn());

    Agent<Integer> badListener = new Agent<>() {
      @Override
      public boolean wantsObservations() {
        return true;
      }

      @Override
      public void observe(dev.parley.core.game.Observation o) {
        throw new IllegalArgumentException("cannot read");
      }

      @Override
      public void end(dev.parley.core.agent.EpisodeSummary summary) {
        throw new IllegalArgumentException("cannot end");
      }

      @Override
      public Decision<Integer> act(dev.parley.core.game.Observation o, List<Integer> legal) {
        return Decision.of(legal.get(0));
      }
    };
    Episode ok = run(DEFAULT, CARD, Scripted.first(), badListener, 1);
    assertThat(ok.status()).isEqualTo(EpisodeStatus.COMPLETED);
    assertThat(ok.violations()).isNotEmpty().allSatisfy(v -> {
      assertThat(v.kind()).isEqualTo(Kind.AGENT_ERROR);
      assertThat(v.resolution()).isEqualTo(Resolution.IGNORED);
      assertThat(v.seat()).isOne();
    });
    assertThat(ok.violations()).extracting(Violation::detail).anyMatch(d -> d.contains("cannot read"))
        .anyMatch(d -> d.contains("cannot end"));
  }

  @Test
  void nullDecisionAndStackOverflowAreAgentErrors() {
    Scripted<Integer> silent = new Scripted<>((legal, call) -> null);
    Episode e = run(DEFAULT.withPolicy(IllegalActionPolicy.FORFEIT), CARD, silent, Scripted.first(), 1);
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(Kind.AGENT_ERROR);
      assertThat(v.detail()).contains("agent returned no decision");
    });
    Scripted<Integer> deep = new Scripted<>((legal, call) -> {
      throw new StackOverflowError();
    });
    Episode s = run(DEFAULT.withPolicy(IllegalActionPolicy.FORFEIT), CARD, deep, Scripted.first(), 1);
    assertThat(s.violations()).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(Kind.AGENT_ERROR);
      assertThat(v.detail()).contains("StackOverflowError");
    });
  }

  @Test
  void throwingAgentWithATimeoutIsStillAnAgentError() {
    Scripted<Integer> crasher = new Scripted<>((legal, call) -> {
      throw new IllegalStateException("boom");
    });
    RunnerConfig config = DEFAULT.withPolicy(IllegalActionPolicy.FORFEIT).withTimeout(Duration.ofSeconds(5));
    Episode e = run(config, CARD, crasher, Scripted.first(), 1);
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(Kind.AGENT_ERROR);
      assertThat(v.detail()).isEqualTo("agent failed: IllegalStateException: boom");
    });
  }

  @Test
  @Timeout(10)
  void slowDecisionsTimeOutQuickly() {
    RunnerConfig config = DEFAULT.withTimeout(Duration.ofMillis(50));
    Scripted<Integer> sleeper = Scripted.sleeping(2000, Integer.MAX_VALUE);
    long start = System.nanoTime();
    Episode e = run(config, CARD, sleeper, Scripted.first(), 1);
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
    assertThat(e.status()).isEqualTo(EpisodeStatus.FORFEIT);
    assertThat(e.violations()).extracting(Violation::kind).containsOnly(Kind.TIMEOUT);
    assertThat(e.violations()).extracting(Violation::resolution)
        .containsExactly(Resolution.REPROMPTED, Resolution.REPROMPTED, Resolution.FORFEIT);
    assertThat(e.violations().get(0).detail()).contains("no decision within PT0.05S");
    assertThat(e.returnOf(0)).isEqualTo(-3.0);
    assertThat(elapsedMillis).as("three 50 ms timeouts, not 2 s sleeps").isLessThan(1500);
    // the abandoned decisions are cancelled: their threads are interrupted rather than left sleeping
    long deadline = System.nanoTime() + 1_000_000_000L;
    while (sleeper.interruptions() < 3 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(sleeper.interruptions()).isEqualTo(3);
  }

  @Test
  @Timeout(10)
  void oneSlowDecisionIsRepromptedAndTheEpisodeCompletes() {
    // A generous timeout: only the first call sleeps, and a loaded machine must not make the quick retry late.
    RunnerConfig config = DEFAULT.withTimeout(Duration.ofMillis(400));
    Scripted<Integer> sleeper = Scripted.sleeping(5000, 1);
    long start = System.nanoTime();
    Episode e = run(config, CARD, Scripted.first(), sleeper, 1);
    assertThat(e.status()).isEqualTo(EpisodeStatus.COMPLETED);
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(Kind.TIMEOUT);
      assertThat(v.resolution()).isEqualTo(Resolution.REPROMPTED);
      assertThat(v.seat()).isOne();
    });
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4000);
  }

  @Test
  void fastAgentsWithATimeoutPlayNormally() {
    RunnerConfig config = DEFAULT.withTimeout(Duration.ofSeconds(5));
    Episode timed = run(config, CARD, Scripted.always(1), Scripted.always(0), 8);
    Episode inline = run(DEFAULT, CARD, Scripted.always(1), Scripted.always(0), 8);
    assertThat(timed.violations()).isEmpty();
    assertThat(timed.withoutTiming()).isEqualTo(inline.withoutTiming());
  }

  // ---------------------------------------------------------------- truncation

  @Test
  void moveLimitTruncates() {
    Episode e = run(DEFAULT.withMaxMoves(2), CARD, Scripted.always(2), Scripted.first(), 1);
    assertThat(e.status()).isEqualTo(EpisodeStatus.TRUNCATED);
    assertThat(e.steps()).extracting(Step::seat).containsExactly(-1, 0);
    assertThat(e.returns()).containsExactly(2.0, 0.0);

    Episode pd = run(DEFAULT.withMaxMoves(2), PdGame.rounds(5), Scripted.always("C"), Scripted.always("C"), 1);
    assertThat(pd.status()).isEqualTo(EpisodeStatus.TRUNCATED);
    assertThat(pd.steps()).hasSize(4);
    assertThat(pd.returns()).containsExactly(6.0, 6.0);

    Episode exact = run(DEFAULT.withMaxMoves(3), CARD, Scripted.first(), Scripted.first(), 1);
    assertThat(exact.status()).as("a limit equal to the game length does not truncate")
        .isEqualTo(EpisodeStatus.COMPLETED);
  }

  // ---------------------------------------------------------------- simultaneous forfeits

  @Test
  void simultaneousForfeitDropsTheUnfinishedJointMove() {
    RunnerConfig config = DEFAULT.withPolicy(IllegalActionPolicy.FORFEIT);
    Scripted<String> seat0 = Scripted.always("C");
    Scripted<String> seat1 = Scripted.badThenGood("C", "X");
    Episode e = run(config, PdGame.rounds(3), seat0, seat1, 1);
    assertThat(e.status()).isEqualTo(EpisodeStatus.FORFEIT);
    assertThat(e.steps()).extracting(Step::move).containsExactly(0, 0);
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.seat()).isOne();
      assertThat(v.move()).isOne();
      assertThat(v.detail()).contains("'X' is not C or D");
    });
    assertThat(e.returns()).containsExactly(3.0, 0.0);

    Scripted<String> bad0 = Scripted.always("Z");
    Scripted<String> good1 = Scripted.always("D");
    Episode e2 = run(config, PdGame.rounds(3), bad0, good1, 1);
    assertThat(e2.steps()).isEmpty();
    assertThat(good1.calls.get()).as("seat 1 is not asked after seat 0 forfeits").isZero();
  }

  @Test
  void simultaneousPolicyFallbacksKeepTheJointMove() {
    Episode e = run(DEFAULT.withPolicy(IllegalActionPolicy.DEFAULT_ACTION), PdGame.rounds(2),
        Scripted.always("D"), Scripted.always("?"), 1);
    assertThat(e.status()).isEqualTo(EpisodeStatus.COMPLETED);
    assertThat(actionsOf(e, 1)).containsExactly("C", "C");
    assertThat(e.returns()).containsExactly(10.0, 0.0);
    assertThat(e.violations()).extracting(Violation::move).containsExactly(0, 1);
  }

  // ---------------------------------------------------------------- listener and agent callbacks

  @Test
  void listenerSeesEveryStepViolationAndTheEnd() {
    List<Step> steps = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    List<Episode> ends = new ArrayList<>();
    EpisodeListener listener = new EpisodeListener() {
      @Override
      public void onStep(Step step) {
        assertThat(ends).as("steps come before the end").isEmpty();
        steps.add(step);
      }

      @Override
      public void onViolation(Violation violation) {
        violations.add(violation);
      }

      @Override
      public void onEnd(Episode episode) {
        ends.add(episode);
      }
    };
    Episode e = new EpisodeRunner(DEFAULT).run(CARD,
        List.of(Scripted.badThenGood(8, 2), Scripted.first()), info(3), listener);
    assertThat(steps).hasSize(3).isEqualTo(e.steps());
    assertThat(violations).hasSize(1).isEqualTo(e.violations());
    assertThat(ends).containsExactly(e);
  }

  @Test
  void agentsAreToldTheirSeatAtBeginAndTheOutcomeAtEnd() {
    Scripted<Integer> a = Scripted.always(1);
    Scripted<Integer> b = Scripted.always(0);
    Episode e = run(DEFAULT, CARD, a, b, 77);
    for (int seat = 0; seat < 2; seat++) {
      Scripted<Integer> agent = seat == 0 ? a : b;
      assertThat(agent.begins).singleElement().satisfies(c -> {
        assertThat(c.runId()).isEqualTo("run-1");
        assertThat(c.matchIndex()).isEqualTo(4);
        assertThat(c.game()).isEqualTo("card(p0=0.3)");
        assertThat(c.numSeats()).isEqualTo(2);
        assertThat(c.seed()).isEqualTo(77);
      });
      assertThat(agent.begins.get(0).seat()).isEqualTo(seat);
      assertThat(agent.ends).singleElement().satisfies(s -> {
        assertThat(s.returns()).isEqualTo(e.returns());
        assertThat(s.status()).isEqualTo(EpisodeStatus.COMPLETED);
        assertThat(s.finalObservation().seat()).isEqualTo(s.seat());
      });
      assertThat(agent.ends.get(0).seat()).isEqualTo(seat);
      assertThat(agent.acted).singleElement().satisfies(o -> assertThat(o.seat()).isEqualTo(agent.begins.get(0).seat()));
    }
  }

  @Test
  void endIsCalledAfterAForfeitToo() {
    Scripted<Integer> a = Scripted.always(9);
    Scripted<Integer> b = Scripted.first();
    run(DEFAULT, CARD, a, b, 1);
    assertThat(a.ends).extracting(EpisodeSummary::status).containsExactly(EpisodeStatus.FORFEIT);
    assertThat(b.ends).extracting(EpisodeSummary::status).containsExactly(EpisodeStatus.FORFEIT);
    assertThat(b.ends.get(0).returns()).containsExactly(-3.0, 0.0);
  }

  @Test
  void onlyNonActingSeatsThatWantObservationsObserve() {
    Scripted<Integer> seat0 = Scripted.always(2);
    Scripted<Integer> seat1 = new Scripted<>((legal, call) -> Decision.of(0), true);
    run(DEFAULT, CARD, seat0, seat1, 1);
    assertThat(seat0.observed).as("seat 0 does not want observations").isEmpty();
    // seat 1 observes after the deal and after seat 0's move, not after its own move
    assertThat(seat1.observed).extracting(Observation::seat).containsExactly(1, 1);
    assertThat(seat1.observed).extracting(o -> ((ToyObservation) o).move()).containsExactly(1, 2);
    assertThat(seat1.observed).allSatisfy(o -> assertThat(o.fields()).doesNotContainKey("card"));
    assertThat(seat1.observed.get(1).fields()).containsEntry("chips", 2);

    Scripted<Integer> watcher0 = new Scripted<>((legal, call) -> Decision.of(1), true);
    Scripted<Integer> watcher1 = new Scripted<>((legal, call) -> Decision.of(1), true);
    run(DEFAULT, CARD, watcher0, watcher1, 1);
    assertThat(watcher0.observed).extracting(o -> ((ToyObservation) o).move()).containsExactly(1, 3);
    assertThat(watcher0.observed).allSatisfy(o -> assertThat(o.fields()).containsKey("card"));
    assertThat(watcher1.observed).extracting(o -> ((ToyObservation) o).move()).containsExactly(1, 2);
  }

  @Test
  void simultaneousMoversDoNotObserveTheirOwnJointMove() {
    Scripted<String> a = new Scripted<>((legal, call) -> Decision.of("C"), true);
    Scripted<String> b = new Scripted<>((legal, call) -> Decision.of("C"), true);
    run(DEFAULT, PdGame.rounds(2), a, b, 1);
    assertThat(a.observed).isEmpty();
    assertThat(b.observed).isEmpty();
    assertThat(a.acted).extracting(o -> ((ToyObservation) o).move()).containsExactly(0, 1);
  }

  @Test
  void agentsGetTheirOwnObservationsAndSortedLegalActions() {
    List<List<Integer>> legalSeen = new ArrayList<>();
    Scripted<Integer> seat0 = new Scripted<>((legal, call) -> {
      legalSeen.add(legal);
      return Decision.of(legal.get(legal.size() - 1));
    });
    Scripted<Integer> seat1 = new Scripted<>((legal, call) -> {
      legalSeen.add(legal);
      return Decision.of(legal.get(0));
    });
    Episode e = run(DEFAULT, CARD, seat0, seat1, 1);
    assertThat(legalSeen).containsExactly(List.of(0, 1, 2), List.of(0, 1));
    assertThat(seat0.acted.get(0).fields()).containsEntry("card", card(e));
    assertThat(seat1.acted.get(0).fields()).doesNotContainKey("card").containsEntry("chips", 2);
  }

  /** Plays the first legal action and notes the first draw from its seat's random source. */
  static final class Drawer implements Agent<Integer> {
    MatchContext ctx;
    Long draw;

    @Override
    public void begin(MatchContext context) {
      ctx = context;
    }

    @Override
    public Decision<Integer> act(Observation observation, List<Integer> legal) {
      draw = ctx.random().nextLong();
      return Decision.of(legal.get(0));
    }
  }

  @Test
  void seatRandomSourcesDifferBetweenSeatsAndFollowTheEpisodeSeed() {
    Drawer a = new Drawer();
    Drawer b = new Drawer();
    run(DEFAULT, CARD, a, b, 42);
    assertThat(a.draw).isNotEqualTo(b.draw);
    assertThat(a.draw).isEqualTo(new MatchContext("x", 0, "y", 0, 2, 42).random().nextLong());
    assertThat(b.draw).isEqualTo(new SplittableRandom(Seeds.forSeat(42, 1)).nextLong());
    Drawer c = new Drawer();
    run(DEFAULT, CARD, c, new Drawer(), 43);
    assertThat(c.draw).isNotEqualTo(a.draw);
  }

  // ---------------------------------------------------------------- config

  @Test
  void runnerConfigValidates() {
    assertThatThrownBy(() -> new RunnerConfig(null, 0, null, 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new RunnerConfig(IllegalActionPolicy.FORFEIT, -1, null, 1))
        .hasMessageContaining("maxReprompts");
    assertThatThrownBy(() -> DEFAULT.withTimeout(Duration.ZERO)).hasMessageContaining("decisionTimeout");
    assertThatThrownBy(() -> DEFAULT.withTimeout(Duration.ofMillis(-5))).hasMessageContaining("decisionTimeout");
    assertThatThrownBy(() -> DEFAULT.withMaxMoves(0)).hasMessageContaining("maxMoves");
    RunnerConfig c = DEFAULT.withPolicy(IllegalActionPolicy.RANDOM_LEGAL).withTimeout(Duration.ofSeconds(1))
        .withMaxMoves(9);
    assertThat(c).isEqualTo(new RunnerConfig(IllegalActionPolicy.RANDOM_LEGAL, 2, Duration.ofSeconds(1), 9));
    assertThat(new EpisodeRunner(c).config()).isSameAs(c);
  }
}
