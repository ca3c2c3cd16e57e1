package dev.parley.core.campaign;

import dev.parley.core.engine.RunnerConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that decides a campaign's episodes (Fu et al. 2023, ICL-AIF): the game, the learner
 * and its opponent, the seats the learner takes, the feedback sources compared (critic specs;
 * {@code none} for no feedback), rounds per campaign, independent campaigns per arm, seed and the
 * illegal-action rules. An arm is one (learner seat, feedback source) pair. Games with more than
 * two seats name agents for the seats beyond the first two in {@code others} (e.g. the moderator of
 * free-text bargaining); like the opponent they start fresh every round. Stored with the run as a
 * flat map, so {@code resume} rebuilds the same campaign.
 */
public record CampaignSettings(
    String name,
    String game,
    String learner,
    String opponent,
    List<Integer> learnerSeats,
    List<String> feedback,
    int rounds,
    int campaigns,
    long seed,
    RunnerConfig runner,
    List<String> others) {

  /** A two-seat campaign. */
  public CampaignSettings(String name, String game, String learner, String opponent, List<Integer> learnerSeats,
      List<String> feedback, int rounds, int campaigns, long seed, RunnerConfig runner) {
    this(name, game, learner, opponent, learnerSeats, feedback, rounds, campaigns, seed, runner, List.of());
  }

  public CampaignSettings {
    others = List.copyOf(others);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(learner, "learner");
    Objects.requireNonNull(opponent, "opponent");
    learnerSeats = List.copyOf(learnerSeats);
    feedback = List.copyOf(feedback);
    if (learnerSeats.isEmpty()) {
      throw new IllegalArgumentException("learner_seats: give at least one seat");
    }
    if (learnerSeats.stream().distinct().count() != learnerSeats.size()) {
      throw new IllegalArgumentException("learner_seats: " + learnerSeats + " repeats a seat");
    }
    if (feedback.isEmpty()) {
      throw new IllegalArgumentException("feedback: give at least one source (none, rule, constant, tips, llm(...))");
    }
    if (feedback.stream().distinct().count() != feedback.size()) {
      throw new IllegalArgumentException("feedback: " + feedback + " repeats a source");
    }
    for (String f : feedback) {
      if (f.contains("\n")) {
        throw new IllegalArgumentException("feedback source '" + f + "' spans several lines; write it on one line");
      }
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be ≥ 1, was " + rounds);
    }
    if (campaigns < 1) {
      throw new IllegalArgumentException("campaigns must be ≥ 1, was " + campaigns);
    }
    if ((long) learnerSeats.size() * feedback.size() * campaigns * rounds > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("campaign too large");
    }
    Objects.requireNonNull(runner, "runner");
  }

  /** Number of arms: learner seats × feedback sources. */
  public int arms() {
    return learnerSeats.size() * feedback.size();
  }

  /** The learner seat of arm {@code arm}. */
  public int seatOf(int arm) {
    return learnerSeats.get(arm / feedback.size());
  }

  /** The feedback source of arm {@code arm}. */
  public String feedbackOf(int arm) {
    return feedback.get(arm % feedback.size());
  }

  /** Episodes in the whole campaign. */
  public int episodes() {
    return arms() * campaigns * rounds;
  }

  /** Flat form for storage; {@link #fromMap} reads it back. */
  public Map<String, String> toMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("game", game);
    m.put("learner", learner);
    m.put("opponent", opponent);
    List<String> seats = new ArrayList<>();
    for (int s : learnerSeats) {
      seats.add(Integer.toString(s));
    }
    m.put("learner_seats", String.join(",", seats));
    m.put("feedback", String.join("\n", feedback));
    m.put("rounds", Integer.toString(rounds));
    m.put("campaigns", Integer.toString(campaigns));
    m.put("seed", Long.toString(seed));
    runner.putInto(m);
    m.put("others", String.join("\n", others));
    return m;
  }

  public static CampaignSettings fromMap(Map<String, String> m) {
    RunnerConfig runner = RunnerConfig.from(m);
    List<Integer> seats = new ArrayList<>();
    for (String s : get(m, "learner_seats").split(",")) {
      seats.add(Integer.parseInt(s.strip()));
    }
    return new CampaignSettings(get(m, "name"), get(m, "game"), get(m, "learner"), get(m, "opponent"), seats,
        Arrays.asList(get(m, "feedback").split("\n")), Integer.parseInt(get(m, "rounds")),
        Integer.parseInt(get(m, "campaigns")), Long.parseLong(get(m, "seed")), runner,
        m.getOrDefault("others", "").isEmpty() ? List.of() : Arrays.asList(m.get("others").split("\n")));
  }

  private static String get(Map<String, String> m, String key) {
    String v = m.get(key);
    if (v == null) {
      throw new IllegalArgumentException("stored campaign settings lack '" + key + "'");
    }
    return v;
  }
}
