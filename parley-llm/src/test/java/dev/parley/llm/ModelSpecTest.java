package dev.parley.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ModelSpecTest {
  @Test
  void everyPrefixParsesToAProviderBaseAndModel() {
    ModelSpec openai = ModelSpec.parse("openai:gpt-4o-mini?temperature=0");
    assertThat(openai.provider()).isEqualTo(ModelSpec.Provider.OPENAI_COMPATIBLE);
    assertThat(openai.baseUrl()).isEqualTo("https://api.openai.com/v1");
    assertThat(openai.model()).isEqualTo("gpt-4o-mini");
    assertThat(openai.setting("key_env")).isEqualTo("OPENAI_API_KEY");
    assertThat(openai.doubleSetting("temperature", 0, 2)).isZero();

    ModelSpec local = ModelSpec.parse("openai-compatible:http://localhost:8000/v1#qwen2.5-7b?top_p=0.9&timeout=30s");
    assertThat(local.baseUrl()).isEqualTo("http://localhost:8000/v1");
    assertThat(local.model()).isEqualTo("qwen2.5-7b");
    assertThat(local.setting("key_env")).isNull();
    assertThat(local.durationSetting("timeout", Duration.ZERO)).isEqualTo(Duration.ofSeconds(30));
    assertThat(local.id()).isEqualTo("openai-compatible:http://localhost:8000/v1#qwen2.5-7b");

    assertThat(ModelSpec.parse("anthropic:claude-3-5-haiku-latest").baseUrl()).isEqualTo("https://api.anthropic.com");
    assertThat(ModelSpec.parse("ollama:llama3.1").provider()).isEqualTo(ModelSpec.Provider.OLLAMA);
    assertThat(ModelSpec.parse("openrouter:meta-llama/llama-3.1-8b-instruct").setting("key_env"))
        .isEqualTo("OPENROUTER_API_KEY");
    assertThat(ModelSpec.parse("ollama:llama3.1?base_url=http://gpu-box:11434").baseUrl())
        .isEqualTo("http://gpu-box:11434");
  }

  @Test
  void theCanonicalTextReadsBackEqual() {
    for (String s : new String[] {"openai:gpt-4o-mini?seed=3&temperature=0.5",
        "openai-compatible:http://127.0.0.1:9/v1#m?concurrency=64&retries=0",
        "anthropic:claude-x?max_tokens=50", "ollama:llama3.1", "openrouter:a/b?price_in=0.1&price_out=0.2"}) {
      ModelSpec spec = ModelSpec.parse(s);
      assertThat(ModelSpec.parse(spec.toString())).isEqualTo(spec);
    }
    assertThat(ModelSpec.parse("openai:gpt-4o-mini?seed=3&temperature=0.5").toString())
        .isEqualTo("openai-compatible:https://api.openai.com/v1#gpt-4o-mini?temperature=0.5&seed=3"
            + "&key_env=OPENAI_API_KEY");
  }

  @Test
  void badSpecsSayWhatIsAccepted() {
    assertThatThrownBy(() -> ModelSpec.parse("opanai:gpt-4o")).hasMessageContaining("unknown model provider 'opanai'")
        .hasMessageContaining("did you mean 'openai'");
    assertThatThrownBy(() -> ModelSpec.parse("gpt-4o")).hasMessageContaining("expected PROVIDER:MODEL");
    assertThatThrownBy(() -> ModelSpec.parse("openai-compatible:http://localhost:8000/v1"))
        .hasMessageContaining("openai-compatible:BASE_URL#MODEL");
    assertThatThrownBy(() -> ModelSpec.parse("openai-compatible:localhost:8000#m"))
        .hasMessageContaining("not an http(s) URL");
    assertThatThrownBy(() -> ModelSpec.parse("openai:gpt-4o?temprature=0"))
        .hasMessageContaining("unknown setting 'temprature'").hasMessageContaining("did you mean 'temperature'");
    assertThatThrownBy(() -> ModelSpec.parse("openai:gpt-4o?temperature=9").doubleSetting("temperature", 0, 2))
        .hasMessageContaining("'9' is not a number in [0.0, 2.0]");
    assertThatThrownBy(() -> ModelSpec.parse("openai:gpt-4o?timeout=soon").durationSetting("timeout", Duration.ZERO))
        .hasMessageContaining("not a duration");
  }
}
