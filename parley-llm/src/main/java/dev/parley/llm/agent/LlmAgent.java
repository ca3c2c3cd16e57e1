package dev.parley.llm.agent;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.Decision;
import dev.parley.core.agent.DecisionTrace;
import dev.parley.core.agent.Feedback;
import dev.parley.core.agent.MatchContext;
import dev.parley.core.agent.Scaffold;
import dev.parley.core.engine.Seeds;
import dev.parley.core.game.ActionCodec;
import dev.parley.core.game.Game;
import dev.parley.core.game.Observation;
import dev.parley.core.game.ParseResult;
import dev.parley.core.llm.ChatException;
import dev.parley.core.llm.ChatMessage;
import dev.parley.core.llm.ChatModel;
import dev.parley.core.llm.ChatRequest;
import dev.parley.core.llm.ChatResponse;
import dev.parley.llm.ModelSpec;
import dev.parley.llm.UsageMeter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A language model playing one seat of any game with text observations. It shows the model what
 * the seat sees and how to write a move, reads the reply with the game's {@link ActionCodec}, asks
 * again with the reason when the reply cannot be used (up to {@code retries} times), and records
 * every prompt, reply, parse attempt and token count in the decision trace.
 */
final class LlmAgent<A> implements Agent<A> {
  private final Game<A> game;
  private final ChatModel model;
  private final ModelSpec spec;
  private final PromptStrategy strategy;
  private final Memory memory;
  private final int retries;
  private final String persona;
  private final String hint;
  private final java.util.Set<String> omit;
  private final boolean json;
  private final Scaffold scaffold;
  private final UsageMeter meter;
  private final String label;
  private final List<String> advice = new ArrayList<>();
  private long episodeSeed;
  private int seat;
  private long calls;

  /**
   * How the agent asks and reads.
   *
   * @param strategy direct, chain of thought or social chain of thought
   * @param retries format retries after an answer that is not a usable move
   * @param persona extra system instructions
   * @param hint a strategy hint for the system prompt
   * @param omit prompt parts left out
   * @param json ask for a JSON object {@code {"move": ...}} under a JSON schema (structured output)
   *     whose {@code move} is one of the legal moves as the seat writes them, when they are listed
   */
  record Settings(PromptStrategy strategy, int retries, String persona, String hint, java.util.Set<String> omit,
      boolean json) {}

  LlmAgent(Game<A> game, ChatModel model, ModelSpec spec, Settings settings, Memory memory, Scaffold scaffold,
      UsageMeter meter, String label) {
    this.game = game;
    this.model = model;
    this.spec = spec;
    this.strategy = settings.strategy();
    this.memory = memory;
    this.retries = settings.retries();
    this.persona = settings.persona();
    this.hint = settings.hint();
    this.omit = settings.omit();
    this.json = settings.json();
    this.scaffold = scaffold;
    this.meter = meter;
    this.label = label;
  }

  @Override
  public void begin(MatchContext context) {
    episodeSeed = context.seed();
    seat = context.seat();
    calls = 0;
  }

  @Override
  public Decision<A> act(Observation observation, List<A> legalActions) {
    return decide(observation, legalActions, null);
  }

  @Override
  public Decision<A> retry(Observation observation, List<A> legalActions, String problem, int attempt) {
    return decide(observation, legalActions, problem);
  }

  /**
   * A move made for this agent (a continuation's prefix or its imposed first move): the turn joins
   * the conversation memory as the model's recorded reply, or, when none was recorded, as the seat
   * is asked to write that move ({@link ActionCodec#reply}).
   */
  @Override
  public void recall(Observation observation, A action, DecisionTrace trace) {
    String answered = trace != null && trace.rawOutput() != null ? trace.rawOutput()
        : game.codec().reply(action, observation);
    memory.remember(shown(observation), answered);
  }

  @Override
  public void receive(Feedback feedback) {
    StringBuilder sb = new StringBuilder(feedback.text().strip());
    for (String s : feedback.suggestions()) {
      sb.append("\n- ").append(s);
    }
    advice.add(sb.toString());
  }

