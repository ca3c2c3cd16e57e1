package dev.parley.llm.critic;

import dev.parley.core.agent.Feedback;
import dev.parley.core.critic.Critic;
import dev.parley.core.critic.CritiqueRequest;
import dev.parley.core.episode.Episode;
import dev.parley.core.episode.Step;
import dev.parley.core.llm.ChatMessage;
import dev.parley.core.llm.ChatModel;
import dev.parley.core.llm.ChatRequest;
import dev.parley.core.llm.ChatResponse;
import dev.parley.llm.ModelSpec;
import dev.parley.llm.UsageMeter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language model as critic (Fu et al. 2023, ICL-AIF): it reads the coached player's history over
 * all rounds so far and writes {@code count} general suggestions for that player to do better next
 * time. Suggestions must not name a concrete price or number: a reply that does is asked again with
 * the reason, and numbers still present after the last try are removed from the suggestion.
 */
final class LlmCritic implements Critic {
  private static final Pattern NUMBER = Pattern.compile("\\$\\s*\\d[\\d,.]*|\\d[\\d,.]*\\s*(dollars?|cents?)|\\d+");
  private static final Pattern ITEM = Pattern.compile("^\\s*(?:\\d+[.)]|[-*•])\\s+(.*\\S)\\s*$");

  private final ChatModel model;
  private final ModelSpec spec;
  private final int count;
  private final int retries;
  private final UsageMeter meter;
  private final String label;

  LlmCritic(ChatModel model, ModelSpec spec, int count, int retries, UsageMeter meter, String label) {
    this.model = model;
    this.spec = spec;
    this.count = count;
    this.retries = retries;
    this.meter = meter;
    this.label = label;
  }

  @Override
  public Feedback critique(CritiqueRequest request) {
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(ChatMessage.system("You are a coach. You read how a player played a game, round after round, and "
        + "give that player advice for the next round."));
    messages.add(ChatMessage.user(prompt(request)));
    List<String> suggestions = List.of();
    String reply = "";
    for (int attempt = 0; attempt <= retries; attempt++) {
      ChatResponse r = call(messages, request, attempt);
      reply = r.text();
      suggestions = items(reply);
      String problem = problem(suggestions);
      if (problem == null) {
        break;
      }
      if (attempt < retries) {
        messages.add(ChatMessage.assistant(reply));
        messages.add(ChatMessage.user("That advice cannot be used: " + problem + ". Write exactly " + count
            + " numbered suggestions, one per line, without any price or number."));
      } else {
        List<String> cleaned = new ArrayList<>();
        for (String s : suggestions) {
          cleaned.add(NUMBER.matcher(s).replaceAll("a better amount").strip());
        }
        suggestions = cleaned.size() > count ? cleaned.subList(0, count) : cleaned;
      }
    }
    String text = "Suggestions from your coach for the next round:\n" + numbered(suggestions);
    return new Feedback(request.seat(), Double.NaN, Map.of(), suggestions, Map.of(), text, "llm:" + spec.id());
  }

  private String prompt(CritiqueRequest request) {
    int seat = request.seat();
    StringBuilder sb = new StringBuilder("The game:\n").append(request.game().rules().strip()).append("\n\n");
    sb.append("The player you coach sits in seat ").append(seat).append(". Its rounds so far:\n");
    List<Episode> history = request.history();
    for (int i = 0; i < history.size(); i++) {
      Episode e = history.get(i);
      sb.append("\nRound ").append(i + 1).append(":\n");
      for (Step s : e.steps()) {
        if (s.seat() < 0) {
          continue;
        }
        sb.append(s.seat() == seat ? "  Your player: " : "  The other player: ").append(s.action()).append('\n');
      }
      sb.append("  Outcome: ").append(e.status().name().toLowerCase(Locale.ROOT));
      Map<String, Double> metrics = request.game().metrics(e, seat);
      metrics.forEach((k, v) -> sb.append(", ").append(k).append(' ').append(Double.isNaN(v) ? "none" : fmt(v)));
      sb.append('\n');
    }
    sb.append("\nWrite exactly ").append(count).append(" short, general suggestions that will help this player do "
        + "better than in its last round. Do not mention any concrete price or number. Address the player as "
        + "\"you\". Reply with a numbered list, one suggestion per line.");
    return sb.toString();
  }

  private ChatResponse call(List<ChatMessage> messages, CritiqueRequest request, int attempt) {
    ChatRequest r = new ChatRequest(messages, spec.doubleSetting("temperature", 0, 2), spec.doubleSetting("top_p",
        1e-9, 1), null, request.seed() & 0x7fffffffL, List.of(), null, false, 0,
        new ChatRequest.Sample(request.seed(), 1_000_000L + attempt));
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

  /** Numbered or bulleted lines of the reply; the whole reply as one item when there are none. */
  static List<String> items(String reply) {
    List<String> out = new ArrayList<>();
    for (String line : reply.split("\n")) {
      Matcher m = ITEM.matcher(line);
      if (m.matches()) {
        out.add(m.group(1).replace("**", "").strip());
      }
    }
    if (out.isEmpty() && !reply.isBlank()) {
      out.add(reply.strip());
    }
    return out;
  }

  private String problem(List<String> suggestions) {
    if (suggestions.size() < count) {
      return "it has " + suggestions.size() + " suggestion(s), not " + count;
    }
    for (String s : suggestions) {
      if (NUMBER.matcher(s).find()) {
        return "the suggestion \"" + s + "\" names a number";
      }
    }
    return null;
  }

  private static String numbered(List<String> items) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      sb.append(i + 1).append(". ").append(items.get(i)).append('\n');
    }
    return sb.toString().strip();
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
