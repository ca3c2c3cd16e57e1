package dev.parley.core.spec;

import java.util.ArrayList;
import java.util.List;

/** Splits a comma-separated list of specs, ignoring commas inside brackets, parentheses or quotes. */
public final class SpecList {
  private SpecList() {}

  /** {@code "tft,naive-prober(p=0.1),random"} → three specs' text. Blank items are rejected. */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '\\' && i + 1 < text.length()) {
          cur.append(c).append(text.charAt(++i));
          continue;
        }
        if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        add(out, cur, text);
        continue;
      }
      cur.append(c);
    }
    add(out, cur, text);
    return out;
  }

  private static void add(List<String> out, StringBuilder cur, String text) {
    String item = cur.toString().strip();
    if (item.isEmpty()) {
      throw new SpecSyntaxException("empty item in list", text, 0);
    }
    out.add(item);
    cur.setLength(0);
  }
}
