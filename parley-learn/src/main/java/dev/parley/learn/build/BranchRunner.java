package dev.parley.learn.build;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.Decision;
import dev.parley.core.agent.EpisodeSummary;
import dev.parley.core.agent.MatchContext;
import dev.parley.core.engine.IllegalActionPolicy;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.engine.Seeds;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Step;
import dev.parley.core.episode.Violation;
import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.ChanceOutcome;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import dev.parley.core.game.Observation;
import dev.parley.core.game.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Plays a game on from a mid-episode state, which {@link dev.parley.core.engine.EpisodeRunner}
 * cannot (it always starts from the initial state). It keeps the runner's agent protocol and
 * seeding: every agent gets {@code begin} with a {@link MatchContext} carrying the continuation's
 * seed (so its private random source is {@link Seeds#forSeat}), {@code act} on its turn (the
 * legal list empty for open action spaces), {@code observe} after moves it did not make when it
 * asks for observations, and {@code end}; chance moves draw from {@link Seeds#forEngine}. Agent
 * misbehaviour becomes a {@link Violation} resolved by the config's {@link IllegalActionPolicy}, as
 * in the runner.
 *
 * <p>Differences from the runner: the agents begin at the branching state and have not seen the
 * moves before it (except through what their observations show); decisions run inline on the
 * calling thread, so {@link RunnerConfig#decisionTimeout()} is not applied; the episode's timing
 * fields are 0 so that a continuation is the same record every time it is played with the same seed.
 */
public final class BranchRunner {
  private final RunnerConfig config;

  public BranchRunner(RunnerConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public RunnerConfig config() {
    return config;
  }

  /**
   * Continues {@code source} from {@code state}, the state after {@code prefix} (the source's steps
   * before the branching move), and returns the whole episode: the prefix, then the continuation.
   * The episode keeps the source's run id, match index and provenance, so its id is the
   * source's; its seed is {@code seed}; its violations are the source's before the branching move, then
   * the continuation's.
   *
   * @param agents one fresh agent per seat
   * @param seats the agents' specs, recorded as the episode's seats
   * @param forced actions imposed at the first move of the continuation, by seat (those seats'
   *     agents are not asked then); the other seats acting at that move decide themselves
   * @throws IllegalArgumentException when a forced seat does not act at the first move or its action is illegal
   */
  public <A> Episode play(Game<A> game, Episode source, List<Step> prefix, GameState<A> state,
      List<? extends Agent<A>> agents, List<String> seats, Map<Integer, A> forced, long seed) {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(forced, "forced");
    if (agents.size() != game.numPlayers() || seats.size() != game.numPlayers()) {
      throw new IllegalArgumentException(game + " needs " + game.numPlayers() + " agents, got " + agents.size()
          + " agents and " + seats.size() + " seat specs");
    }
    for (Map.Entry<Integer, A> f : forced.entrySet()) {
      if (state.isTerminal() || !state.turn().includes(f.getKey())) {
        throw new IllegalArgumentException("forced action for seat " + f.getKey() + ", which does not move in " + state);
      }
      Optional<String> why = state.check(f.getKey(), f.getValue());
      if (why.isPresent()) {
        throw new IllegalArgumentException("forced action '" + game.codec().encode(f.getValue()) + "' of seat "
            + f.getKey() + " is illegal: " + why.get());
      }
    }
    int firstMove = prefix.isEmpty() ? 0 : prefix.get(prefix.size() - 1).move() + 1;
    return new Play<>(game, source, agents, seed, firstMove).run(prefix, state, forced, List.copyOf(seats));
  }

  /** The bookkeeping of one continuation. */
  private final class Play<A> {
    final Game<A> game;
    final Episode source;
    final List<? extends Agent<A>> agents;
    final long seed;
    final ActionCodec<A> codec;
    final boolean[] wantsObservations;
    final List<Violation> violations = new ArrayList<>();
    SplittableRandom random;
    int move;
    int forfeitedBy = -1;

    Play(Game<A> game, Episode source, List<? extends Agent<A>> agents, long seed, int firstMove) {
      this.game = game;
      this.source = source;
      this.agents = agents;
      this.seed = seed;
      this.codec = game.codec();
      this.wantsObservations = new boolean[agents.size()];
      this.move = firstMove;
      for (Violation v : source.violations()) {
        if (v.move() < firstMove) {
          violations.add(v);
        }
      }
    }

    Episode run(List<Step> prefix, GameState<A> start, Map<Integer, A> forced, List<String> seats) {
      String spec = game.toString();
      int n = agents.size();
      int begun = 0;
      for (int i = 0; i < n && forfeitedBy < 0; i++) {
        begun++;
        try {
          agents.get(i).begin(new MatchContext(source.runId(), source.matchIndex(), spec, i, n, seed));
          wantsObservations[i] = agents.get(i).wantsObservations();
        } catch (RuntimeException | StackOverflowError e) {
          forfeit(i, Violation.Kind.AGENT_ERROR, "agent failed to begin: " + describe(e));
        }
      }
      List<Step> steps = new ArrayList<>(prefix);
      GameState<A> state = start;
      EpisodeStatus status = EpisodeStatus.COMPLETED;
      Map<Integer, A> imposed = forced;
      while (forfeitedBy < 0 && !state.isTerminal()) {
        if (move >= config.maxMoves()) {
          status = EpisodeStatus.TRUNCATED;
          break;
        }
        Turn turn = state.turn();
        GameState<A> next;
        if (turn.isChance()) {
          A a = sample(state.chanceOutcomes());
          steps.add(new Step(move, Turn.CHANCE_SEAT, codec.encode(a), null));
          next = state.apply(a);
        } else {
          int k = turn.count();
          List<A> joint = new ArrayList<>(k);
          List<Decision<A>> decisions = new ArrayList<>(k);
          for (int i = 0; i < k && forfeitedBy < 0; i++) {
            int seat = turn.seat(i);
            A given = imposed.get(seat);
            Decision<A> d = given != null ? Decision.of(given) : decide(state, seat);
            if (d != null) {
              decisions.add(d);
              joint.add(d.action());
            }
          }
          if (forfeitedBy >= 0) {
            break;
          }
          for (int i = 0; i < k; i++) {
            steps.add(new Step(move, turn.seat(i), codec.encode(joint.get(i)), decisions.get(i).trace()));
          }
          next = k == 1 ? state.apply(joint.get(0)) : state.applyJoint(joint);
        }
        imposed = Map.of();
        notifyOthers(next, turn);
        state = next;
        move++;
      }
      double[] returns;
      if (forfeitedBy >= 0) {
        status = EpisodeStatus.FORFEIT;
        returns = game.forfeitReturns(state, forfeitedBy);
      } else {
        returns = state.returns();
      }
      List<Double> returnList = new ArrayList<>(n);
      for (double r : returns) {
        returnList.add(r);
      }
      for (int i = 0; i < begun; i++) {
        try {
          agents.get(i).end(new EpisodeSummary(i, game.observe(state, i), List.copyOf(returnList), status));
        } catch (RuntimeException | StackOverflowError e) {
          violation(i, Violation.Kind.AGENT_ERROR, "agent failed at the end of the episode: " + describe(e),
              Violation.Resolution.IGNORED);
        }
      }
      return new Episode(source.runId(), source.matchIndex(), spec, seats, seed, steps, returnList,
          violations, status, source.provenance(), 0, 0);
    }

    private void notifyOthers(GameState<A> next, Turn turn) {
      for (int s = 0; s < wantsObservations.length; s++) {
        if (wantsObservations[s] && !turn.includes(s)) {
          try {
            agents.get(s).observe(game.observe(next, s));
          } catch (RuntimeException | StackOverflowError e) {
            violation(s, Violation.Kind.AGENT_ERROR, "agent failed to take an observation: " + describe(e),
                Violation.Resolution.IGNORED);
          }
        }
      }
    }

    private SplittableRandom random() {
      if (random == null) {
        random = new SplittableRandom(Seeds.forEngine(seed));
      }
      return random;
    }

    private A sample(List<ChanceOutcome<A>> outcomes) {
      if (outcomes.isEmpty()) {
        throw new IllegalStateException(game + ": chance node with no outcomes");
      }
      double r = random().nextDouble();
      double cumulative = 0;
      for (ChanceOutcome<A> o : outcomes) {
        cumulative += o.probability();
        if (r < cumulative) {
          return o.action();
        }
      }
      return outcomes.get(outcomes.size() - 1).action();
    }

    /** The seat's accepted decision, or null when it forfeits. */
    private Decision<A> decide(GameState<A> state, int seat) {
      Agent<A> agent = agents.get(seat);
      List<A> sample = state.legalActions(seat);
      List<A> legal = state.hasOpenActions(seat) ? List.of() : sample;
      Observation obs = game.observe(state, seat);
      Decision<A> d = null;
      String error = null;
      try {
        d = agent.act(obs, legal);
      } catch (RuntimeException | StackOverflowError e) {
        error = describe(e);
      }
      int attempt = 0;
      while (true) {
        Violation.Kind kind;
        String problem;
        if (error != null || d == null) {
          kind = Violation.Kind.AGENT_ERROR;
          problem = "agent failed: " + (error != null ? error : "agent returned no decision");
        } else if (!d.hasAction()) {
          kind = Violation.Kind.MALFORMED;
          problem = d.problem();
        } else {
          Optional<String> illegal = state.check(seat, d.action());
          if (illegal.isEmpty()) {
            return d;
          }
          kind = Violation.Kind.NOT_LEGAL;
          problem = illegal.get();
        }
        switch (config.policy()) {
          case REPROMPT_THEN_FORFEIT -> {
            if (attempt >= config.maxReprompts()) {
              return forfeit(seat, kind, problem);
            }
            violation(seat, kind, problem, Violation.Resolution.REPROMPTED);
            attempt++;
            error = null;
            try {
              d = agent.retry(obs, legal, problem, attempt);
            } catch (RuntimeException | StackOverflowError e) {
              d = null;
              error = describe(e);
            }
          }
          case RANDOM_LEGAL -> {
            if (sample.isEmpty()) {
              return forfeit(seat, kind, problem + " (no legal action to pick at random)");
            }
            violation(seat, kind, problem, Violation.Resolution.RANDOM_LEGAL);
            return Decision.of(sample.get(random().nextInt(sample.size())));
          }
          case DEFAULT_ACTION -> {
            Optional<A> fallback = game.defaultAction(state, seat);
            if (fallback.isEmpty()) {
              return forfeit(seat, kind, problem + " (the game has no default action here)");
            }
            violation(seat, kind, problem, Violation.Resolution.DEFAULT_ACTION);
            return Decision.of(fallback.get());
          }
          default -> {
            return forfeit(seat, kind, problem);
          }
        }
      }
    }

    private Decision<A> forfeit(int seat, Violation.Kind kind, String problem) {
      violation(seat, kind, problem, Violation.Resolution.FORFEIT);
      forfeitedBy = seat;
      return null;
    }

    private void violation(int seat, Violation.Kind kind, String problem, Violation.Resolution resolution) {
      violations.add(new Violation(move, seat, kind, problem, resolution));
    }
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
