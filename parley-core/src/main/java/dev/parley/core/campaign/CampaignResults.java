package dev.parley.core.campaign;

import dev.parley.core.episode.Episode;
import dev.parley.core.game.Game;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Per-arm, per-round summaries of the learner's episode metrics ({@link Game#metrics}) over the
 * independent campaigns of a run. Memory is O(arms × rounds × metrics). Not thread-safe.
 */
public final class CampaignResults {
  private final CampaignSettings settings;
  private final Game<?> game;
  private final List<List<Map<String, Summary.Builder>>> cells = new ArrayList<>();
  private final TreeSet<String> metrics = new TreeSet<>();
  private long episodes;

  public CampaignResults(CampaignSettings settings, Game<?> game) {
    this.settings = settings;
    this.game = game;
    for (int a = 0; a < settings.arms(); a++) {
      List<Map<String, Summary.Builder>> rounds = new ArrayList<>();
      for (int r = 0; r < settings.rounds(); r++) {
        rounds.add(new LinkedHashMap<>());
      }
      cells.add(rounds);
    }
  }

  /** Adds a stored episode, located by its match index. */
  public void add(Episode e) {
    int index = Math.toIntExact(e.matchIndex());
    int round = index % settings.rounds();
    int arm = index / settings.rounds() / settings.campaigns();
    Map<String, Double> m = game.metrics(e, settings.seatOf(arm));
    Map<String, Summary.Builder> cell = cells.get(arm).get(round);
    m.forEach((name, value) -> {
      metrics.add(name);
      cell.computeIfAbsent(name, k -> new Summary.Builder()).add(value);
    });
    episodes++;
  }

  public CampaignSettings settings() {
    return settings;
  }

  public long episodes() {
    return episodes;
  }

  /** Names of every metric seen, sorted. */
  public List<String> metrics() {
    return List.copyOf(metrics);
  }

  /** Summary of {@code metric} for arm {@code arm} in round {@code round} (0-based). */
  public Summary summary(int arm, int round, String metric) {
    Summary.Builder b = cells.get(arm).get(round).get(metric);
    return b == null ? new Summary.Builder().build() : b.build();
  }

  /** A short label of an arm: its feedback source and the learner's seat, e.g. {@code rule / seller}. */
  public String armLabel(int arm) {
    return settings.feedbackOf(arm) + " / " + game.seatName(settings.seatOf(arm));
  }
}
