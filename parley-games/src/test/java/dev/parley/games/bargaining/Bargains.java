package dev.parley.games.bargaining;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.MatchInfo;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Provenance;
import dev.parley.core.episode.Step;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.GameState;
import dev.parley.core.game.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Helpers for bargaining tests: loading games, playing scripted agents, hand-made episodes. */
final class Bargains {
  static final GameRegistry GAMES = GameRegistry.discover();
  static final AgentRegistry AGENTS = AgentRegistry.discover();
  static final Provenance PROV = new Provenance("test", "test", "bargaining-v1", "test");

  private Bargains() {}

  static BargainingGame game(String spec) {
    return (BargainingGame) GAMES.load(spec);
  }

  static List<Agent<BargainAction>> agents(BargainingGame game, String... specs) {
    List<Agent<BargainAction>> agents = new ArrayList<>();
    for (String s : specs) {
      AgentFactory<BargainAction> f = AGENTS.factory(s, game);
      agents.add(f.create());
    }
    return agents;
  }

  /** Plays one episode with the given agents (seat order) and seed. */
  static Episode play(BargainingGame game, List<? extends Agent<BargainAction>> agents, long seed) {
    List<String> specs = new ArrayList<>();
    for (Agent<BargainAction> a : agents) {
      specs.add(a.toString());
    }
    return new EpisodeRunner(RunnerConfig.DEFAULT).run(game, agents, new MatchInfo("test", 0, seed, specs, PROV));
  }

  static Episode play(String game, long seed, String... agentSpecs) {
    BargainingGame g = game(game);
    return play(g, agents(g, agentSpecs), seed);
  }

  /**
   * A hand-made episode: the actions (canonical or model-style text) are applied in order by
   * whoever is to move.
   */
  static Episode episode(BargainingGame game, long matchIndex, String... actions) {
    GameState<BargainAction> state = game.newInitialState();
    List<Step> steps = new ArrayList<>();
    int move = 0;
    for (String text : actions) {
      int seat = state.turn().seat(0);
      ParseResult<BargainAction> parsed = game.codec().parse(text, state, seat);
      if (!(parsed instanceof ParseResult.Ok<BargainAction> ok)) {
        throw new IllegalArgumentException("move " + move + " '" + text + "': " + parsed);
      }
      steps.add(new Step(move++, seat, game.codec().encode(ok.action()), null));
      state = state.apply(ok.action());
    }
    List<Double> returns = new ArrayList<>();
    for (double r : state.returns()) {
      returns.add(r);
    }
    List<String> seats = new ArrayList<>();
    for (int s = 0; s < game.numPlayers(); s++) {
      seats.add("hand");
    }
    return new Episode("test", matchIndex, game.toString(), seats, matchIndex, steps, returns, List.of(),
        state.isTerminal() ? EpisodeStatus.COMPLETED : EpisodeStatus.TRUNCATED, PROV, 0, 0);
  }

  /** The prices a seat offered (structured offers or free-text named prices), in dollars text. */
  static List<String> offers(BargainingGame game, Episode e, int seat) {
    return game.transcript(e).offersOf(seat).stream().map(Money::plain).collect(Collectors.toList());
  }

  /** The canonical action texts of one seat. */
  static List<String> moves(Episode e, int seat) {
    return e.steps().stream().filter(s -> s.seat() == seat).map(Step::action).collect(Collectors.toList());
  }
}
