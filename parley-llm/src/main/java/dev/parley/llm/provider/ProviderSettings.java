package dev.parley.llm.provider;

import dev.parley.core.llm.ChatException;
import dev.parley.llm.ModelSpec;
import java.time.Duration;

/** What every provider reads from a {@link ModelSpec}: timeouts and the key from the environment. */
record ProviderSettings(Duration connectTimeout, Duration timeout, String key) {

  static ProviderSettings of(ModelSpec spec, boolean keyRequired) {
    String keyEnv = spec.setting("key_env");
    String key = keyEnv == null ? null : System.getenv(keyEnv);
    if (keyRequired && (key == null || key.isBlank())) {
      throw new ChatException(ChatException.Kind.AUTHENTICATION, spec.id() + ": no API key: set the environment "
          + "variable " + keyEnv + (keyEnv != null && keyEnv.equals("OPENAI_API_KEY") ? "" : " (or choose another with "
          + "key_env=NAME)"));
    }
    return new ProviderSettings(spec.durationSetting("connect_timeout", Duration.ofSeconds(10)),
        spec.durationSetting("timeout", Duration.ofSeconds(120)), key == null || key.isBlank() ? null : key);
  }
}
