package dev.parley.app;

import dev.parley.analysis.ratings.AlphaRank;
import dev.parley.analysis.ratings.AlphaRankConfig;
import dev.parley.analysis.ratings.Battles;
import dev.parley.analysis.ratings.MetaGame;
import dev.parley.analysis.ratings.MetaRanking;
import dev.parley.analysis.ratings.NashAveraging;
import dev.parley.analysis.ratings.NashAveragingConfig;
import dev.parley.analysis.ratings.BootstrapConfig;
import dev.parley.analysis.ratings.BootstrapRatings;
import dev.parley.analysis.ratings.BradleyTerry;
import dev.parley.analysis.ratings.BradleyTerryConfig;
import dev.parley.analysis.ratings.BradleyTerryFit;
import dev.parley.analysis.ratings.Elo;
import dev.parley.analysis.ratings.EloConfig;
import dev.parley.analysis.ratings.PairCounts;
import dev.parley.analysis.ratings.SeatControlledBradleyTerry;
import dev.parley.analysis.ratings.Ratings;
import dev.parley.analysis.ratings.TrueSkill;
import dev.parley.analysis.ratings.TrueSkillConfig;
import dev.parley.analysis.ratings.TrueSkillRating;
import dev.parley.store.JdbcRunStore;
import dev.parley.store.RatingRow;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Ratings of the agents of a stored run. */
@Command(name = "rate", mixinStandardHelpOptions = true,
    description = {"Rate the agents of a stored run and store the ratings with it. Each episode counts as one",
        "game per pair of seats, won by the higher return (equal returns tie); an agent against itself is",
        "skipped. Methods: bradley-terry (Chatbot-Arena scale, 95% bootstrap intervals), elo (K=4, in match",
        "order), trueskill (conservative mu - 3 sigma), nash-averaging and alpha-rank (on the win-rate",
        "meta-game; for those the interval column shows the agent's mass in the equilibrium / stationary",
        "distribution)."})
