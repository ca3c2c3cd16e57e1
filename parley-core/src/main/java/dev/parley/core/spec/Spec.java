package dev.parley.core.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed name with parameters, the one syntax for games and agents on the command line, in
 * YAML and in stored records: {@code name} or {@code name(key=value,key=value)}.
 *
 * <p>Values are raw text: a bare token, a double-quoted string ({@code \"} and {@code \\}
 * escapes), or a bracketed group such as {@code [[3,3],[0,5]]} or a nested spec
 * {@code stage(x=1)} whose commas do not split parameters. {@link #toString()} prints a form that
 * {@link #parse(String)} reads back to an equal spec.
 */
public final class Spec {
  private final String name;
  private final Map<String, String> params;

  private Spec(String name, Map<String, String> params) {
    this.name = name;
    this.params = params;
  }

  /** A spec with the given name and parameters (kept in the given order). */
  public static Spec of(String name, Map<String, String> params) {
    Objects.requireNonNull(name, "name");
    if (!isName(name)) {
      throw new SpecSyntaxException("bad name '" + name + "': use letters, digits and _ - . / :", name, 0);
    }
    LinkedHashMap<String, String> copy = new LinkedHashMap<>();
    params.forEach((k, v) -> {
      if (!isKey(k)) {
        throw new SpecSyntaxException("bad parameter name '" + k + "': use letters, digits and _ -", k, 0);
      }
      copy.put(k, Objects.requireNonNull(v, () -> "value of " + k));
    });
    return new Spec(name, Collections.unmodifiableMap(copy));
  }

  public static Spec of(String name) {
    return of(name, Map.of());
  }

  public String name() {
    return name;
  }

  /** Parameters in the order written. */
  public Map<String, String> params() {
    return params;
  }

  /** Parses {@code name} or {@code name(k=v,...)}. */
  public static Spec parse(String text) {
    Objects.requireNonNull(text, "spec text");
    Parser p = new Parser(text.strip());
    Spec spec = p.spec();
    if (p.pos != p.src.length()) {
      throw p.error("unexpected '" + p.src.charAt(p.pos) + "' after the spec");
    }
    return spec;
  }

  @Override
  public String toString() {
    if (params.isEmpty()) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name).append('(');
    boolean first = true;
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append(e.getKey()).append('=').append(quoteIfNeeded(e.getValue()));
    }
    return sb.append(')').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Spec s && s.name.equals(name) && s.params.equals(params);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + params.hashCode();
  }

  /** Quotes a value unless it re-parses as the same bare token or bracketed group. */
  public static String quoteIfNeeded(String value) {
    if (!value.isEmpty() && isBareSafe(value)) {
      return value;
    }
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.append('"').toString();
  }

  private static boolean isBareSafe(String v) {
    if (v.charAt(0) == '"' || Character.isWhitespace(v.charAt(0))
        || Character.isWhitespace(v.charAt(v.length() - 1))) {
      return false;
    }
    StringBuilder open = new StringBuilder();
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"' || c == '\\') {
        return false;
      }
      if (c == '(' || c == '[') {
        open.append(c);
      } else if (c == ')' || c == ']') {
        if (open.length() == 0 || open.charAt(open.length() - 1) != opener(c)) {
          return false;
        }
        open.setLength(open.length() - 1);
      } else if (c == ',' && open.length() == 0) {
        return false;
      }
    }
    return open.length() == 0;
  }

  private static char opener(char closer) {
    return closer == ')' ? '(' : '[';
  }

  static boolean isName(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isNameChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isKey(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == ':';
  }

  private static final class Parser {
    final String src;
    int pos;

    Parser(String src) {
      this.src = src;
    }

    SpecSyntaxException error(String message) {
      return new SpecSyntaxException(message, src, pos);
    }

    Spec spec() {
      int start = pos;
      while (pos < src.length() && isNameChar(src.charAt(pos))) {
        pos++;
      }
      if (pos == start) {
        throw error(src.isEmpty() ? "empty spec: expected a name such as tft or repeated(rounds=10)"
            : "expected a name");
      }
      String name = src.substring(start, pos);
      LinkedHashMap<String, String> params = new LinkedHashMap<>();
      skipSpace();
      if (pos < src.length() && src.charAt(pos) == '(') {
        pos++;
        skipSpace();
        if (pos < src.length() && src.charAt(pos) == ')') {
          pos++;
        } else {
          while (true) {
            skipSpace();
            int keyStart = pos;
            while (pos < src.length() && isKeyChar(src.charAt(pos))) {
              pos++;
            }
            if (pos == keyStart) {
              throw error("expected a parameter name");
            }
            String key = src.substring(keyStart, pos);
            skipSpace();
            if (pos >= src.length() || src.charAt(pos) != '=') {
              throw error("expected '=' after parameter '" + key + "'");
            }
            pos++;
            skipSpace();
            String value = value();
            if (params.put(key, value) != null) {
              pos = keyStart;
              throw error("parameter '" + key + "' given twice");
            }
            skipSpace();
            if (pos >= src.length()) {
              throw error("missing ')'");
            }
            char c = src.charAt(pos++);
            if (c == ')') {
              break;
            }
            if (c != ',') {
              pos--;
              throw error("expected ',' or ')'");
            }
          }
        }
      }
      skipSpace();
      return new Spec(name, Collections.unmodifiableMap(params));
    }

    String value() {
      if (pos < src.length() && src.charAt(pos) == '"') {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (pos < src.length()) {
          char c = src.charAt(pos++);
          if (c == '"') {
            return sb.toString();
          }
          if (c == '\\' && pos < src.length()) {
            c = src.charAt(pos++);
          }
          sb.append(c);
        }
        throw error("unterminated quoted value");
      }
      int start = pos;
      StringBuilder open = new StringBuilder();
      while (pos < src.length()) {
        char c = src.charAt(pos);
        if (c == '(' || c == '[') {
          open.append(c);
        } else if (c == ')' || c == ']') {
          if (open.length() == 0) {
            break;
          }
          if (open.charAt(open.length() - 1) != opener(c)) {
            throw error("'" + c + "' closes '" + open.charAt(open.length() - 1) + "' in value");
          }
          open.setLength(open.length() - 1);
        } else if (c == ',' && open.length() == 0) {
          break;
        }
        pos++;
      }
      if (open.length() != 0) {
        throw error("unbalanced brackets in value");
      }
      return src.substring(start, pos).strip();
    }

    void skipSpace() {
      while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
        pos++;
      }
    }

    static boolean isKeyChar(char c) {
      return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
  }
}
