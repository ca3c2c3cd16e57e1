package dev.parley.core.llm;

import java.util.Objects;

/** One message of a conversation with a language model. */
public record ChatMessage(Role role, String content) {

  /** Who speaks. */
  public enum Role { SYSTEM, USER, ASSISTANT }

  public ChatMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
  }

  public static ChatMessage system(String content) {
    return new ChatMessage(Role.SYSTEM, content);
  }

  public static ChatMessage user(String content) {
    return new ChatMessage(Role.USER, content);
  }

  public static ChatMessage assistant(String content) {
    return new ChatMessage(Role.ASSISTANT, content);
  }
}
