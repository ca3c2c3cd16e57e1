package dev.parley.learn.build;

import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.game.Game;
import dev.parley.learn.build.PairSupport.Side;
import dev.parley.learn.data.Content;
import dev.parley.learn.data.Dataset;
import dev.parley.learn.data.PreferenceRecord;
import dev.parley.learn.data.RecordMetadata;
import dev.parley.learn.data.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Outcome pairs (issue 6 item 1): two decisions made in <em>exactly</em> the same
 * {@link PromptContext} whose episodes ended differently for the acting seat become a
 * {@code prompt/chosen/rejected} row, the better-ending completion chosen.
 *
 * <p>Rules. Decisions are grouped by context, then by completion: identical completions are one
 * side, whose outcome is the mean over its occurrences (so a completion is never paired with
 * itself, and repeats sharpen its estimate). Two sides form a pair when their mean outcomes differ
 * by more than {@link Config#minGap()}; the higher mean is chosen. With
 * {@link Config#differentMoves()} two sides pair only when their moves differ
 * ({@link dev.parley.core.game.ActionCodec#move}): answers that make the same move in other words
 * differ in outcome only through what happened later. Each side's move is in the attributes. The row's {@code margin} (TRL's
 * strength column, REFERENCE §7–8) is the difference of the means; its
 * {@link dev.parley.learn.data.RecordMetadata#probability()} is the empirical
 * {@code P(chosen ≻ rejected)} over all occurrence pairs (ties count ½) when the sides hold more than
 * one comparison, and is left out for a single comparison. The metadata's episode, seed, seats and
 * provenance are those of the chosen side's first occurrence; both sides are described in the
 * attributes ({@link Attributes}). The group (split key) is the component of episodes linked by
 * pairs (named by its first episode id), so a split by group never puts one episode on both sides;
 * {@link #buildSplit} splits by episode before pairing, for runs whose pairs link every episode.
 */
public final class OutcomePairs {

  /** Which pairs a context yields. */
  public enum Pairing {
    /** Every two sides whose outcomes differ by more than the gap. */
    ALL,
    /** Only the best side against the worst (SPPO's chosen = best, rejected = worst; REFERENCE §6.2). */
    BEST_WORST
  }

  /**
   * @param minGap the mean outcomes of two sides must differ by more than this (≥ 0)
   * @param pairing which pairs a context yields
   * @param statuses episodes with these statuses are used (decisions of others are left out)
   * @param measure the outcome compared
   * @param differentMoves only pair sides whose moves differ ({@link DecisionPoint#move}): two
   *     answers that make the same move and differ only in talk or wording are not paired, since
   *     their outcomes differ through what happened after them, not through the move
   */
  public record Config(double minGap, Pairing pairing, Set<EpisodeStatus> statuses, OutcomeMeasure measure,
      boolean differentMoves) {
    /** Any difference in return, all pairs, completed episodes only, talk-only differences kept. */
    public static final Config DEFAULT = new Config(0, Pairing.ALL, EnumSet.of(EpisodeStatus.COMPLETED),
        OutcomeMeasure.RETURN, false);

    public Config(double minGap, Pairing pairing, Set<EpisodeStatus> statuses, OutcomeMeasure measure) {
      this(minGap, pairing, statuses, measure, false);
    }

    public Config {
      if (!(minGap >= 0 && Double.isFinite(minGap))) {
        throw new IllegalArgumentException("minGap must be finite and ≥ 0, was " + minGap);
      }
      Objects.requireNonNull(pairing, "pairing");
      Objects.requireNonNull(measure, "measure");
      if (statuses == null || statuses.isEmpty()) {
        throw new IllegalArgumentException("statuses must name at least one episode status, was " + statuses);
      }
      statuses = Set.copyOf(statuses);
    }

    public Config withMinGap(double g) {
      return new Config(g, pairing, statuses, measure, differentMoves);
    }

    public Config withPairing(Pairing p) {
      return new Config(minGap, p, statuses, measure, differentMoves);
    }

    public Config withMeasure(OutcomeMeasure m) {
      return new Config(minGap, pairing, statuses, m, differentMoves);
    }

    public Config withDifferentMoves(boolean d) {
      return new Config(minGap, pairing, statuses, measure, d);
    }
  }

  private final Config config;

  public OutcomePairs(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public Config config() {
    return config;
  }

  /**
   * Outcome pairs from stored episodes.
   *
   * @param games loads a game from its canonical spec (e.g. {@code GameRegistry::load})
   */
  public Dataset<PreferenceRecord> build(Iterable<Episode> episodes, Function<String, ? extends Game<?>> games) {
    Objects.requireNonNull(episodes, "episodes");
    List<Episode> admitted = new ArrayList<>();
    episodes.forEach(e -> {
      if (config.statuses().contains(e.status())) {
        admitted.add(e);
      }
    });
    return fromPoints(DecisionPoints.ofEpisodes(admitted, games, config.measure()));
  }

  /**
   * Splits the episodes first, then builds the pairs of each side from that side's episodes only:
   * since pairs link episodes, a stored run of one game tends to form one component, which
   * {@link Dataset#splitByGroup} cannot split; this split never leaks an episode and keeps both
   * sides populated. The distinct episode ids (in order of first appearance) are shuffled with
   * {@code seed} as {@link Dataset#split} shuffles groups, and the first
   * {@code round(testFraction × episodes)} are the test episodes.
   *
   * @param testFraction share of the episodes in the test set, in [0, 1]
   */
  public Dataset.Split<PreferenceRecord> buildSplit(Iterable<Episode> episodes,
      Function<String, ? extends Game<?>> games, double testFraction, long seed) {
    if (!(testFraction >= 0 && testFraction <= 1)) {
      throw new IllegalArgumentException("testFraction must be in [0, 1], was " + testFraction);
    }
    Objects.requireNonNull(episodes, "episodes");
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Episode e : episodes) {
      if (seen.add(e.id())) {
        ids.add(e.id());
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = ids.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String t = ids.get(i);
      ids.set(i, ids.get(j));
      ids.set(j, t);
    }
    Set<String> test = Set.copyOf(ids.subList(0, (int) Math.round(testFraction * ids.size())));
    List<Episode> trainEpisodes = new ArrayList<>();
    List<Episode> testEpisodes = new ArrayList<>();
    for (Episode e : episodes) {
      (test.contains(e.id()) ? testEpisodes : trainEpisodes).add(e);
    }
    return new Dataset.Split<>(build(trainEpisodes, games), build(testEpisodes, games));
  }

  /**
   * Outcome pairs from decisions already read (e.g. {@link Branching#points}); decisions of
   * episodes whose status the config does not admit, or with a NaN outcome, are left out.
   */
  public Dataset<PreferenceRecord> fromPoints(List<DecisionPoint> points) {
    Objects.requireNonNull(points, "points");
    List<DecisionPoint> kept = new ArrayList<>();
    for (DecisionPoint p : points) {
      if (config.statuses().contains(p.episode().status()) && !Double.isNaN(p.outcome())) {
        kept.add(p);
      }
    }
    record Draft(PromptContext context, Side chosen, Side rejected) {}
    List<Draft> drafts = new ArrayList<>();
    PairSupport.Components components = new PairSupport.Components(kept);
    PairSupport.byContext(kept).forEach((context, sides) -> {
      if (sides.size() < 2) {
        return;
      }
      List<Side[]> pairs = new ArrayList<>();
      if (config.pairing() == Pairing.ALL) {
        for (int i = 0; i < sides.size(); i++) {
          for (int j = i + 1; j < sides.size(); j++) {
            pairs.add(new Side[] {sides.get(i), sides.get(j)});
          }
        }
      } else {
        Side best = sides.get(0);
        for (Side s : sides) {
          best = s.meanOutcome() > best.meanOutcome() ? s : best;
        }
        // the worst side that may pair with the best (with differentMoves: one making another move)
        Side worst = null;
        for (Side s : sides) {
          boolean eligible = s != best && (!config.differentMoves() || !s.first().move().equals(best.first().move()));
          if (eligible && (worst == null || s.meanOutcome() < worst.meanOutcome())) {
            worst = s;
          }
        }
        if (worst != null) {
          pairs.add(new Side[] {best, worst});
        }
      }
      for (Side[] p : pairs) {
        if (config.differentMoves() && p[0].first().move().equals(p[1].first().move())) {
          continue;
        }
        double diff = p[0].meanOutcome() - p[1].meanOutcome();
        if (Math.abs(diff) > config.minGap()) {
          Side chosen = diff > 0 ? p[0] : p[1];
          Side rejected = diff > 0 ? p[1] : p[0];
          components.link(List.of(chosen, rejected));
          drafts.add(new Draft(context, chosen, rejected));
        }
      }
    });
    List<PreferenceRecord> rows = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      String group = components.group(d.chosen().first().episode().id());
      RecordMetadata meta = PairSupport.metadata(Source.OUTCOME, group, d.context(), d.chosen(), d.rejected(),
          winRate(d.chosen(), d.rejected()), Map.of(Attributes.MEASURE, config.measure().name()));
      rows.add(new PreferenceRecord(Content.text(d.context().prompt()),
          Content.text(d.chosen().completion),
          Content.text(d.rejected().completion),
          d.chosen().meanOutcome() - d.rejected().meanOutcome(), meta));
    }
    return Dataset.of(rows);
  }

  /** {@code P(chosen ≻ rejected)} over all occurrence pairs (ties ½), or null for a single comparison. */
  private static Double winRate(Side chosen, Side rejected) {
    int n = chosen.points.size() * rejected.points.size();
    if (n == 1) {
      return null;
    }
    double wins = 0;
    for (DecisionPoint c : chosen.points) {
      for (DecisionPoint r : rejected.points) {
        wins += c.outcome() > r.outcome() ? 1 : c.outcome() == r.outcome() ? 0.5 : 0;
      }
    }
    return wins / n;
  }
}
