package dev.parley.learn.data;

import java.util.List;

/** Checks shared by the row records. */
final class Rows {
  private Rows() {}

  static void sameForm(List<Content> contents) {
    boolean conversational = contents.get(0).isConversational();
    for (Content c : contents) {
      if (c.isConversational() != conversational) {
        throw new IllegalArgumentException("a row mixes the standard (plain text) and conversational (message list) "
            + "forms: " + contents);
      }
    }
  }
}