  private Decision<A> decide(Observation observation, List<A> legal, String refusal) {
    ActionCodec<A> codec = game.codec();
    String format = codec.formatInstructions(observation);
    String schema = null;
    if (json) {
      schema = JsonMoves.schema(strategy == PromptStrategy.COT, replies(codec, legal, observation));
      format = format + " " + JsonMoves.instructions(strategy == PromptStrategy.COT);
    }
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(ChatMessage.system(systemPrompt()));
    messages.addAll(memory.messages());
    Map<String, String> notes = new LinkedHashMap<>();
    notes.put("strategy", strategy.label());
    notes.put("memory", memory.describe());
    String shown = shown(observation);
    if (!omit.isEmpty()) {
      notes.put("omitted", String.join(",", new java.util.TreeSet<>(omit)));
    }
    if (scaffold != null) {
      Scaffold.Advice advice = scaffold.advise(game, observation);
      shown = shown + "\n\nAnalysis (" + scaffold.name() + "): " + advice.text()
          + advice.suggestedAction().map(a -> "\nSuggested move: " + a).orElse("");
      notes.put("scaffold", scaffold.name());
      advice.suggestedAction().ifPresent(a -> notes.put("scaffold_suggestion", a));
    }
    if (refusal != null) {
      shown = shown + "\n\nYour previous move was refused: " + refusal;
    }
    List<DecisionTrace.ParseAttempt> attempts = new ArrayList<>();
    Usage usage = new Usage();
    if (strategy == PromptStrategy.SCOT) {
      messages.add(ChatMessage.user(shown + "\n\nBefore you choose, predict what the other player will choose now. "
          + "Reply with your prediction only, written the way a move is written. " + format));
      ChatResponse p = call(messages, usage);
      messages.add(ChatMessage.assistant(p.text()));
      ParseResult<A> predicted = firstOk(codec, candidates(p.text(), PromptStrategy.DIRECT));
      if (predicted instanceof ParseResult.Ok<A> ok) {
        notes.put("prediction", codec.encode(ok.action()));
      } else {
        notes.put("prediction_unreadable", clip(p.text()));
      }
      messages.add(ChatMessage.user("Given your prediction, which move do you choose? " + format));
    } else if (strategy == PromptStrategy.COT && !json) {
      messages.add(ChatMessage.user(shown + "\n\nThink it through step by step first. Then end with one last line of"
          + " the form \"Answer: <your move>\". " + format));
    } else {
      messages.add(ChatMessage.user(shown + "\n\n" + format));
    }
    String reply = null;
    String problem = null;
    if (json) {
      notes.put("output", "json");
    }
    for (int attempt = 0; attempt <= retries; attempt++) {
      ChatResponse r = call(messages, usage, schema);
      reply = r.text();
      ParseResult<A> parsed = parse(codec, reply, legal);
      if (parsed instanceof ParseResult.Ok<A> ok) {
        attempts.add(new DecisionTrace.ParseAttempt(reply, DecisionTrace.ParseAttempt.OK, null));
        memory.remember(shown, reply);
        return Decision.of(ok.action(), trace(messages, reply, attempts, usage, notes));
      }
      problem = parsed instanceof ParseResult.Malformed<A> m ? m.reason() : ((ParseResult.NotLegal<A>) parsed).reason();
      attempts.add(new DecisionTrace.ParseAttempt(reply, parsed instanceof ParseResult.Malformed
          ? DecisionTrace.ParseAttempt.MALFORMED : DecisionTrace.ParseAttempt.NOT_LEGAL, problem));
      if (attempt < retries) {
        messages.add(ChatMessage.assistant(reply));
        messages.add(ChatMessage.user("That answer cannot be used: " + problem + ". " + format));
      }
    }
    memory.remember(shown, reply);
    return Decision.failed(problem, trace(messages, reply, attempts, usage, notes));
  }

  /** The observation text, without the sections listed in {@code omit}. */
  private String shown(Observation observation) {
    Map<String, String> sections = observation.sections();
    if (omit.isEmpty() || java.util.Collections.disjoint(omit, sections.keySet())) {
      return observation.text();
    }
    List<String> kept = new ArrayList<>();
    sections.forEach((name, text) -> {
      if (!omit.contains(name)) {
        kept.add(text);
      }
    });
    return String.join("\n\n", kept);
  }

  private String systemPrompt() {
    StringBuilder sb = new StringBuilder("You are a player in a game. Read what you are shown and choose your move.");
    if (!persona.isBlank() && !omit.contains("persona")) {
      sb.append("\n").append(persona.strip());
    }
    if (!hint.isBlank() && !omit.contains("hint")) {
      sb.append("\nStrategy hint: ").append(hint.strip());
    }
    if (!advice.isEmpty()) {
      sb.append("\n\nAdvice from your earlier games:");
      for (String a : advice) {
        sb.append("\n").append(a);
      }
    }
    return sb.toString();
  }

  /** Token counts and cache hits of one decision. */
  private static final class Usage {
    long prompt;
    long completion;
    int calls;
    int cached;
  }

  private ChatResponse call(List<ChatMessage> messages, Usage usage) {
    return call(messages, usage, null);
  }

