package dev.parley.testkit;

import java.util.List;
import java.util.Map;

/** Checks that a value holds only what JSON can carry: strings, numbers, booleans, null, lists, maps. */
public final class JsonSafe {
  private JsonSafe() {}

  public static void check(Object value, String where) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return;
    }
    if (value instanceof Number n) {
      if (n instanceof Double d && !Double.isFinite(d) || n instanceof Float f && !Float.isFinite(f)) {
        throw new AssertionError(where + ": non-finite number " + n);
      }
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        check(list.get(i), where + "[" + i + "]");
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String k)) {
          throw new AssertionError(where + ": map key " + e.getKey() + " is not a string");
        }
        check(e.getValue(), where + "." + k);
      }
      return;
    }
    throw new AssertionError(where + ": " + value.getClass().getName() + " is not JSON-safe");
  }
}
