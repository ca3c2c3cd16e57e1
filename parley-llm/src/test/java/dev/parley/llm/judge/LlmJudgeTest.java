package dev.parley.llm.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.critic.JudgeRequest;
import dev.parley.core.critic.Judgement;
import dev.parley.core.critic.PairwiseJudge;
import dev.parley.llm.ModelPool;
import dev.parley.llm.fake.FakeLlmServer;
import dev.parley.llm.middleware.CachingChatModel;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The language-model judge against the stand-in model server. */
class LlmJudgeTest {
  static final JudgeRequest REQUEST = new JudgeRequest("You are the seller. The buyer offers $10.00. Your move?",
      "offer 18.00 | I can do $18.", "accept | Deal at $10.", "Which move gets the seller a better price?", 77);

  FakeLlmServer server;
  ModelPool pool;

  @BeforeEach
  void start() {
    server = FakeLlmServer.start(r -> "A\nProbability: 0.8\nReason: eighteen dollars is more profit than ten.");
    pool = new ModelPool(null, CachingChatModel.Mode.READ_WRITE, ModelPool.Defaults.STANDARD, d -> { });
  }

  @AfterEach
  void stop() {
    pool.close();
    server.close();
  }

  String spec() {
    return "openai-compatible:" + server.openAiBaseUrl() + "#judge?temperature=0";
  }

  PairwiseJudge judge() {
    return LlmJudges.create(spec(), pool);
  }

  @Test
  void theJudgeReadsVerdictProbabilityAndReasonAndKeepsItsPrompt() {
    Judgement j = judge().judge(REQUEST);
    assertThat(j.probabilityFirst()).isEqualTo(0.8);
    assertThat(j.rationale()).isEqualTo("eighteen dollars is more profit than ten.");
    assertThat(j.rawOutput()).startsWith("A\nProbability: 0.8");
    assertThat(j.source()).isEqualTo("llm:openai-compatible:" + server.openAiBaseUrl() + "#judge");
    assertThat(j.prompt()).contains("[system]", "impartial judge", "Option A:\n<<<\noffer 18.00 | I can do $18.",
        "Option B:\n<<<\naccept | Deal at $10.", "Criterion: Which move gets the seller a better price?",
        "The buyer offers $10.00");
    FakeLlmServer.Request sent = server.requests().get(0);
    assertThat(sent.lastUserMessage()).contains("exactly one of: A, B, tie");
    assertThat(sent.body().path("temperature").asDouble()).isZero();
    assertThat(sent.body().path("seed").asLong()).isEqualTo(77);
  }

  @Test
  void askingBothOrdersExposesAJudgeThatAlwaysPicksTheFirstOption() {
    server.responder(r -> "A");
    PairwiseJudge judge = judge();
    double ab = judge.judge(REQUEST).probabilityFirst();
    double ba = judge.judge(REQUEST.swapped()).probabilityFirst();
    assertThat(List.of(ab, ba)).containsExactly(1.0, 1.0);
    assertThat((ab + 1 - ba) / 2).isEqualTo(0.5);
    assertThat(ab - (1 - ba)).isEqualTo(1.0);
    assertThat(server.requests().get(1).lastUserMessage()).contains("Option A:\n<<<\naccept | Deal at $10.");

    server.responder(r -> {
      String prompt = r.lastUserMessage();
      return prompt.indexOf("$18") < prompt.indexOf("Deal at") ? "A. The higher price." : "B. The higher price.";
    });
    double ab2 = judge.judge(REQUEST).probabilityFirst();
    double ba2 = judge.judge(REQUEST.swapped()).probabilityFirst();
    assertThat((ab2 + 1 - ba2) / 2).isEqualTo(1.0);
    assertThat(ab2 - (1 - ba2)).isEqualTo(0.0);
  }

  @Test
  void anUnusableReplyIsAskedAgainWithTheReason() {
    AtomicInteger n = new AtomicInteger();
    server.responder(r -> switch (n.getAndIncrement()) {
      case 0 -> "Both look reasonable to me, it is hard to say.";
      case 1 -> "A\nProbability: 0.2";
      default -> "**Option B**\nProbability: 20%\nReason: accepting ends the talks at a low price.";
    });
    Judgement j = judge().judge(REQUEST);
    assertThat(j.probabilityFirst()).isCloseTo(0.2, within(1e-12));
    assertThat(j.rationale()).isEqualTo("accepting ends the talks at a low price.");
    assertThat(server.requests()).hasSize(3);
    assertThat(server.requests().get(1).lastUserMessage()).startsWith("That answer cannot be used: it names no verdict");
    assertThat(server.requests().get(2).lastUserMessage())
        .contains("the verdict A contradicts the probability 0.2 that A is better");
    assertThat(j.prompt()).contains("Both look reasonable", "That answer cannot be used");
  }

  @Test
  void aJudgeThatNeverAnswersUsablyFails() {
    server.responder(r -> "hmm");
    PairwiseJudge judge = LlmJudges.create(spec(), pool, 1, null);
    assertThatThrownBy(() -> judge.judge(REQUEST)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no usable verdict after 2 replies").hasMessageContaining("'hmm'");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void repliesAreReadTolerantly() {
    assertThat(LlmJudge.read("tie\nReason: same price.").probability()).isEqualTo(0.5);
    assertThat(LlmJudge.read("Verdict: B").probability()).isZero();
    assertThat(LlmJudge.read("Probability that A is better: 70%\nReason: firmer.").probability())
        .isCloseTo(0.7, within(1e-12));
    assertThat(LlmJudge.read("A seller should hold firm here.\nB").probability()).isZero();
    assertThat(LlmJudge.read("Neither is better.").probability()).isEqualTo(0.5);
    assertThat(LlmJudge.read("- Option A is better because it asks more.").reason()).isEmpty();
    assertThat(LlmJudge.read("A\nIt asks more.").reason()).isEqualTo("It asks more.");
    assertThat(LlmJudge.read("A\nProbability: 1.7").problem()).contains("1.7 is not between 0 and 1");
    assertThat(LlmJudge.read("tie\nProbability: 0.6").problem()).contains("tie contradicts");
    assertThat(LlmJudge.read("  ").problem()).contains("empty");
    assertThat(LlmJudge.read("B\nReason: the probability of a deal is 90% at most.").probability()).isZero();
  }

  @Test
  void theFactoryChecksItsArguments() {
    assertThatThrownBy(() -> LlmJudges.create("nonsense", pool)).hasMessageContaining("PROVIDER:MODEL");
    assertThatThrownBy(() -> LlmJudges.create(spec(), pool, 11, null)).hasMessageContaining("retries")
        .hasMessageContaining("11");
  }
}
