package dev.parley.learn.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What the acting seat was shown when it decided: the canonical game spec, the seat, the seat's
 * information-state key in the state it decided in, and the prompt text (a model's whole prompt
 * transcript from its decision trace, or for a scripted agent the observation text re-derived by
 * replaying the episode). Two sides of a preference pair must have <em>equal</em> contexts, every
 * field compared; {@link #key()} is a digest of all four fields for records and logs.
 *
 * @param game the canonical game spec (e.g. {@code bargaining(mode=structured,item=balloon,...)})
 * @param seat the acting seat, ≥ 0
 * @param informationStateKey the seat's information-state key before its move
 * @param prompt what the seat was shown
 */
public record PromptContext(String game, int seat, String informationStateKey, String prompt) {

  public PromptContext {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(informationStateKey, "informationStateKey");
    Objects.requireNonNull(prompt, "prompt");
    if (seat < 0) {
      throw new IllegalArgumentException("seat must be ≥ 0 (chance moves have no prompt context), was " + seat);
    }
  }

  /**
   * The context key: SHA-256 (hex) of the game spec, the seat, the information-state key and the
   * prompt, each length-prefixed so no two different contexts share an input.
   */
  public String key() {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {game, Integer.toString(seat), informationStateKey, prompt}) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        d.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        d.update(bytes);
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /**
   * Fails unless {@code other} is exactly this context.
   *
   * @param what names the pair being checked, for the message
   * @throws IllegalArgumentException naming the first field that differs
   */
  public void requireSame(PromptContext other, String what) {
    Objects.requireNonNull(other, "other");
    if (equals(other)) {
      return;
    }
    String field = !game.equals(other.game) ? "game '" + game + "' vs '" + other.game + "'"
        : seat != other.seat ? "seat " + seat + " vs " + other.seat
        : !informationStateKey.equals(other.informationStateKey) ? "information-state key"
        : "prompt text";
    throw new IllegalArgumentException(what + ": the two sides come from different prompt contexts (" + field + ")");
  }
}
