package dev.parley.llm.critic;

import dev.parley.core.agent.AgentEnvironment;
import dev.parley.core.critic.Critic;
import dev.parley.core.critic.CriticProvider;
import dev.parley.core.critic.CriticType;
import dev.parley.core.game.Game;
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

/** The {@code llm} critic type: {@code llm(model=SPEC,count=3,retries=2)}. */
public final class LlmCritics implements CriticProvider {
  static final List<ParamSpec> PARAMS = List.of(
      ParamSpec.text("model", null, "model spec, e.g. openai:gpt-4o-mini?temperature=0"),
      ParamSpec.integer("count", 3, 1, 10, "number of suggestions"),
      ParamSpec.integer("retries", 2, 0, 10, "times to ask again when the advice names a number"));

  private final CriticType type = new CriticType() {
    private ModelPool fallback;

    @Override
    public String name() {
      return "llm";
    }

    @Override
    public String description() {
      return "a language model writes general suggestions (no prices) from the coached player's history";
    }

    @Override
    public List<ParamSpec> parameters() {
      return PARAMS;
    }

    @Override
    public Optional<String> incompatibility(Game<?> game) {
      return Optional.empty();
    }

    @Override
    public Params normalize(Params params) {
      if (!params.has("model")) {
        throw new IllegalArgumentException("critic llm needs model=SPEC, e.g. llm(model=openai:gpt-4o-mini)");
      }
      ModelSpec spec = ModelSpec.parse(params.text("model"));
      Providers.checkCredentials(spec);
      Map<String, String> canonical = new LinkedHashMap<>(params.values());
      canonical.put("model", spec.toString());
      return Params.bind("critic llm", PARAMS, canonical);
    }

    @Override
    public Critic create(Params params, Game<?> game, AgentEnvironment environment) {
      ModelSpec spec = ModelSpec.parse(params.text("model"));
      ModelPool pool = environment.get(ModelPool.class).orElseGet(this::fallback);
      return new LlmCritic(pool.model(spec), spec, params.intValue("count"), params.intValue("retries"),
          environment.get(UsageMeter.class).orElse(null), params.toSpec("critic-llm").toString());
    }

    private synchronized ModelPool fallback() {
      if (fallback == null) {
        fallback = ModelPool.uncached();
      }
      return fallback;
    }
  };

  @Override
  public List<CriticType> criticTypes() {
    return List.of(type);
  }
}
