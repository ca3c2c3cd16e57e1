package dev.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** Small JSON helpers: a fast writer for the hot columns, Jackson for everything read back. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** Appends {@code s} as a JSON string literal. */
  static StringBuilder string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"');
  }

  /** Appends a number as JSON: integers without a fraction. */
  static StringBuilder number(StringBuilder sb, double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return sb.append((long) x);
    }
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("JSON cannot hold " + x);
    }
    return sb.append(x);
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is corrupt: " + e.getOriginalMessage(), e);
    }
  }

  static List<String> stringList(String json) {
    return read(json, new TypeReference<>() {});
  }

  static List<Double> doubleList(String json) {
    return read(json, new TypeReference<>() {});
  }

  static Map<String, String> stringMap(String json) {
    return read(json, new TypeReference<>() {});
  }
}
