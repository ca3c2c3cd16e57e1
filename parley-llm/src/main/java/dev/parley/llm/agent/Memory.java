package dev.parley.llm.agent;

import dev.parley.core.llm.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an agent remembers of its earlier turns (and, in a campaign, earlier episodes), as an
 * explicit setting recorded with every decision:
 * <ul>
 *   <li>{@code none}: every decision starts a fresh conversation (observations of repeated games
 *       already carry the full history);
 *   <li>{@code full}: every earlier exchange (what it was shown, what it answered);
 *   <li>{@code last-k}: the last k exchanges;
 *   <li>{@code summary}: the last k exchanges in full and one line per older turn (its answer).
 * </ul>
 */
final class Memory {
  enum Kind {
    NONE("none"), FULL("full"), LAST_K("last-k"), SUMMARY("summary");

    final String label;

    Kind(String label) {
      this.label = label;
    }

    static Kind parse(String s) {
      for (Kind k : values()) {
        if (k.label.equals(s.toLowerCase(Locale.ROOT))) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown memory '" + s + "'; accepted: none, full, last-k, summary");
    }
  }

  private record Exchange(String shown, String answered) {}

  private final Kind kind;
  private final int k;
  private final List<Exchange> exchanges = new ArrayList<>();

  Memory(Kind kind, int k) {
    this.kind = kind;
    this.k = k;
  }

  void remember(String shown, String answered) {
    if (kind != Kind.NONE) {
      exchanges.add(new Exchange(shown, answered));
    }
  }

  /** The remembered conversation to put before the current question. */
  List<ChatMessage> messages() {
    List<ChatMessage> out = new ArrayList<>();
    int from = switch (kind) {
      case NONE -> exchanges.size();
      case FULL -> 0;
      case LAST_K, SUMMARY -> Math.max(0, exchanges.size() - k);
    };
    if (kind == Kind.SUMMARY && from > 0) {
      StringBuilder sb = new StringBuilder("Earlier turns in short (your answers):\n");
      for (int i = 0; i < from; i++) {
        sb.append("- turn ").append(i + 1).append(": ").append(oneLine(exchanges.get(i).answered())).append('\n');
      }
      out.add(ChatMessage.user(sb.toString().strip()));
      out.add(ChatMessage.assistant("Noted."));
    }
    for (int i = from; i < exchanges.size(); i++) {
      out.add(ChatMessage.user(exchanges.get(i).shown()));
      out.add(ChatMessage.assistant(exchanges.get(i).answered()));
    }
    return out;
  }

  String describe() {
    return kind == Kind.LAST_K || kind == Kind.SUMMARY ? kind.label + "(" + k + ")" : kind.label;
  }

  private static String oneLine(String s) {
    String t = s.strip().replace('\n', ' ');
    return t.length() <= 80 ? t : t.substring(0, 77) + "...";
  }
}