final class RateCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "RUN", description = "run id (see: parley runs)")
  String runId;

  @Mixin
  StoreOption store;

  @Option(names = "--method", paramLabel = "M", defaultValue = "bradley-terry",
      description = "bradley-terry, elo or trueskill (default: ${DEFAULT-VALUE})")
  String method;

  @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "100",
      description = "bootstrap rounds for bradley-terry intervals (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--seat-advantage", description = "bradley-terry only: fit the first seat's advantage with the "
      + "ratings (the games' style control), so it is not credited to the agents that sat first more often; "
      + "intervals are then Wald intervals, and the method is stored as bradley-terry-seat")
  boolean seatAdvantage;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    String m = method.toLowerCase(Locale.ROOT);
    List<String> methods = List.of("bradley-terry", "elo", "trueskill", "nash-averaging", "alpha-rank");
    if (!methods.contains(m)) {
      throw new BadInputException(new dev.parley.core.spec.NameNotFoundException("rating method", method, methods)
          .getMessage());
    }
    if (seatAdvantage && !m.equals("bradley-terry")) {
      throw new BadInputException("--seat-advantage goes with --method bradley-terry, not " + m);
    }
    try (JdbcRunStore s = store.open()) {
      if (s.findRun(runId).isEmpty()) {
        throw new BadInputException(RunsCommand.unknownRun(s, runId));
      }
      Battles.Builder b = Battles.builder();
      Map<String, Long> games = new HashMap<>();
      long[] episodes = {0, 0};
      s.forEachEpisode(runId, e -> {
        episodes[0]++;
        if (e.seats().stream().distinct().count() != e.seats().size()) {
          episodes[1]++;
          return;
        }
        double[] r = new double[e.returns().size()];
        for (int i = 0; i < r.length; i++) {
          r[i] = e.returns().get(i);
          games.merge(e.seats().get(i), 1L, Long::sum);
        }
        b.addRanking(e.seats(), r);
      });
      Battles battles = b.build();
      if (battles.rows() == 0) {
        throw new BadInputException("run '" + runId + "' has no episodes between different agents to rate");
      }
      List<RatingRow> rows = switch (m) {
        case "elo" -> plain(new Elo(EloConfig.CHATBOT_ARENA).rate(battles), games);
        case "trueskill" -> trueSkill(battles, games);
        case "nash-averaging" -> meta(new NashAveraging(NashAveragingConfig.DEFAULTS).rank(
            MetaGame.fromMeanScores(battles.aggregate())), games);
        case "alpha-rank" -> meta(new AlphaRank(AlphaRankConfig.OPENSPIEL).rank(
            MetaGame.fromMeanScores(battles.aggregate())), games);
        default -> seatAdvantage ? seatControlled(battles, games, out) : bradleyTerry(battles, games, out);
      };
      if (seatAdvantage) {
        m = "bradley-terry-seat";
      }
      rows.sort((x, y) -> Double.compare(y.rating(), x.rating()));
      s.saveRatings(runId, m, rows);
      out.printf(Locale.ROOT, "%s ratings of run %s (%d episodes, %d skipped as self-play; %d games between pairs)%n",
          m, runId, episodes[0], episodes[1], battles.size());
      int w = rows.stream().mapToInt(r -> r.agent().length()).max().orElse(5);
      out.printf(Locale.ROOT, "%-4s %-" + w + "s %10s %21s %8s%n", "rank", "agent", "rating", "95% interval", "games");
      int rank = 1;
      for (RatingRow r : rows) {
        boolean meta = m.equals("nash-averaging") || m.equals("alpha-rank");
        String interval = Double.isNaN(r.lower()) ? "-" : meta ? String.format(Locale.ROOT, "mass %.4f", r.lower())
            : String.format(Locale.ROOT, "[%.1f, %.1f]", r.lower(), r.upper());
        out.printf(Locale.ROOT, "%-4d %-" + w + "s %10s %21s %8d%n", rank++, r.agent(),
            String.format(Locale.ROOT, meta ? "%.4f" : "%.1f", r.rating()), interval, r.games());
      }
      out.println("Stored with the run (method " + m + ").");
    }
  }

  private static List<RatingRow> seatControlled(Battles battles, Map<String, Long> games, PrintWriter out) {
    SeatControlledBradleyTerry.Fit fit = new SeatControlledBradleyTerry(BradleyTerryConfig.CHATBOT_ARENA)
        .fit(battles);
    out.printf(Locale.ROOT, "first-seat advantage: %+.1f rating points, 95%% interval [%.1f, %.1f]%s%n",
        fit.seatAdvantage(), fit.seatAdvantageLower(), fit.seatAdvantageUpper(),
        fit.converged() ? "" : " (the fit did not converge)");
    if (!fit.bounded()) {
      out.println("note: some agent never lost (or never won) against the rest, or the first seat always won (or "
          + "lost), so the maximum-likelihood estimate is unbounded; the figures are where the solver stopped and "
          + "no intervals are given.");
    }
    List<RatingRow> rows = new ArrayList<>();
    for (int i = 0; i < fit.players().size(); i++) {
      String agent = fit.players().get(i);
      rows.add(new RatingRow(agent, fit.rating(i), fit.lower()[i], fit.upper()[i], games.getOrDefault(agent, 0L)));
    }
    return rows;
  }

  private List<RatingRow> bradleyTerry(Battles battles, Map<String, Long> games, PrintWriter out) {
    if (rounds < 1) {
      throw new BadInputException("--bootstrap must be ≥ 1, got " + rounds);
    }
    BradleyTerry bt = new BradleyTerry(BradleyTerryConfig.CHATBOT_ARENA);
    PairCounts counts = battles.aggregate();
    BradleyTerryFit fit = bt.fit(counts);
    if (!fit.bounded()) {
      out.println("note: some agent never lost (or never won) against the rest, so its maximum-likelihood rating is "
          + "unbounded; the figures are where the solver stopped.");
    }
    BootstrapRatings boot = bt.bootstrap(counts, new BootstrapConfig(rounds, 0, 0.95, false));
    List<RatingRow> rows = new ArrayList<>();
    for (int i = 0; i < fit.players().size(); i++) {
      String agent = fit.players().get(i);
      rows.add(new RatingRow(agent, fit.rating(i), boot.lower(i), boot.upper(i), games.getOrDefault(agent, 0L)));
    }
    return rows;
  }

  private static List<RatingRow> plain(Ratings r, Map<String, Long> games) {
    List<RatingRow> rows = new ArrayList<>();
    for (int i = 0; i < r.size(); i++) {
      String agent = r.players().get(i);
      rows.add(new RatingRow(agent, r.value(i), Double.NaN, Double.NaN, games.getOrDefault(agent, 0L)));
    }
    return rows;
  }

  /** Meta-game rankings: the score is the rating; the equilibrium (or stationary) mass goes in both bounds. */
  private static List<RatingRow> meta(MetaRanking r, Map<String, Long> games) {
    List<RatingRow> rows = new ArrayList<>();
    for (int i = 0; i < r.strategies().size(); i++) {
      String agent = r.strategies().get(i);
      rows.add(new RatingRow(agent, r.scores()[i], r.mass()[i], r.mass()[i], games.getOrDefault(agent, 0L)));
    }
    return rows;
  }

  private static List<RatingRow> trueSkill(Battles battles, Map<String, Long> games) {
    List<TrueSkillRating> ts = new TrueSkill(TrueSkillConfig.DEFAULTS).rateAll(battles);
    List<RatingRow> rows = new ArrayList<>();
    for (int i = 0; i < ts.size(); i++) {
      String agent = battles.players().get(i);
      TrueSkillRating t = ts.get(i);
      rows.add(new RatingRow(agent, t.conservative(), t.mu() - 2 * t.sigma(), t.mu() + 2 * t.sigma(),
          games.getOrDefault(agent, 0L)));
    }
    return rows;
  }
}
