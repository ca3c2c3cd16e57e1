package dev.parley.core.game;

import java.util.Map;

/**
 * What one seat may see: natural-language text for language models and JSON-safe fields (strings,
 * numbers, booleans, lists and maps of them) for scripted agents and the UI. An observation never
 * contains another seat's private information. Implementations may compute text and fields lazily.
 */
public interface Observation {
  int seat();

  String text();

  Map<String, Object> fields();

  /**
   * The text in named parts, in order (for example {@code rules}, {@code history},
   * {@code question}), so a prompt can leave parts out to measure what each contributes. The
   * default is one part, {@code observation}, holding the whole text.
   */
  default Map<String, String> sections() {
    return Map.of("observation", text());
  }
}
