package dev.parley.learn.build;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentFactory;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.engine.Seeds;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Step;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameState;
import dev.parley.core.game.ParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Branching re-plays: outcome pairs made on purpose. From a stored episode and one of its steps, the
 * state before that move is rebuilt by replaying the canonical actions; then the acting seat tries
 * alternative first moves, and every branch is continued to the end by the same policies (fresh
 * agents from the given factories) with {@link BranchRunner}. The branches' decisions at the
 * branching point share one prompt context, so {@link OutcomePairs#fromPoints} turns them into
 * pairs grouped by the source episode.
 *
 * <p>Seeds, in the style of {@link Seeds}: the branching point's seed is
 * {@code derive(derive(sourceSeed ^ 0xb4a9c1, configSeed), step)}. With {@link Given} or
 * {@link Listed} alternatives, repeat r of <em>every</em> alternative is continued under
 * {@code derive(pointSeed, r)} (common random numbers: alternatives differ only in their first
 * move); with {@link Sampled}, sample k is drawn and continued under {@code derive(pointSeed, k)}.
 * Same source, step, agents, alternatives and seed ⇒ the same branches.
 */
public final class Branching {
  private static final long SALT = 0xb4a9c1L;

  private Branching() {}

  /** Where the alternative first moves come from. */
  public sealed interface Alternatives permits Given, Sampled, Listed {}

  /**
   * These moves, in canonical text, each continued {@code repeats} times.
   *
   * @param actions distinct canonical action texts, at least one
   * @param repeats continuations per action, ≥ 1
   */
  public record Given(List<String> actions, int repeats) implements Alternatives {
    public Given {
      actions = List.copyOf(actions);
      if (actions.isEmpty() || new HashSet<>(actions).size() != actions.size()) {
        throw new IllegalArgumentException("actions must be distinct and at least one, was " + actions);
      }
      if (repeats < 1) {
        throw new IllegalArgumentException("repeats must be ≥ 1, was " + repeats);
      }
    }
  }

  /**
   * {@code count} first moves drawn from the acting seat's own agent, each under its own seed
   * (identical draws collapse into one side when paired).
   */
  public record Sampled(int count) implements Alternatives {
    public Sampled {
      if (count < 1) {
        throw new IllegalArgumentException("count must be ≥ 1, was " + count);
      }
    }
  }

  /**
   * Up to {@code count} of the state's listed legal actions (all when there are no more; else a
   * seeded choice, in list order), each continued {@code repeats} times.
   */
  public record Listed(int count, int repeats) implements Alternatives {
    public Listed {
      if (count < 1) {
        throw new IllegalArgumentException("count must be ≥ 1, was " + count);
      }
      if (repeats < 1) {
        throw new IllegalArgumentException("repeats must be ≥ 1, was " + repeats);
      }
    }
  }

  /**
   * @param seed mixed into every branch seed (vary it for fresh replicates)
   * @param runner illegal-action policy, re-prompts and move limit of the continuations
   */
  public record Config(long seed, RunnerConfig runner) {
    public static final Config DEFAULT = new Config(0, RunnerConfig.DEFAULT);

    public Config {
      Objects.requireNonNull(runner, "runner");
    }
  }

  /**
   * One continuation.
   *
   * @param index position among the branches of its point, from 0
   * @param alternative which alternative (index into the given or listed moves, or the sample number)
   * @param repeat which repeat of that alternative
   * @param seed the continuation's seed
   * @param firstAction canonical text of the acting seat's first move
   * @param episode the source's steps before the branching move, then the continuation
   * @param step index in {@code episode.steps()} of the acting seat's first move
   */
  public record Branch(int index, int alternative, int repeat, long seed, String firstAction, Episode episode,
      int step) {
    public Branch {
      Objects.requireNonNull(firstAction, "firstAction");
      Objects.requireNonNull(episode, "episode");
    }
  }

  /** The seed of the branching point at {@code step} of {@code source}. */
  public static long pointSeed(Episode source, int step, long seed) {
    return Seeds.derive(Seeds.derive(source.seed() ^ SALT, seed), step);
  }

  /**
   * Plays the branches at step {@code step} of {@code source}.
   *
   * @param agents one factory per seat: the policies that continue every branch (the acting seat's
   *     also draws the {@link Sampled} first moves)
   * @throws IllegalArgumentException for a step out of range or of chance, a given move that does
   *     not parse or is illegal there, or agents that do not fit the game
   */
  public static <A> List<Branch> replay(Episode source, int step, Game<A> game, List<AgentFactory<A>> agents,
      Alternatives alternatives, Config config) {
    Objects.requireNonNull(alternatives, "alternatives");
    Objects.requireNonNull(config, "config");
    if (agents.size() != game.numPlayers()) {
      throw new IllegalArgumentException(game + " needs " + game.numPlayers() + " agent factories, got "
          + agents.size());
    }
    List<GameState<A>> before = DecisionPoints.statesBefore(source, game);
    if (step < 0 || step >= source.steps().size()) {
      throw new IllegalArgumentException("step must be in 0.." + (source.steps().size() - 1) + " of episode "
          + source.id() + ", was " + step);
    }
    Step at = source.steps().get(step);
    int seat = at.seat();
    if (seat < 0) {
      throw new IllegalArgumentException("step " + step + " of episode " + source.id() + " is a chance move");
    }
    List<Step> prefix = new ArrayList<>();
    for (Step s : source.steps()) {
      if (s.move() < at.move()) {
        prefix.add(s);
      }
    }
    GameState<A> state = before.get(prefix.size());
    int position = prefix.size();
    for (int i = 0; i < state.turn().count(); i++) {
      if (state.turn().seat(i) < seat) {
        position++;
      }
    }
    List<String> seats = agents.stream().map(AgentFactory::spec).toList();
    BranchRunner runner = new BranchRunner(config.runner());
    long pointSeed = pointSeed(source, step, config.seed());
    List<Branch> out = new ArrayList<>();
    if (alternatives instanceof Sampled sampled) {
      for (int k = 0; k < sampled.count(); k++) {
        long seed = Seeds.derive(pointSeed, k);
        Episode e = runner.play(game, source, prefix, state, create(agents), seats, Map.of(), seed);
        out.add(new Branch(k, k, 0, seed, firstAction(e, position), e, position));
      }
      return out;
    }
    List<A> moves = alternatives instanceof Given given ? parse(game, state, seat, given.actions())
        : listed(state, seat, ((Listed) alternatives).count(), pointSeed);
    int repeats = alternatives instanceof Given given ? given.repeats() : ((Listed) alternatives).repeats();
    for (int r = 0; r < repeats; r++) {
      long seed = Seeds.derive(pointSeed, r);
      for (int a = 0; a < moves.size(); a++) {
        Episode e = runner.play(game, source, prefix, state, create(agents), seats, Map.of(seat, moves.get(a)), seed);
        out.add(new Branch(out.size(), a, r, seed, firstAction(e, position), e, position));
      }
    }
    return out;
  }

  /**
   * The acting seat's decision at the branching point of every branch, with its outcome: the input
   * of {@link OutcomePairs#fromPoints} (or of judge pairs). A branch that ended before the acting
   * seat moved (a forfeit at the first move), or whose first move the engine chose in place of the
   * agent, is left out.
   */
  public static <A> List<DecisionPoint> points(List<Branch> branches, Game<A> game, OutcomeMeasure measure) {
    Objects.requireNonNull(measure, "measure");
    List<DecisionPoint> out = new ArrayList<>();
    for (Branch b : branches) {
      List<Step> steps = b.episode().steps();
      if (b.step() < steps.size() && !DecisionPoints.substituted(b.episode(), steps.get(b.step()))) {
        out.add(DecisionPoints.at(b.episode(), game, b.step(), b.index(), measure));
      }
    }
    return out;
  }

  private static <A> List<Agent<A>> create(List<AgentFactory<A>> factories) {
    List<Agent<A>> out = new ArrayList<>(factories.size());
    for (AgentFactory<A> f : factories) {
      out.add(f.create());
    }
    return out;
  }

  private static String firstAction(Episode e, int position) {
    return position < e.steps().size() ? e.steps().get(position).action() : "(none: the branch ended first)";
  }

  private static <A> List<A> parse(Game<A> game, GameState<A> state, int seat, List<String> texts) {
    List<A> out = new ArrayList<>();
    for (String t : texts) {
      ParseResult<A> r = game.codec().parse(t, state, seat);
      if (!(r instanceof ParseResult.Ok<A> ok)) {
        throw new IllegalArgumentException("alternative '" + t + "' for seat " + seat + " cannot be played: " + r);
      }
      out.add(ok.action());
    }
    return out;
  }

  private static <A> List<A> listed(GameState<A> state, int seat, int count, long seed) {
    List<A> legal = state.legalActions(seat);
    if (legal.size() <= count) {
      return legal;
    }
    SplittableRandom random = new SplittableRandom(seed);
    Set<Integer> picked = new TreeSet<>();
    while (picked.size() < count) {
      picked.add(random.nextInt(legal.size()));
    }
    List<A> out = new ArrayList<>();
    for (int i : picked) {
      out.add(legal.get(i));
    }
    return out;
  }
}
