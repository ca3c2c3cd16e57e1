package dev.parley.learn.build;

import dev.parley.core.agent.AgentFactory;
import dev.parley.core.agent.AgentRegistry;
import dev.parley.core.engine.EpisodeRunner;
import dev.parley.core.engine.RunnerConfig;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Provenance;
import dev.parley.core.episode.Step;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameRegistry;
import dev.parley.core.game.GameState;
import dev.parley.core.game.ParseResult;
import dev.parley.core.tournament.InMemoryRunStore;
import dev.parley.core.tournament.Progress;
import dev.parley.core.tournament.RunRecord;
import dev.parley.core.tournament.RunStatus;
import dev.parley.core.tournament.Tournament;
import dev.parley.core.tournament.TournamentPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bargaining tournament of scripted negotiators, played and stored (in memory) as a run, and an
 * independent replay that re-derives what a seat was shown at a step (used to check the builders).
 */
final class StoredRuns {
  static final GameRegistry GAMES = GameRegistry.discover();
  static final AgentRegistry AGENTS = AgentRegistry.discover();
  static final String GAME = "bargaining(rounds=6)";
  static final List<String> NEGOTIATORS = List.of("boulware", "linear", "conceder", "hardliner", "tit-for-tat",
      "bluffer");
  static final String RUN = "bargain-run";

  private static List<Episode> bargaining;

  private StoredRuns() {}

  @SuppressWarnings("unchecked")
  static Game<Object> game(String spec) {
    return (Game<Object>) GAMES.load(spec);
  }

  static Provenance provenance(Game<?> game) {
    return new Provenance("0.1.0-test", "0123abcd", game.type().versionedId(), "cfg-7e1f");
  }

  static List<AgentFactory<Object>> factories(Game<Object> game, List<String> specs) {
    List<AgentFactory<Object>> out = new ArrayList<>();
    for (String s : specs) {
      out.add(AGENTS.factory(s, game));
    }
    return out;
  }

  /**
   * 6 negotiators, every ordered pairing (self-play included) twice: 72 episodes, stored in an
   * in-memory run store and read back from it.
   */
  static synchronized List<Episode> bargainingRun() {
    if (bargaining == null) {
      Game<Object> game = game(GAME);
      TournamentPlan plan = new TournamentPlan(NEGOTIATORS.size(), 2, 2, true, true);
      Tournament<Object> t = new Tournament<>(game, factories(game, NEGOTIATORS), plan,
          new EpisodeRunner(RunnerConfig.DEFAULT), 20240611L, provenance(game));
      try (InMemoryRunStore store = new InMemoryRunStore()) {
        store.createRun(new RunRecord(RUN, "tournament", "prefs", game.toString(), Map.of(), 20240611L, plan.size(),
            RunStatus.RUNNING, 0, 0, provenance(game)));
        t.run(RUN, store, 2, Progress.NONE);
        List<Episode> stored = new ArrayList<>();
        store.forEachEpisode(RUN, stored::add);
        bargaining = List.copyOf(stored);
      }
    }
    return bargaining;
  }

  /** What seat {@code step.seat()} was shown before step {@code index}, by a plain replay (sequential games). */
  static PromptContext shownAt(Episode episode, int index) {
    Game<Object> game = game(episode.game());
    GameState<Object> state = game.newInitialState();
    for (int i = 0; i < index; i++) {
      state = state.apply(((ParseResult.Ok<Object>) game.codec().parse(episode.steps().get(i).action())).action());
    }
    Step s = episode.steps().get(index);
    return new PromptContext(episode.game(), s.seat(), state.informationStateKey(s.seat()),
        game.observe(state, s.seat()).text());
  }

  static Episode episode(List<Episode> run, String id) {
    for (Episode e : run) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no episode " + id);
  }
}
