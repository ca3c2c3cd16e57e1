package dev.parley.app;

import dev.parley.core.campaign.CampaignSettings;
import dev.parley.core.spec.NameNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign described in YAML:
 *
 * <pre>
 * name: bargaining-feedback
 * game: bargaining                    # required
 * learner: boulware                   # required: the agent that receives feedback
 * opponent: linear                    # required: fresh every round
 * learner_seats: [seller, buyer]      # seat names or numbers; default: every seat
 * feedback: [none, constant, rule]    # feedback sources compared (critic specs); default [none]
 * rounds: 5                           # rounds per campaign
 * campaigns: 20                       # independent campaigns per arm
 * seed: 7
 * metrics: [price, deal]              # metrics shown in the table (default: all the game reports)
 * illegal_action: reprompt-then-forfeit
 * max_reprompts: 2
 * decision_timeout: none
 * threads: 2
 * store: parley.db
 * cache: read-write
 * report: campaign-report.html        # default: RUN_ID.html
 * others: [regex-moderator]           # agents for seats beyond the first two (fresh every round)
 * </pre>
 */
record CampaignFile(CampaignSettings settings, List<String> seatNames, List<String> metrics, Integer threads,
    String store, String cache, String report) {
  static final List<String> KEYS = keys();

  private static List<String> keys() {
    List<String> k = new ArrayList<>(List.of("name", "game", "learner", "opponent", "learner_seats", "feedback",
        "rounds", "campaigns", "seed", "metrics", "threads", "store", "cache", "report", "others"));
    k.addAll(YamlFile.RUNNER_KEYS);
    return List.copyOf(k);
  }

  static CampaignFile load(Path file) {
    YamlFile y = YamlFile.load(file, KEYS);
    List<String> feedback = y.list("feedback");
    // learner seats are resolved against the game later (withSeats); seat 0 stands in until then
    CampaignSettings settings = new CampaignSettings(y.text("name", y.baseName()), y.required("game", "game: bargaining"),
        y.required("learner", "learner: boulware"), y.required("opponent", "opponent: linear"), List.of(0),
        feedback.isEmpty() ? List.of("none") : feedback, (int) y.integer("rounds", 5, 1, 10_000),
        (int) y.integer("campaigns", 10, 1, 1_000_000), y.integer("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE),
        y.runner(), y.list("others"));
    Integer threads = y.has("threads") ? (int) y.integer("threads", 1, 1, 1024) : null;
    return new CampaignFile(settings, y.list("learner_seats"), y.list("metrics"), threads, y.text("store", null),
        y.text("cache", null), y.text("report", null));
  }

  /** The settings with learner seats resolved from names or numbers against {@code seatNames}. */
  CampaignSettings withSeats(List<String> gameSeatNames) {
    List<Integer> resolved = new ArrayList<>();
    if (seatNames.isEmpty()) {
      for (int i = 0; i < gameSeatNames.size(); i++) {
        resolved.add(i);
      }
    } else {
      for (String s : seatNames) {
        int i = gameSeatNames.indexOf(s);
        if (i < 0) {
          try {
            i = Integer.parseInt(s);
          } catch (NumberFormatException e) {
            throw new BadInputException(new NameNotFoundException("learner seat", s, gameSeatNames).getMessage());
          }
          if (i < 0 || i >= gameSeatNames.size()) {
            throw new BadInputException("learner seat " + i + " outside 0.." + (gameSeatNames.size() - 1));
          }
        }
        resolved.add(i);
      }
    }
    CampaignSettings s = settings;
    return new CampaignSettings(s.name(), s.game(), s.learner(), s.opponent(), resolved, s.feedback(), s.rounds(),
        s.campaigns(), s.seed(), s.runner(), s.others());
  }
}
