package dev.parley.learn.build;

import dev.parley.core.episode.Episode;
import dev.parley.learn.data.RecordMetadata;
import dev.parley.learn.data.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What outcome and judge pairs share: decisions grouped by context and completion, side attributes, groups. */
final class PairSupport {
  private PairSupport() {}

  /** The decisions of one context that gave one completion, in input order. */
  static final class Side {
    final String completion;
    final List<DecisionPoint> points = new ArrayList<>();

    Side(String completion) {
      this.completion = completion;
    }

    DecisionPoint first() {
      return points.get(0);
    }

    double meanOutcome() {
      double sum = 0;
      for (DecisionPoint p : points) {
        sum += p.outcome();
      }
      return sum / points.size();
    }
  }

  /**
   * Decisions grouped by exact context (contexts in order of first appearance), and within a
   * context by completion (identical completions collapse into one side).
   */
  static Map<PromptContext, List<Side>> byContext(List<DecisionPoint> points) {
    Map<PromptContext, Map<String, Side>> grouped = new LinkedHashMap<>();
    for (DecisionPoint p : points) {
      grouped.computeIfAbsent(p.context(), c -> new LinkedHashMap<>())
          .computeIfAbsent(p.completion(), Side::new).points.add(p);
    }
    Map<PromptContext, List<Side>> out = new LinkedHashMap<>();
    grouped.forEach((c, sides) -> out.put(c, List.copyOf(sides.values())));
    return out;
  }

  /** One occurrence written as {@code run/match#step}, with {@code @branch} for a re-play. */
  static String occurrence(DecisionPoint p) {
    return p.episode().id() + "#" + p.step() + (p.branch() >= 0 ? "@" + p.branch() : "");
  }

  /** The metadata of a pair: source, the chosen side's episode as provenance, both sides described. */
  static RecordMetadata metadata(Source source, String group, PromptContext context, Side chosen, Side rejected,
      Double probability, Map<String, String> extra) {
    chosen.first().context().requireSame(rejected.first().context(), "pair in context " + context.key());
    for (Side s : List.of(chosen, rejected)) {
      for (DecisionPoint p : s.points) {
        p.context().requireSame(context, "occurrence " + occurrence(p));
      }
    }
    Episode e = chosen.first().episode();
    Map<String, String> a = new TreeMap<>(extra);
    a.put(Attributes.CONTEXT_KEY, context.key());
    a.put(Attributes.GAME_SPEC, context.game());
    a.put(Attributes.SEAT, Integer.toString(context.seat()));
    side(a, Attributes.CHOSEN, chosen);
    side(a, Attributes.REJECTED, rejected);
    return new RecordMetadata(source, group, e.id(), e.provenance().gameVersionedId(), e.seed(), e.seats(), null,
        probability, e.provenance(), a);
  }

  private static void side(Map<String, String> a, String prefix, Side s) {
    DecisionPoint p = s.first();
    Episode e = p.episode();
    a.put(prefix + Attributes.RUN, e.runId());
    a.put(prefix + Attributes.MATCH, Long.toString(e.matchIndex()));
    a.put(prefix + Attributes.EPISODE, e.id());
    a.put(prefix + Attributes.STEP, Integer.toString(p.step()));
    a.put(prefix + Attributes.SEED, Long.toString(e.seed()));
    if (p.branch() >= 0) {
      a.put(prefix + Attributes.BRANCH, Integer.toString(p.branch()));
    }
    a.put(prefix + Attributes.MOVE, p.move());
    a.put(prefix + Attributes.OUTCOME, Double.toString(s.meanOutcome()));
    a.put(prefix + Attributes.COUNT, Integer.toString(s.points.size()));
    List<String> occurrences = new ArrayList<>();
    for (DecisionPoint q : s.points) {
      occurrences.add(occurrence(q));
    }
    a.put(prefix + Attributes.OCCURRENCES, String.join(",", occurrences));
    a.put(prefix + Attributes.SEATS, String.join(",", e.seats()));
    a.put(prefix + Attributes.CONFIG_HASH, e.provenance().configHash());
    a.put(prefix + Attributes.GIT_COMMIT, e.provenance().gitCommit());
  }

  /**
   * Split groups that never leak an episode: pairs whose sides (all occurrences) share an episode,
   * directly or through other pairs, get one group, named by the component's first episode id in
   * input order. A pair built from one episode (or from branch re-plays of one episode) is grouped
   * by that episode's id.
   */
  static final class Components {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<Integer> parent = new ArrayList<>();

    /** Components over the episodes of {@code points}, registered in input order. */
    Components(List<DecisionPoint> points) {
      for (DecisionPoint p : points) {
        add(p.episode().id());
      }
    }

    private int add(String episodeId) {
      return index.computeIfAbsent(episodeId, k -> {
        ids.add(k);
        parent.add(parent.size());
        return parent.size() - 1;
      });
    }

    void link(List<Side> sides) {
      int root = -1;
      for (Side s : sides) {
        for (DecisionPoint p : s.points) {
          int i = add(p.episode().id());
          root = root < 0 ? find(i) : union(root, i);
        }
      }
    }

    private int find(int i) {
      while (parent.get(i) != i) {
        parent.set(i, parent.get(parent.get(i)));
        i = parent.get(i);
      }
      return i;
    }

    private int union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      int root = Math.min(ra, rb);
      parent.set(ra, root);
      parent.set(rb, root);
      return root;
    }

    /** The group of the component holding {@code episodeId}. */
    String group(String episodeId) {
      Integer i = index.get(episodeId);
      if (i == null) {
        throw new IllegalStateException("episode " + episodeId + " was never linked");
      }
      return ids.get(find(i));
    }
  }
}
