package dev.parley.core.game;

import dev.parley.core.spec.NameNotFoundException;
import dev.parley.core.spec.Spec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Parameter values checked against their {@link ParamSpec}s: every declared parameter with its
 * canonical text (defaults filled in), in declaration order. Immutable.
 */
public final class Params {
  private final List<ParamSpec> specs;
  private final Map<String, String> values;

  private Params(List<ParamSpec> specs, Map<String, String> values) {
    this.specs = specs;
    this.values = values;
  }

  /**
   * Checks raw values against the specs of {@code owner} (a game or agent name, used in messages)
   * and fills in defaults.
   *
   * @throws NameNotFoundException for an undeclared parameter name
   * @throws IllegalArgumentException for a value of the wrong type or out of range
   */
  public static Params bind(String owner, List<ParamSpec> specs, Map<String, String> raw) {
    Map<String, ParamSpec> byName = new LinkedHashMap<>();
    for (ParamSpec s : specs) {
      byName.put(s.name(), s);
    }
    for (String key : raw.keySet()) {
      if (!byName.containsKey(key)) {
        throw new NameNotFoundException("parameter of " + owner, key, List.copyOf(byName.keySet()));
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (ParamSpec s : specs) {
      String given = raw.get(s.name());
      String v = given != null ? given : s.defaultValue();
      if (v != null) {
        values.put(s.name(), canonical(owner, s, v));
      }
    }
    return new Params(List.copyOf(specs), Collections.unmodifiableMap(values));
  }

  public static Params empty() {
    return new Params(List.of(), Map.of());
  }

  public List<ParamSpec> specs() {
    return specs;
  }

  /** Canonical text of every set parameter, in declaration order. */
  public Map<String, String> values() {
    return values;
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  public String text(String name) {
    String v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("parameter '" + name + "' is not set");
    }
    return v;
  }

  public long integer(String name) {
    return Long.parseLong(text(name));
  }

  public int intValue(String name) {
    return Math.toIntExact(integer(name));
  }

  public double real(String name) {
    return Double.parseDouble(text(name));
  }

  public boolean bool(String name) {
    return Boolean.parseBoolean(text(name));
  }

  /** A NUMBERS parameter as nested lists whose leaves are {@link Double}s. */
  public Object numbers(String name) {
    return parseNumbers(text(name));
  }

  /** A LIST parameter's items. */
  public List<String> list(String name) {
    return parseList(text(name));
  }

  /** Parses {@code [a,b,c]} (or a bare {@code a,b,c}) into trimmed, non-empty items. */
  public static List<String> parseList(String text) {
    String t = text.strip();
    if (t.startsWith("[")) {
      if (!t.endsWith("]")) {
        throw new NumberFormatException("missing ]");
      }
      t = t.substring(1, t.length() - 1);
    }
    List<String> items = new ArrayList<>();
    if (t.isBlank()) {
      return List.of();
    }
    for (String part : t.split(",", -1)) {
      String item = part.strip();
      if (item.isEmpty() || item.contains("[") || item.contains("]")) {
        throw new NumberFormatException("empty or bracketed item");
      }
      items.add(item);
    }
    return List.copyOf(items);
  }

  /** The spec {@code name(k=v,...)} with every set parameter, in declaration order. */
  public Spec toSpec(String name) {
    return Spec.of(name, values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Params p && p.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }

  private static String canonical(String owner, ParamSpec s, String v) {
    String value = v.strip();
    try {
      switch (s.type()) {
        case INT -> {
          long x = Long.parseLong(value);
          checkRange(s, x);
          return Long.toString(x);
        }
        case DOUBLE -> {
          double x = Double.parseDouble(value);
          if (Double.isNaN(x)) {
            throw new NumberFormatException();
          }
          checkRange(s, x);
          return formatNumber(x);
        }
        case BOOL -> {
          String l = value.toLowerCase(Locale.ROOT);
          if (l.equals("true") || l.equals("false")) {
            return l;
          }
          throw new NumberFormatException();
        }
        case CHOICE -> {
          for (String c : s.choices()) {
            if (c.equalsIgnoreCase(value)) {
              return c;
            }
          }
          throw new NameNotFoundException("value of parameter '" + s.name() + "' of " + owner, value,
              s.choices());
        }
        case NUMBERS -> {
          return formatNumbers(parseNumbers(value));
        }
        case LIST -> {
          return "[" + String.join(",", parseList(value)) + "]";
        }
        default -> {
          return v;
        }
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("parameter '" + s.name() + "' of " + owner + ": '" + v
          + "' is not " + s.accepted());
    } catch (OutOfRange e) {
      throw new IllegalArgumentException("parameter '" + s.name() + "' of " + owner + ": " + v
          + " is out of range; expected " + s.accepted());
    }
  }

  private static final class OutOfRange extends RuntimeException {
    OutOfRange() {
      super(null, null, false, false);
    }
  }

  private static void checkRange(ParamSpec s, double x) {
    if (x < s.min() || x > s.max()) {
      throw new OutOfRange();
    }
  }

  /** Shortest text for a number: integers without a fraction, others as Java prints them. */
  public static String formatNumber(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return Double.toString(x);
  }

  /** Parses a number or a bracketed, comma-separated, possibly nested list of them. */
  public static Object parseNumbers(String text) {
    int[] pos = {0};
    Object v = parseNumbers(text, pos);
    skip(text, pos);
    if (pos[0] != text.length()) {
      throw new NumberFormatException("trailing text in " + text);
    }
    return v;
  }

  private static Object parseNumbers(String t, int[] pos) {
    skip(t, pos);
    if (pos[0] < t.length() && t.charAt(pos[0]) == '[') {
      pos[0]++;
      List<Object> items = new ArrayList<>();
      skip(t, pos);
      if (pos[0] < t.length() && t.charAt(pos[0]) == ']') {
        pos[0]++;
        return List.of();
      }
      while (true) {
        items.add(parseNumbers(t, pos));
        skip(t, pos);
        if (pos[0] >= t.length()) {
          throw new NumberFormatException("missing ]");
        }
        char c = t.charAt(pos[0]++);
        if (c == ']') {
          return Collections.unmodifiableList(items);
        }
        if (c != ',') {
          throw new NumberFormatException("expected , or ]");
        }
      }
    }
    int start = pos[0];
    while (pos[0] < t.length() && "+-.0123456789eE".indexOf(t.charAt(pos[0])) >= 0) {
      pos[0]++;
    }
    return Double.parseDouble(t.substring(start, pos[0]));
  }

  private static void skip(String t, int[] pos) {
    while (pos[0] < t.length() && Character.isWhitespace(t.charAt(pos[0]))) {
      pos[0]++;
    }
  }

  /** Canonical text of nested numbers, as read by {@link #parseNumbers(String)}. */
  public static String formatNumbers(Object v) {
    if (v instanceof List<?> list) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(formatNumbers(list.get(i)));
      }
      return sb.append(']').toString();
    }
    return formatNumber(((Number) Objects.requireNonNull(v)).doubleValue());
  }
}
