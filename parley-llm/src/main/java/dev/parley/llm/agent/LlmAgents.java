package dev.parley.llm.agent;

import dev.parley.core.agent.Agent;
import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.agent.AgentProvider;
import dev.parley.core.agent.AgentType;
import dev.parley.core.agent.Scaffold;
import dev.parley.core.game.Game;
import dev.parley.core.game.GameType;
import dev.parley.core.game.ParamSpec;
import dev.parley.core.game.Params;
import dev.parley.llm.ModelPool;
import dev.parley.llm.ModelSpec;
import dev.parley.llm.UsageMeter;
import dev.parley.llm.provider.Providers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The {@code llm} agent type: {@code llm(model=SPEC,strategy=direct|cot|scot,memory=none|full|last-k|summary,
 * k=4,format_retries=2,persona="")}. A bare model spec such as {@code openai:gpt-4o-mini?temperature=0} is
 * shorthand for {@code llm(model=...)}; agent settings may ride along in its query
 * ({@code ...?temperature=0&strategy=scot}).
 */
public final class LlmAgents implements AgentProvider {
  private final LlmType type = new LlmType();

  @Override
  public List<AgentType> agentTypes() {
    return List.of(type);
  }

  static final List<ParamSpec> PARAMS = List.of(
      ParamSpec.text("model", null, "model spec, e.g. openai:gpt-4o-mini?temperature=0 or "
          + "openai-compatible:http://localhost:8000/v1#qwen2.5-7b"),
      ParamSpec.choice("strategy", "direct", List.of("direct", "cot", "scot"),
          "direct answer, chain of thought with a final answer line, or social chain of thought"),
      ParamSpec.choice("memory", "none", List.of("none", "full", "last-k", "summary"),
          "earlier turns kept in the conversation"),
      ParamSpec.integer("k", 4, 1, 1000, "turns kept by last-k and summary memory"),
      ParamSpec.integer("format_retries", 2, 0, 20, "times to ask again after an answer that is not a usable move"),
      ParamSpec.text("persona", "", "extra system instructions (a persona, a strategy hint)"),
      ParamSpec.text("scaffold", "none", "a reasoning scaffold whose advice goes in the prompt (e.g. workflow), or none"),
      ParamSpec.text("hint", "", "a strategy hint added to the system prompt"),
      ParamSpec.list("omit", "[]", "prompt parts to leave out: observation sections (e.g. rules, history), persona, "
          + "hint — for measuring what each part contributes"),
      ParamSpec.choice("output", "text", List.of("text", "json"), "text, or json: structured output under a JSON "
          + "schema whose \"move\" is one of the legal moves (for servers with guided decoding)"));

  static final List<String> AGENT_KEYS = List.of("strategy", "memory", "k", "format_retries", "persona", "scaffold",
      "hint", "omit", "output");

  private static final class LlmType implements AgentType {
    private ModelPool fallbackPool;

    @Override
    public String name() {
      return "llm";
    }

    @Override
    public String description() {
      return "a language model (any model spec: openai:, openai-compatible:, anthropic:, ollama:, openrouter:)";
    }

    @Override
    public List<ParamSpec> parameters() {
      return PARAMS;
    }

    @Override
    public boolean waitsOnIo() {
      return true;
    }

    @Override
    public Optional<String> incompatibility(Game<?> game) {
      if (!game.type().has(GameType.Capability.TEXT_OBSERVATIONS)) {
        return Optional.of("a language model needs text observations, which " + game.type().id() + " lacks");
      }
      return Optional.empty();
    }

    private Scaffold scaffold(String name, Game<?> game) {
      if (name.equals("none")) {
        return null;
      }
      List<String> names = new java.util.ArrayList<>();
      for (Scaffold s : ServiceLoader.load(Scaffold.class)) {
        if (s.name().equals(name)) {
          if (game == null) {
            return s;
          }
          s.incompatibility(game).ifPresent(why -> {
            throw new IllegalArgumentException("scaffold '" + name + "' cannot help in " + game + ": " + why);
          });
          return s;
        }
        names.add(s.name());
      }
      names.add("none");
      throw new dev.parley.core.spec.NameNotFoundException("scaffold", name, names);
    }

    @Override
    public Optional<Map<String, String>> shorthand(String spec) {
      if (!ModelSpec.looksLikeModelSpec(spec)) {
        return Optional.empty();
      }
      Map<String, String> params = new LinkedHashMap<>();
      int q = spec.indexOf('?', Math.max(0, spec.indexOf('#')));
      if (q < 0) {
        params.put("model", spec);
        return Optional.of(params);
      }
      StringBuilder modelQuery = new StringBuilder();
      for (String part : spec.substring(q + 1).split("&")) {
        int eq = part.indexOf('=');
        String key = eq > 0 ? part.substring(0, eq).strip() : part;
        if (AGENT_KEYS.contains(key)) {
          params.put(key, part.substring(eq + 1).strip());
        } else {
          modelQuery.append(modelQuery.length() > 0 ? "&" : "").append(part);
        }
      }
      params.put("model", spec.substring(0, q) + (modelQuery.length() > 0 ? "?" + modelQuery : ""));
      return Optional.of(params);
    }

    @Override
    public Params normalize(Params params) {
      if (!params.has("model")) {
        throw new IllegalArgumentException("agent llm needs model=SPEC, e.g. llm(model=openai:gpt-4o-mini) or just "
            + "openai-compatible:http://localhost:8000/v1#qwen2.5-7b");
      }
      ModelSpec spec = ModelSpec.parse(params.text("model"));
      Providers.checkCredentials(spec);
      Map<String, String> canonical = new LinkedHashMap<>(params.values());
      canonical.put("model", spec.toString());
      scaffold(params.text("scaffold"), null);
      return Params.bind("agent llm", PARAMS, canonical);
    }

    @Override
    public <A> Agent<A> create(Params params, Game<A> game, AgentEnvironment environment) {
      ModelSpec spec = ModelSpec.parse(params.text("model"));
      ModelPool pool = environment.get(ModelPool.class).orElseGet(this::fallbackPool);
      UsageMeter meter = environment.get(UsageMeter.class).orElse(null);
      String label = params.toSpec("llm").toString();
      LlmAgent.Settings settings = new LlmAgent.Settings(PromptStrategy.parse(params.text("strategy")),
          params.intValue("format_retries"), params.text("persona"), params.text("hint"),
          java.util.Set.copyOf(params.list("omit")), params.text("output").equals("json"));
      return new LlmAgent<>(game, pool.model(spec), spec, settings,
          new Memory(Memory.Kind.parse(params.text("memory")), params.intValue("k")),
          scaffold(params.text("scaffold"), game), meter, label);
    }

    private synchronized ModelPool fallbackPool() {
      if (fallbackPool == null) {
        fallbackPool = ModelPool.uncached();
      }
      return fallbackPool;
    }
  }
}
