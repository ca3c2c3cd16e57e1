package dev.parley.learn.data;

import dev.parley.core.llm.ChatMessage;
import java.util.List;
import java.util.Objects;

/**
 * The value of one text field of a TRL dataset row (REFERENCE §8): plain text in the standard form, or
 * a list of chat messages ({@code {"role", "content"}}) in the conversational form.
 */
public sealed interface Content permits Content.Text, Content.Messages {

  /** Plain text (standard form). */
  record Text(String text) implements Content {
    public Text {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public boolean isConversational() {
      return false;
    }
  }

  /** A non-empty list of chat messages (conversational form). */
  record Messages(List<ChatMessage> messages) implements Content {
    public Messages {
      messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
      if (messages.isEmpty()) {
        throw new IllegalArgumentException("messages must not be empty");
      }
    }

    @Override
    public boolean isConversational() {
      return true;
    }
  }

  /** Whether this is a message list (conversational form). */
  boolean isConversational();

  static Content text(String text) {
    return new Text(text);
  }

  static Content messages(List<ChatMessage> messages) {
    return new Messages(messages);
  }

  static Content messages(ChatMessage... messages) {
    return new Messages(List.of(messages));
  }
}
