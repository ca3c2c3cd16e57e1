package dev.parley.core.agent;

import dev.parley.core.game.Game;
import dev.parley.core.game.Observation;
import java.util.Optional;

/**
 * A reasoning scaffold a model-driven agent can lean on: from what a seat sees, it computes advice
 * in words (and, where it has one, a suggested move) to put in the prompt — for example the
 * game-theoretic workflow of Hua et al. 2024 for Deal or No Deal. Scaffolds live with their game
 * family and are found by name ({@code META-INF/services/dev.parley.core.agent.Scaffold}); the
 * language-model agent uses one with {@code scaffold=NAME}. Implementations are stateless.
 */
public interface Scaffold {
  String name();

  String description();

  /** Why this scaffold cannot help in {@code game}, or empty when it can. */
  Optional<String> incompatibility(Game<?> game);

  /** Advice for the seat that sees {@code observation}. */
  Advice advise(Game<?> game, Observation observation);

  /** Advice in words, and the move it suggests in the game's canonical action text (empty if none). */
  record Advice(String text, Optional<String> suggestedAction) {
    public Advice {
      java.util.Objects.requireNonNull(text, "text");
      java.util.Objects.requireNonNull(suggestedAction, "suggestedAction");
    }
  }
}
