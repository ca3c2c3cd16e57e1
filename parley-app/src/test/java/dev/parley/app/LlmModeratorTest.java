package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.episode.Episode;
import dev.parley.core.episode.EpisodeStatus;
import dev.parley.core.episode.Step;
import dev.parley.core.episode.Violation;
import dev.parley.llm.fake.FakeLlmServer;
import dev.parley.store.JdbcRunStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paper's free-text bargaining with a language model in the moderator seat, served by a
 * loopback protocol server: the model's verdicts decide deal or no deal, the price is read from the
 * negotiators' messages, and an off-format verdict is re-prompted and recorded.
 */
class LlmModeratorTest {
  static final Pattern DOLLARS = Pattern.compile("\\$(\\d+(?:\\.\\d{1,2})?)");

  @TempDir
  Path dir;

  record Played(Episode episode, List<FakeLlmServer.Request> requests, CliTest.Result result) {}

  Played play(String name, FakeLlmServer.Responder judge) throws Exception {
    try (FakeLlmServer server = FakeLlmServer.start(judge)) {
      String db = dir.resolve(name + ".db").toString();
      CliTest.Result r = CliTest.run("play", "bargaining(mode=free-text)", "--agents",
          "linear,conceder,openai-compatible:" + server.openAiBaseUrl() + "#judge-model?temperature=0",
          "--seed", "11", "--store", db);
      assertThat(r.code()).as(r.err()).isZero();
      List<Episode> episodes = new ArrayList<>();
      try (JdbcRunStore s = JdbcRunStore.open(db)) {
        assertThat(s.runs()).hasSize(1);
        s.forEachEpisode(s.runs().get(0).id(), episodes::add);
      }
      assertThat(episodes).hasSize(1);
      return new Played(episodes.get(0), server.requests(), r);
    }
  }

  static List<Step> moderatorSteps(Episode e) {
    return e.steps().stream().filter(s -> s.seat() == 2).toList();
  }

  @Test
  void theModelsDealVerdictEndsTheGameAtTheLastPriceNamed() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Played p = play("deal", r -> switch (calls.getAndIncrement()) {
      case 0 -> "They seem close to agreeing, I suppose.";
      case 1 -> "VERDICT: ONGOING";
      default -> "VERDICT: DEAL";
    });
    Episode e = p.episode();
    assertThat(e.status()).isEqualTo(EpisodeStatus.COMPLETED);
    // the moderator's question reaches the model, with the conversation it judges
    assertThat(p.requests()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(p.requests().get(0).lastUserMessage())
        .contains("have the seller and the buyer agreed on a deal?").contains("$");
    // the off-format first answer was re-prompted with the reason, and both tries are on record
    assertThat(e.violations()).isEmpty();
    List<Step> verdicts = moderatorSteps(e);
    assertThat(verdicts).extracting(Step::action).containsExactly("verdict ongoing", "verdict deal");
    assertThat(verdicts.get(0).trace().attempts()).extracting(a -> a.outcome()).containsExactly("not-legal", "ok");
    assertThat(verdicts.get(0).trace().attempts().get(0).text()).isEqualTo("They seem close to agreeing, I suppose.");
    assertThat(p.requests().get(1).lastUserMessage()).as("the re-prompt").contains("VERDICT:");
    assertThat(p.requests().get(1).lastUserMessage())
        .contains("That answer cannot be used").contains("allowed: verdict deal, verdict ongoing, verdict no-deal");
    assertThat(verdicts.get(1).trace().prompt()).contains("VERDICT: DEAL");
    // the price is the last dollar amount of the latest negotiator message that names one
    double price = Double.NaN;
    for (Step s : e.steps()) {
      if (s.seat() < 2) {
        Matcher m = DOLLARS.matcher(s.action());
        while (m.find()) {
          price = Double.parseDouble(m.group(1));
        }
      }
    }
    assertThat(price).isBetween(10.0, 20.0);
    // REFERENCE §1.1 defaults: seller cost $8, buyer value $20; the moderator scores nothing
    assertThat(e.returns()).containsExactly(price - 8.0, 20.0 - price, 0.0);
  }

  @Test
  void theModelsNoDealVerdictEndsTheGameWithoutADeal() throws Exception {
    Played p = play("nodeal", r -> "VERDICT: NO DEAL");
    Episode e = p.episode();
    assertThat(e.violations()).isEmpty();
    assertThat(moderatorSteps(e)).extracting(Step::action).containsExactly("verdict no-deal");
    assertThat(e.returns()).containsExactly(0.0, 0.0, 0.0);
    assertThat(p.result().out()).contains("returns: [0.0, 0.0, 0.0]");
  }

  @Test
  void aModelThatNeverGivesAVerdictIsRecordedAndTheEpisodeStillEnds() throws Exception {
    Played p = play("mute", r -> "I would rather not say.");
    Episode e = p.episode();
    // each engine re-prompt gets the agent's own format retries; then the default policy forfeits
    assertThat(e.status()).isEqualTo(EpisodeStatus.FORFEIT);
    assertThat(e.violations()).hasSize(3).allSatisfy(v -> {
      assertThat(v.seat()).isEqualTo(2);
      assertThat(v.kind()).as("a reply read as a message, which the moderator may not send").isEqualTo(
          Violation.Kind.NOT_LEGAL);
    });
    assertThat(e.violations()).extracting(Violation::resolution).containsExactly(Violation.Resolution.REPROMPTED,
        Violation.Resolution.REPROMPTED, Violation.Resolution.FORFEIT);
    assertThat(p.requests()).hasSize(9);
    assertThat(e.returns().subList(0, 2)).as("no deal for the negotiators").containsExactly(0.0, 0.0);
  }
}
