package dev.parley.core.engine;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.Decision;
import dev.parley.core.agent.EpisodeSummary;
import dev.parley.core.agent.MatchContext;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Step;
import dev.parley.core.episode.Violation;
import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.ChanceOutcome;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParseResult;
import dev.parley.core.game.Turn;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Plays one episode. Same game, same agents and same seed give the same episode record (all but
 * its wall-clock timing). Agent misbehaviour never escapes as an exception: it becomes a
 * {@link Violation} resolved by the configured {@link IllegalActionPolicy}.
 *
 * <p>Thread-safe: one runner may play many episodes at once on different threads.
 */
public final class EpisodeRunner {
  private static final ExecutorService TIMED = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "parley-decision");
    t.setDaemon(true);
    return t;
  });

  private final RunnerConfig config;
  private final Clock clock;

  public EpisodeRunner(RunnerConfig config, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public EpisodeRunner(RunnerConfig config) {
    this(config, Clock.systemUTC());
  }

  public RunnerConfig config() {
    return config;
  }

  /** Plays one episode; {@code agents.get(i)} sits in seat i. */
  public <A> Episode run(Game<A> game, List<? extends Agent<A>> agents, MatchInfo info, EpisodeListener listener) {
    requireOnePerSeat(game, agents, info);
    return new Play<>(game, agents, info, listener).run(game.newInitialState());
  }

  /**
   * Plays an episode on from a mid-episode state instead of the initial one. The prefix is replayed
   * from the initial state for the agents after they begin: each seat {@linkplain Agent#recall
   * recalls} its own prefix moves with what it saw then, and seats that want observations observe
   * the others' moves, so agents with a memory play on as if they had made the prefix; a seat whose
   * first move is imposed recalls that move too instead of being asked. The episode
   * records the prefix's steps and violations, then the continuation's. Chance moves and agents'
   * random sources follow {@code info.seed()} as in {@link #run}.
   *
   * @throws IllegalArgumentException when a prefix action does not parse or is illegal, the prefix
   *     does not lead to the continuation's state, or a forced seat does not move at the state or
   *     its action is illegal
   */
  public <A> Episode continueFrom(Game<A> game, List<? extends Agent<A>> agents, MatchInfo info,
      Continuation<A> from, EpisodeListener listener) {
    requireOnePerSeat(game, agents, info);
    GameState<A> state = from.state();
    List<PrefixMove<A>> replayed = replay(game, from);
    for (Map.Entry<Integer, A> f : from.forced().entrySet()) {
      if (state.isTerminal() || !state.turn().includes(f.getKey())) {
        throw new IllegalArgumentException("forced action for seat " + f.getKey() + ", which does not move in "
            + state);
      }
      Optional<String> why = state.check(f.getKey(), f.getValue());
      if (why.isPresent()) {
        throw new IllegalArgumentException("forced action '" + game.codec().encode(f.getValue()) + "' of seat "
            + f.getKey() + " is illegal: " + why.get());
      }
    }
    Play<A> play = new Play<>(game, agents, info, listener);
    play.steps.addAll(from.prefix());
    if (!from.violations().isEmpty()) {
      play.violations = new ArrayList<>(from.violations());
    }
    play.move = from.firstMove();
    play.imposed = from.forced();
    play.prefixMoves = replayed;
    return play.run(state);
  }

  /** One move of a continuation's prefix as replayed: the state before it, its steps and actions, the state after. */
  private record PrefixMove<A>(GameState<A> before, Turn turn, List<Step> steps, List<A> actions,
      GameState<A> after) {}

  /** Replays the prefix from the initial state through the codec and checks that it reaches the continuation's state. */
  private static <A> List<PrefixMove<A>> replay(Game<A> game, Continuation<A> from) {
    List<Step> prefix = from.prefix();
    List<PrefixMove<A>> moves = new ArrayList<>();
    if (prefix.isEmpty()) {
      return moves;
    }
    Replay.Trace<A> trace;
    try {
      trace = Replay.of(game, prefix);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the continuation's prefix cannot be replayed: " + e.getMessage(), e);
    }
    List<GameState<A>> before = trace.states();
    int i = 0;
    while (i < prefix.size()) {
      int start = i;
      while (i < prefix.size() && prefix.get(i).move() == prefix.get(start).move()) {
        i++;
      }
      GameState<A> at = before.get(start);
      moves.add(new PrefixMove<>(at, at.turn(), prefix.subList(start, i), trace.actions().subList(start, i),
          before.get(i)));
    }
    GameState<A> state = before.get(prefix.size());
    for (int seat = 0; seat < game.numPlayers(); seat++) {
      if (!state.informationStateKey(seat).equals(from.state().informationStateKey(seat))) {
        throw new IllegalArgumentException("the prefix does not lead to the continuation's state (seat " + seat
            + " sees '" + state.informationStateKey(seat) + "', the state shows '"
            + from.state().informationStateKey(seat) + "')");
      }
    }
    return moves;
  }

  private static void requireOnePerSeat(Game<?> game, List<?> agents, MatchInfo info) {
    int n = game.numPlayers();
    if (agents.size() != n || info.seats().size() != n) {
      throw new IllegalArgumentException(game + " needs " + n + " agents, got " + agents.size()
          + " agents and " + info.seats().size() + " seat specs");
    }
  }

  public <A> Episode run(Game<A> game, List<? extends Agent<A>> agents, MatchInfo info) {
    return run(game, agents, info, EpisodeListener.NONE);
  }

  /** The mutable bookkeeping of one episode. */
  private final class Play<A> {
    final Game<A> game;
    final List<? extends Agent<A>> agents;
    final MatchInfo info;
    final EpisodeListener listener;
    final ActionCodec<A> codec;
    final ArrayList<Step> steps = new ArrayList<>(32);
    final boolean[] wantsObservations;
    List<Violation> violations = List.of();
    SplittableRandom random;
    int forfeitedBy = -1;
    int move;
    /** Actions imposed at the first move played (continuations only). */
    Map<Integer, A> imposed = Map.of();
    /** The prefix replayed to the agents after they begin (continuations only). */
    List<PrefixMove<A>> prefixMoves = List.of();

    Play(Game<A> game, List<? extends Agent<A>> agents, MatchInfo info, EpisodeListener listener) {
      this.game = game;
      this.agents = agents;
      this.info = info;
      this.listener = listener;
      this.codec = game.codec();
      this.wantsObservations = new boolean[agents.size()];
    }

    Episode run(GameState<A> start) {
      long startNanos = System.nanoTime();
      long startedAt = clock.millis();
      String gameSpec = game.toString();
      int n = agents.size();
      int begun = 0;
      for (int i = 0; i < n && forfeitedBy < 0; i++) {
        Agent<A> agent = agents.get(i);
        begun++;
        try {
          agent.begin(new MatchContext(info.runId(), info.matchIndex(), gameSpec, i, n, info.seed()));
          wantsObservations[i] = agent.wantsObservations();
        } catch (RuntimeException | StackOverflowError e) {
          forfeit(i, Violation.Kind.AGENT_ERROR, "agent failed to begin: " + describe(e));
        }
      }
      if (forfeitedBy < 0) {
        recallPrefix();
      }
      GameState<A> state = start;
      EpisodeStatus status = EpisodeStatus.COMPLETED;
      double[] returns = null;
      while (forfeitedBy < 0 && !state.isTerminal()) {
        if (move >= config.maxMoves()) {
          status = EpisodeStatus.TRUNCATED;
          break;
        }
        Turn turn = state.turn();
        GameState<A> next;
        if (turn.isChance()) {
          A a = sample(state.chanceOutcomes());
          record(new Step(move, Turn.CHANCE_SEAT, codec.encode(a), null));
          next = state.apply(a);
        } else if (turn.count() == 1) {
          int seat = turn.seat(0);
          Decision<A> d = decide(state, seat);
          if (d == null) {
            break;
          }
          record(new Step(move, seat, codec.encode(d.action()), d.trace()));
          next = state.apply(d.action());
        } else {
          int k = turn.count();
          @SuppressWarnings("unchecked")
          A[] joint = (A[]) new Object[k];
          Decision<A>[] decisions = newDecisionArray(k);
          for (int i = 0; i < k; i++) {
            decisions[i] = decide(state, turn.seat(i));
            if (decisions[i] == null) {
              break;
            }
            joint[i] = decisions[i].action();
          }
          if (forfeitedBy >= 0) {
            break;
          }
          for (int i = 0; i < k; i++) {
            record(new Step(move, turn.seat(i), codec.encode(joint[i]), decisions[i].trace()));
          }
          next = state.applyJoint(Arrays.asList(joint));
        }
        if (!imposed.isEmpty()) {
          imposed = Map.of();
        }
        notifyOthers(next, turn);
        state = next;
        move++;
      }
      if (forfeitedBy >= 0) {
        status = EpisodeStatus.FORFEIT;
        returns = game.forfeitReturns(state, forfeitedBy);
      } else {
        returns = state.returns();
      }
      Double[] boxed = new Double[n];
      for (int i = 0; i < n; i++) {
        boxed[i] = returns[i];
      }
      List<Double> returnList = List.of(boxed);
      for (int i = 0; i < begun; i++) {
        Agent<A> agent = agents.get(i);
        try {
          agent.end(new EpisodeSummary(i, game.observe(state, i), returnList, status));
        } catch (RuntimeException | StackOverflowError e) {
          violation(i, Violation.Kind.AGENT_ERROR, "agent failed at the end of the episode: " + describe(e),
              Violation.Resolution.IGNORED);
        }
      }
      Episode episode = new Episode(info.runId(), info.matchIndex(), gameSpec, info.seats(), info.seed(),
          steps, returnList, violations, status, info.provenance(), startedAt, System.nanoTime() - startNanos);
      listener.onEnd(episode);
      return episode;
    }

    @SuppressWarnings("unchecked")
    private Decision<A>[] newDecisionArray(int k) {
      return (Decision<A>[]) new Decision<?>[k];
    }

    private void record(Step step) {
      steps.add(step);
      listener.onStep(step);
    }

    /** Hands each seat its own prefix moves and, when it wants them, observations of the others'. */
    private void recallPrefix() {
      for (PrefixMove<A> m : prefixMoves) {
        for (int i = 0; i < m.steps().size(); i++) {
          int seat = m.steps().get(i).seat();
          if (seat == Turn.CHANCE_SEAT) {
            continue;
          }
          recall(seat, game.observe(m.before(), seat), m.actions().get(i), m.steps().get(i).trace());
        }
        notifyOthers(m.after(), m.turn());
      }
    }

    /** Tells a seat about a move made for it (the prefix, or an imposed first move); failures are recorded. */
    private void recall(int seat, Observation seen, A action, dev.parley.core.agent.DecisionTrace trace) {
      try {
        agents.get(seat).recall(seen, action, trace);
      } catch (RuntimeException | StackOverflowError e) {
        violation(seat, Violation.Kind.AGENT_ERROR, "agent failed to recall a move made for it: " + describe(e),
            Violation.Resolution.IGNORED);
      }
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
        random = new SplittableRandom(Seeds.forEngine(info.seed()));
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
      if (!imposed.isEmpty() && imposed.containsKey(seat)) {
        A forced = imposed.get(seat);
        recall(seat, game.observe(state, seat), forced, null);
        return Decision.of(forced);
      }
      Agent<A> agent = agents.get(seat);
      // Agents see no list for an open action space (the state's list is then only a sample, kept for
      // random play and the random-legal policy); they write any move and the rules check it.
      List<A> sample = state.legalActions(seat);
      List<A> legal = state.hasOpenActions(seat) ? List.of() : sample;
      Observation obs = game.observe(state, seat);
      Outcome<A> out = call(() -> agent.act(obs, legal));
      int attempt = 0;
      while (true) {
        Violation.Kind kind;
        String problem;
        if (out.timedOut) {
          kind = Violation.Kind.TIMEOUT;
          problem = "no decision within " + config.decisionTimeout();
        } else if (out.error != null) {
          kind = Violation.Kind.AGENT_ERROR;
          problem = "agent failed: " + out.error;
        } else if (!out.decision.hasAction()) {
          kind = out.decision.failedOnIllegalMove() ? Violation.Kind.NOT_LEGAL : Violation.Kind.MALFORMED;
          problem = out.decision.problem();
        } else {
          Optional<String> illegal = state.check(seat, out.decision.action());
          if (illegal.isEmpty()) {
            return out.decision;
          }
          kind = Violation.Kind.NOT_LEGAL;
          problem = illegal.get();
        }
        switch (config.policy()) {
          case REPROMPT_THEN_FORFEIT -> {
            if (attempt < config.maxReprompts()) {
              violation(seat, kind, problem, Violation.Resolution.REPROMPTED);
              attempt++;
              int a = attempt;
              String p = problem;
              out = call(() -> agent.retry(obs, legal, p, a));
              continue;
            }
            return forfeit(seat, kind, problem);
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
      if (violations.isEmpty()) {
        violations = new ArrayList<>(4);
      }
      Violation v = new Violation(move, seat, kind, problem, resolution);
      violations.add(v);
      listener.onViolation(v);
    }

    private Outcome<A> call(java.util.concurrent.Callable<Decision<A>> act) {
      if (config.decisionTimeout() == null) {
        try {
          Decision<A> d = act.call();
          return d == null ? Outcome.error("agent returned no decision") : Outcome.of(d);
        } catch (Exception | StackOverflowError e) {
          return Outcome.error(describe(e));
        }
      }
      Future<Decision<A>> f = TIMED.submit(act);
      try {
        Decision<A> d = f.get(config.decisionTimeout().toNanos(), TimeUnit.NANOSECONDS);
        return d == null ? Outcome.error("agent returned no decision") : Outcome.of(d);
      } catch (TimeoutException e) {
        f.cancel(true);
        return Outcome.late();
      } catch (ExecutionException e) {
        return Outcome.error(describe(e.getCause()));
      } catch (InterruptedException e) {
        f.cancel(true);
        Thread.currentThread().interrupt();
        return Outcome.error("interrupted");
      }
    }
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private record Outcome<A>(Decision<A> decision, String error, boolean timedOut) {
    private static final Outcome<?> TIMED_OUT = new Outcome<>(null, null, true);

    static <A> Outcome<A> of(Decision<A> d) {
      return new Outcome<>(d, null, false);
    }

    static <A> Outcome<A> error(String e) {
      return new Outcome<>(null, e, false);
    }

    @SuppressWarnings("unchecked")
    static <A> Outcome<A> late() {
      return (Outcome<A>) TIMED_OUT;
    }
  }
}
