package dev.parley.core.engine;

import dev.parley.core.spec.NameNotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the engine does when an agent's move is malformed, illegal, late or crashes. */
public enum IllegalActionPolicy {
  /** Ask again with the reason, up to the configured number of times, then forfeit. */
  REPROMPT_THEN_FORFEIT,
  /** Play a legal action chosen uniformly with the engine's seeded random source. */
  RANDOM_LEGAL,
  /** Play the game's default action (the first legal action unless the game says otherwise). */
  DEFAULT_ACTION,
  /** The offending seat loses at once. */
  FORFEIT;

  /** Name as written in configs: {@code reprompt-then-forfeit}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static IllegalActionPolicy parse(String text) {
    for (IllegalActionPolicy p : values()) {
      if (p.label().equalsIgnoreCase(text.strip()) || p.name().equalsIgnoreCase(text.strip())) {
        return p;
      }
    }
    List<String> labels = Arrays.stream(values()).map(IllegalActionPolicy::label).toList();
    throw new NameNotFoundException("illegal-action policy", text, labels);
  }
}
