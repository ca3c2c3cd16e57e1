package dev.parley.llm.judge;

import dev.parley.core.critic.JudgeRequest;
import dev.parley.core.critic.Judgement;
import dev.parley.core.critic.PairwiseJudge;
import dev.parley.core.llm.ChatMessage;
import dev.parley.core.llm.ChatModel;
import dev.parley.core.llm.ChatRequest;
import dev.parley.core.llm.ChatResponse;
import dev.parley.llm.ModelSpec;
import dev.parley.llm.UsageMeter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language model as pairwise judge (LLM-as-a-judge, Zheng et al. 2023, "Judging LLM-as-a-Judge
 * with MT-Bench and Chatbot Arena"): shown the shared context, option A, option B
 * and the criterion, it answers {@code A}, {@code B} or {@code tie} on its first line, optionally
 * a line {@code Probability: p} (its probability that A is better, 0 to 1 or a percentage) and
 * {@code Reason: …}. The verdict is {@code P(A ≻ B)}: the stated probability when there is one,
 * else 1, 0 or ½. A reply with no verdict, a probability outside [0, 1], or a probability that
 * contradicts the verdict (A with p &lt; ½, B with p &gt; ½, tie with p ≠ ½) is asked again with the
 * reason, up to {@code retries} times; then the judge fails with an {@link IllegalStateException}.
 * The {@link Judgement} keeps the conversation sent last, the raw reply and the reason; its source is
 * {@code llm:<model id>}.
 *
 * <p>The judge sees the options in the order given; callers remove position bias by asking both
 * orders ({@code dev.parley.learn.build.JudgePairs}). Thread-safe: it keeps no state between calls.
 */
final class LlmJudge implements PairwiseJudge {
  private static final Pattern VERDICT = Pattern.compile(
      "(?:(?:final\\s+)?(?:answer|verdict|better(?:\\s+option)?|choice|winner)\\s*[:=\\-]\\s*)?(?:option\\s+)?"
          + "(a|b|tie|draw|equal|both|neither)(?:\\s*[.!:,;)\\-\u2013\u2014].*|\\s+(?:is|are|wins|because|since)\\b.*)?",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern PROBABILITY = Pattern.compile(
      "probability[^\\n\\d]*?(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(%)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern REASON = Pattern.compile("(?:reason|rationale|because)\\s*:\\s*(.*)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final String SYSTEM = "You are an impartial judge. You compare two options written in the same "
      + "situation and say which one is better for the stated criterion. Judge what the options say, not the order "
      + "in which they are shown or their length.";
  private static final String FORMAT = "Answer on the first line with exactly one of: A, B, tie. You may add a line "
      + "\"Probability: p\" with your probability (from 0 to 1) that option A is better. Then give your reason in one "
      + "or two sentences on a line starting with \"Reason:\".";

  private final ChatModel model;
  private final ModelSpec spec;
  private final int retries;
  private final UsageMeter meter;

  LlmJudge(ChatModel model, ModelSpec spec, int retries, UsageMeter meter) {
    this.model = model;
    this.spec = spec;
    this.retries = retries;
    this.meter = meter;
  }

  /** {@code llm:<model id>}. */
  String source() {
    return "llm:" + spec.id();
  }

  @Override
  public Judgement judge(JudgeRequest request) {
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(ChatMessage.system(SYSTEM));
    messages.add(ChatMessage.user(prompt(request)));
    String reply = "";
    String problem = null;
    for (int attempt = 0; attempt <= retries; attempt++) {
      reply = call(messages, request, attempt).text();
      Reading r = read(reply);
      if (r.problem() == null) {
        return new Judgement(r.probability(), r.reason(), ChatRequest.of(messages).transcript(), reply, source());
      }
      problem = r.problem();
      if (attempt < retries) {
        messages.add(ChatMessage.assistant(reply));
        messages.add(ChatMessage.user("That answer cannot be used: " + problem + ". " + FORMAT));
      }
    }
    throw new IllegalStateException("judge " + source() + ": no usable verdict after " + (retries + 1) + " repl"
        + (retries == 0 ? "y" : "ies") + ": " + problem + "; last reply: '" + clip(reply) + "'");
  }

  static String prompt(JudgeRequest request) {
    return "The situation both options answer:\n<<<\n" + request.context().strip() + "\n>>>\n\n"
        + "Option A:\n<<<\n" + request.optionA().strip() + "\n>>>\n\n"
        + "Option B:\n<<<\n" + request.optionB().strip() + "\n>>>\n\n"
        + "Criterion: " + request.criterion().strip() + "\n\n"
        + "Which option is better for the criterion? " + FORMAT;
  }

  /** A reply read: {@code P(A ≻ B)} and the reason, or the problem that makes it unusable. */
  record Reading(double probability, String reason, String problem) {
    static Reading unusable(String problem) {
      return new Reading(Double.NaN, "", problem);
    }
  }

  static Reading read(String reply) {
    if (reply == null || reply.isBlank()) {
      return Reading.unusable("the reply is empty");
    }
    String verdict = null;
    int verdictLine = -1;
    String[] lines = reply.strip().split("\\R");
    for (int i = 0; i < lines.length && verdict == null; i++) {
      String line = clean(lines[i]);
      if (PROBABILITY.matcher(line).lookingAt() || REASON.matcher(line).lookingAt()) {
        continue;
      }
      Matcher m = VERDICT.matcher(line);
      if (m.matches()) {
        String v = m.group(1).toLowerCase(Locale.ROOT);
        verdict = v.equals("a") || v.equals("b") ? v : "tie";
        verdictLine = i;
      }
    }
    Double p = null;
    for (int i = 0; i < lines.length && p == null; i++) {
      Matcher pm = PROBABILITY.matcher(lead(lines[i]));
      if (pm.lookingAt()) {
        p = Double.parseDouble(pm.group(1)) / (pm.group(2) != null ? 100 : 1);
        if (!(p >= 0 && p <= 1)) {
          return Reading.unusable("the probability " + pm.group(1) + (pm.group(2) != null ? "%" : "")
              + " is not between 0 and 1");
        }
      }
    }
    if (verdict == null && p == null) {
      return Reading.unusable("it names no verdict (A, B or tie) on a line of its own");
    }
    if (verdict != null && p != null && (verdict.equals("a") && p < 0.5 || verdict.equals("b") && p > 0.5
        || verdict.equals("tie") && p != 0.5)) {
      return Reading.unusable("the verdict " + (verdict.equals("tie") ? "tie" : verdict.toUpperCase(Locale.ROOT))
          + " contradicts the probability " + p + " that A is better");
    }
    double probability = p != null ? p : verdict.equals("a") ? 1 : verdict.equals("b") ? 0 : 0.5;
    return new Reading(probability, reason(lines, verdictLine), null);
  }

  /** The text after a {@code Reason:} label, else the lines after the verdict that are not the probability. */
  private static String reason(String[] lines, int verdictLine) {
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lead(lines[i]);
      Matcher r = REASON.matcher(line);
      if (r.lookingAt()) {
        return r.group(1).strip();
      }
      if (i > verdictLine && !line.isEmpty() && !PROBABILITY.matcher(line).lookingAt()) {
        rest.add(line);
      }
    }
    return String.join(" ", rest);
  }

  /** A line without markdown emphasis, leading quotes or bullets, or surrounding blanks. */
  private static String lead(String line) {
    String s = line.replace("**", "").replace("__", "").replace("`", "").strip();
    while (!s.isEmpty() && "\"'*#->".indexOf(s.charAt(0)) >= 0) {
      s = s.substring(1).strip();
    }
    return s;
  }

  /** {@link #lead} without trailing quotes or full stops either. */
  private static String clean(String line) {
    String s = lead(line);
    while (!s.isEmpty() && "\"'.".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  private ChatResponse call(List<ChatMessage> messages, JudgeRequest request, int attempt) {
    Long seed = spec.longSetting("seed", Long.MIN_VALUE, Long.MAX_VALUE);
    Long maxTokens = spec.longSetting("max_tokens", 1, 1_000_000);
    ChatRequest r = new ChatRequest(messages, spec.doubleSetting("temperature", 0, 2),
        spec.doubleSetting("top_p", 1e-9, 1), maxTokens == null ? null : maxTokens.intValue(),
        seed != null ? seed : request.seed() & 0x7fffffffL, List.of(), null, false, 0,
        new ChatRequest.Sample(request.seed(), attempt));
    String label = "judge " + spec.id();
    try {
      ChatResponse response = model.chat(r);
      if (meter != null) {
        meter.record(label, response, spec);
      }
      return response;
    } catch (RuntimeException e) {
      if (meter != null) {
        meter.recordFailure(label);
      }
      throw e;
    }
  }

  private static String clip(String s) {
    String t = s.strip().replace('\n', ' ');
    return t.length() <= 200 ? t : t.substring(0, 200) + "…";
  }
}