  private ChatResponse call(List<ChatMessage> messages, Usage usage, String jsonSchema) {
    long index = (long) seat << 32 | calls++;
    Long seed = spec.longSetting("seed", Long.MIN_VALUE, Long.MAX_VALUE);
    if (seed == null) {
      seed = Seeds.derive(episodeSeed, index) & 0x7fffffffL;
    }
    Long maxTokens = spec.longSetting("max_tokens", 1, 1_000_000);
    Long topLogprobs = spec.longSetting("top_logprobs", 0, 20);
    ChatRequest request = new ChatRequest(messages, spec.doubleSetting("temperature", 0, 2),
        spec.doubleSetting("top_p", 1e-9, 1), maxTokens == null ? null : maxTokens.intValue(), seed, List.of(), jsonSchema,
        "true".equals(spec.setting("logprobs")), topLogprobs == null ? 0 : topLogprobs.intValue(),
        new ChatRequest.Sample(episodeSeed, index));
    ChatResponse r;
    try {
      r = model.chat(request);
    } catch (ChatException e) {
      if (meter != null) {
        meter.recordFailure(label);
      }
      throw e;
    }
    usage.calls++;
    if (r.cached()) {
      usage.cached++;
    } else {
      usage.prompt += r.usage().promptTokens();
      usage.completion += r.usage().completionTokens();
    }
    if (meter != null) {
      meter.record(label, r, spec);
    }
    return r;
  }

  private DecisionTrace trace(List<ChatMessage> messages, String reply, List<DecisionTrace.ParseAttempt> attempts,
      Usage usage, Map<String, String> notes) {
    notes.put("calls", Integer.toString(usage.calls));
    if (usage.cached > 0) {
      notes.put("cached_calls", Integer.toString(usage.cached));
    }
    return new DecisionTrace(ChatRequest.of(messages).transcript(), reply, attempts,
        new DecisionTrace.Usage(usage.prompt, usage.completion), notes);
  }

  /** The legal moves as this seat is asked to write them; empty when the moves are open. */
  private static <A> List<String> replies(ActionCodec<A> codec, List<A> legal, Observation observation) {
    List<String> out = new ArrayList<>(legal.size());
    for (A a : legal) {
      out.add(codec.reply(a, observation));
    }
    return out;
  }

  /** Reads a move from a reply: the final-answer line for chain-of-thought, else the whole reply. */
  private ParseResult<A> parse(ActionCodec<A> codec, String reply, List<A> legal) {
    ParseResult<A> r;
    if (json) {
      String move = JsonMoves.move(reply);
      if (move == null) {
        return new ParseResult.Malformed<>("the reply is not a JSON object with a string field \"move\"");
      }
      r = firstOk(codec, List.of(move, clean(move)));
    } else {
      r = firstOk(codec, candidates(reply, strategy));
    }
    if (r instanceof ParseResult.Ok<A> ok && !legal.isEmpty() && !legal.contains(ok.action())) {
      List<String> allowed = new ArrayList<>();
      for (A a : legal) {
        allowed.add(codec.encode(a));
      }
      return new ParseResult.NotLegal<>(ok.action(), "'" + codec.encode(ok.action()) + "' is not allowed now; "
          + "allowed: " + String.join(", ", allowed));
    }
    if (r instanceof ParseResult.Malformed<A> && strategy == PromptStrategy.COT
        && !reply.toLowerCase(Locale.ROOT).contains("answer:")) {
      return new ParseResult.Malformed<>("no final line \"Answer: <your move>\"");
    }
    return r;
  }

  private ParseResult<A> firstOk(ActionCodec<A> codec, List<String> candidates) {
    ParseResult<A> first = null;
    for (String c : candidates) {
      ParseResult<A> r = codec.parse(c);
      if (r instanceof ParseResult.Ok) {
        return r;
      }
      if (first == null) {
        first = r;
      }
    }
    return first != null ? first : new ParseResult.Malformed<>("empty reply");
  }

  /** Texts to try, best first. */
  static List<String> candidates(String reply, PromptStrategy strategy) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    String text = reply == null ? "" : reply.strip();
    if (strategy == PromptStrategy.COT) {
      int at = text.toLowerCase(Locale.ROOT).lastIndexOf("answer:");
      if (at >= 0) {
        String rest = text.substring(at + "answer:".length()).strip();
        int nl = rest.indexOf('\n');
        String first = nl >= 0 ? rest.substring(0, nl) : rest;
        for (String c : List.of(rest, clean(rest), first.strip(), clean(first))) {
          if (!c.isEmpty()) {
            out.add(c);
          }
        }
      }
      return List.copyOf(out);
    }
    out.add(text);
    out.add(clean(text));
    String[] lines = text.split("\n");
    for (int i = lines.length - 1; i >= 0; i--) {
      if (!lines[i].isBlank()) {
        out.add(lines[i].strip());
        out.add(clean(lines[i]));
        break;
      }
    }
    out.remove("");
    return List.copyOf(out);
  }

  private static String clean(String s) {
    String t = s.strip();
    t = t.replace("**", "").replace("`", "");
    while (!t.isEmpty() && "\"'.!".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    while (!t.isEmpty() && "\"'".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1).strip();
    }
    return t;
  }

  private static String clip(String s) {
    String t = s.strip();
    return t.length() <= 200 ? t : t.substring(0, 197) + "...";
  }
}
